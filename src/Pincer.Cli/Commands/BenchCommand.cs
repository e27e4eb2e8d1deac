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
        command.Subcommands.Add(CreateScreen(context));
        return command;
    }

    /// <summary>
    /// <c>pincer bench screen</c>: index build time, single-query latency percentiles (one thread) and
    /// batch throughput (all cores) against the loaded lists.
    /// </summary>
    private static Command CreateScreen(CliContext context)
    {
        var input = new Option<string?>("--input") { Description = "CSV with a full_name or name column (default: the listed names themselves)" };
        var count = new Option<int>("--count") { Description = "Queries to run", DefaultValueFactory = _ => 20000 };
        var json = CliContext.JsonOption();
        var command = new Command("screen", "Screening speed: index build, latency percentiles, batch throughput") { input, count, json };
        command.SetAction(parse => context.Guard(() =>
        {
            using var store = context.OpenRead(parse);
            var build = Stopwatch.StartNew();
            var screener = ScreenCommand.BuildScreener(context, store);
            build.Stop();
            var n = Math.Max(1, parse.GetValue(count));
            var names = parse.GetValue(input) is { } path ? NamesFrom(path, n) : store.Search("a", n).Select(h => h.MatchedName).ToList();
            if (names.Count == 0)
            {
                return context.Fail("no names to screen");
            }

            var queries = Enumerable.Range(0, n).Select(i => new Matching.Screening.ScreeningQuery(names[i % names.Count]) { Kind = Core.EntityKind.Person }).ToList();
            // Warm-up for two seconds: tiered JIT promotes the hot methods only after many calls and a delay,
            // so a short run would measure unoptimised code.
            var warmUp = Stopwatch.StartNew();
            for (var i = 0; warmUp.Elapsed < TimeSpan.FromSeconds(2); i++)
            {
                screener.Screen(queries[i % queries.Count]);
            }

            var latencies = new double[queries.Count];
            for (var i = 0; i < queries.Count; i++)
            {
                var t = Stopwatch.GetTimestamp();
                screener.Screen(queries[i]);
                latencies[i] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
            }

            Array.Sort(latencies);
            var batch = Stopwatch.StartNew();
            Parallel.ForEach(queries, q => screener.Screen(q));
            batch.Stop();
            double P(double p) => latencies[Math.Min(latencies.Length - 1, (int)(p * latencies.Length))];
            var result = new
            {
                queries = queries.Count,
                index_build_s = Math.Round(build.Elapsed.TotalSeconds, 2),
                latency_ms = new { p50 = Math.Round(P(0.50), 3), p95 = Math.Round(P(0.95), 3), p99 = Math.Round(P(0.99), 3), max = Math.Round(latencies[^1], 3) },
                batch_names_per_s = Math.Round(queries.Count / batch.Elapsed.TotalSeconds, 0),
                peak_working_set_mb = Math.Round(Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0), 0),
                processors = Environment.ProcessorCount,
            };
            if (parse.GetValue(json))
            {
                context.WriteJson(result);
            }
            else
            {
                context.Ansi.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[bold]screen[/] {result.queries:N0} queries: index build {result.index_build_s:F2} s; latency p50 {result.latency_ms.p50:F3} ms, p95 {result.latency_ms.p95:F3} ms, p99 {result.latency_ms.p99:F3} ms; batch {result.batch_names_per_s:N0} names/s on {result.processors} cores; peak working set {result.peak_working_set_mb:N0} MB");
            }

            return 0;
        }));
        return command;
    }

    private static List<string> NamesFrom(string path, int limit)
    {
        using var reader = new StreamReader(path);
        var names = new List<string>();
        foreach (var (_, f) in Matching.Evaluation.CsvRecords.Read(reader, Path.GetFileName(path)))
        {
            var name = f.GetValueOrDefault("full_name") ?? f.GetValueOrDefault("name");
            if (!string.IsNullOrWhiteSpace(name))
            {
                names.Add(name);
            }

            if (names.Count >= limit)
            {
                break;
            }
        }

        return names;
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
