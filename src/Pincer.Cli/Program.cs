using Pincer.Cli;

return await PincerApp.RunAsync(args, Console.Out, Console.Error).ConfigureAwait(false);
