using System.CommandLine;
using Pincer.Cli.Commands;

namespace Pincer.Cli;

/// <summary>The <c>pincer</c> command line: one subcommand per task, all sharing <c>--db</c>.</summary>
public static class PincerApp
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var db = new Option<string?>("--db")
        {
            Description = $"Store file (default: ${Storage.StorePaths.EnvironmentVariable}, else ~/.local/share/pincer/pincer.duckdb)",
            Recursive = true,
        };
        var root = new RootCommand("Pincer: sanctions-evasion intelligence for the DPRK programme.");
        root.Options.Add(db);
        var context = new CliContext(db, output, error);
        root.Subcommands.Add(ImportCommand.Create(context));
        root.Subcommands.Add(UpdateCommand.Create(context));
        root.Subcommands.Add(ListsCommand.Create(context));
        root.Subcommands.Add(StatsCommand.Create(context));
        root.Subcommands.Add(EntityCommand.Create(context));
        root.Subcommands.Add(SearchCommand.Create(context));
        root.Subcommands.Add(BenchCommand.Create(context));
        root.Subcommands.Add(ScreenCommand.Create(context));
        root.Subcommands.Add(CompareCommand.Create(context));
        root.Subcommands.Add(EvalCommand.Create(context));

        var parse = root.Parse(args);
        var config = new InvocationConfiguration { Output = output, Error = error };
        return await parse.InvokeAsync(config, cancellationToken).ConfigureAwait(false);
    }
}
