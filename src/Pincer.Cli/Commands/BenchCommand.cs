using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Pincer.Lists;
using Pincer.Storage;
using Spectre.Console;

namespace Pincer.Cli.Commands;

/// <summary>
/// <c>pincer bench read|import PATH</c>: end-to-end timings on this machine (the BenchmarkDotNet suite in
/// bench/ measures the parts). Each run uses a fresh temporary store; the real store is never touched.
/// </summary>
internal static class BenchCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("bench", "End-to-end timings: read a list into the model, or import it into a fresh store");
        command.Subcommands.Add(Create(context, "read", "Detect and read a list file into the model", store: false));
        command.Subcommands.Add(Create(context, "import", "Read a list and store it as a version in a fresh temporary store", store: true));
        return command;
    }

    private static Command Create(CliContext context, string name, string description, bool store)
    {
        var path = new Argument<string>("path") { Description = "List file or OFAC CSV folder" };
        var runs = new Option<int>("--runs") { Description = "Measured runs (after one warm-up run)", DefaultValueFactory = _ => 3 };
        var json = CliContext.JsonOption();
        var command = new Command(name, description) { path, runs, json };
        command.SetAction(parse => context.Guard(() =>
        {
            var input = ListInput.FromPath(parse.GetValue(path)!);
            var reader = ListFormats.Detect(input);
            var count = Math.Max(1, parse.GetValue(runs));
            var times = new List<double>();
            var entities = 0;
            for (var i = 0; i <= count; i++)
            {
                var directory = Directory.CreateTempSubdirectory("pincer-bench-").FullName;
                try
                {
                    var clock = Stopwatch.StartNew();
                    var snapshot = reader.Read(input);
                    if (store)
                    {
                        using var s = DuckDbListStore.OpenWrite(Path.Combine(directory, "bench.duckdb"));
                        s.Import(snapshot, ListFingerprint.Sha256(input), input.Name);
                    }

                    clock.Stop();
                    entities = snapshot.Entities.Count;
                    if (i > 0)
                    {
                        times.Add(clock.Elapsed.TotalMilliseconds);
                    }
                    else if (!parse.GetValue(json))
                    {
                        context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warm-up: {clock.Elapsed.TotalMilliseconds:F0} ms"));
                    }
                }
                finally
                {
                    Directory.Delete(directory, recursive: true);
                }
            }

            var peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
            var result = new
            {
                scenario = name,
                file = input.Name,
                format = reader.Format,
                entities,
                runs = times.Count,
                mean_ms = Math.Round(times.Average(), 1),
                min_ms = Math.Round(times.Min(), 1),
                max_ms = Math.Round(times.Max(), 1),
                peak_working_set_mb = Math.Round(peakMb, 0),
                processors = Environment.ProcessorCount,
            };
            if (parse.GetValue(json))
            {
                context.WriteJson(result);
            }
            else
            {
                context.Ansi.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[bold]{name}[/] {input.Name} ({reader.Format}, {entities:N0} entities): mean {result.mean_ms:N0} ms, min {result.min_ms:N0} ms, max {result.max_ms:N0} ms over {times.Count} runs; peak working set {peakMb:N0} MB on {Environment.ProcessorCount} cores");
            }

            return 0;
        }));
        return command;
    }
}
