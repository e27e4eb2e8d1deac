using System.Globalization;
using System.CommandLine;
using Pincer.Lists;
using Pincer.Lists.Download;
using Pincer.Storage;
using Spectre.Console;

namespace Pincer.Cli.Commands;

/// <summary><c>pincer update</c>: fetch the current lists from their publishers and import what is new.</summary>
internal static class UpdateCommand
{
    public static Command Create(CliContext context)
    {
        var sources = new Option<string[]>("--source")
        {
            Description = "Only these sources (names as in the sources file: us-ofac-sdn, un-sc, …)",
            AllowMultipleArgumentsPerToken = true,
        };
        var config = new Option<string?>("--sources-file")
        {
            Description = $"JSON file of sources to fetch (default: ${ListSourceCatalog.EnvironmentVariable}, else the publishers' official URLs)",
        };
        var timeout = new Option<int>("--timeout") { Description = "Seconds before one HTTP attempt is abandoned", DefaultValueFactory = _ => 300 };
        var backoff = new Option<int?>("--retry-backoff-ms")
        {
            Description = "Milliseconds to wait before the first retry of a failed download (doubles each retry; default 1000)",
            Hidden = true,
        };
        var json = CliContext.JsonOption();
        var command = new Command("update", "Download the current lists (conditional requests, retries, integrity checks) and import new versions")
        {
            sources, config, timeout, backoff, json,
        };
        command.SetAction((parse, ct) => context.Guard(async () =>
        {
            var file = parse.GetValue(config) ?? Environment.GetEnvironmentVariable(ListSourceCatalog.EnvironmentVariable);
            var catalog = file is null ? ListSourceCatalog.Defaults : ListSourceCatalog.Load(file);
            var wanted = parse.GetValue(sources) ?? [];
            var selected = catalog.Where(s => wanted.Length == 0 ? s.Enabled : wanted.Contains(s.Name, StringComparer.Ordinal)).ToList();
            var unknown = wanted.Where(w => !catalog.Any(s => string.Equals(s.Name, w, StringComparison.Ordinal))).ToList();
            if (unknown.Count > 0)
            {
                return context.Fail($"unknown source(s) {string.Join(", ", unknown)}; known: {string.Join(", ", catalog.Select(s => s.Name))}");
            }

            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(parse.GetValue(timeout)) };
            http.DefaultRequestHeaders.UserAgent.ParseAdd("Pincer/0.1 (+sanctions list update)");
            var downloader = new ListDownloader(http, firstBackoff: parse.GetValue(backoff) is { } ms ? TimeSpan.FromMilliseconds(ms) : null);
            var storePath = context.StorePath(parse);
            var tempDirectory = Path.Combine(Path.GetDirectoryName(storePath) ?? ".", ".downloads");
            using var store = context.OpenWrite(parse);
            var importer = new ListImporter(context, store);
            var results = new List<object>();
            var failures = 0;
            foreach (var source in selected)
            {
                var previous = store.Download(source.Url.ToString());
                try
                {
                    var outcome = await new ProgressReporter(context).RunAsync(
                        $"download {source.Name}",
                        task => downloader.FetchAsync(
                            source,
                            previous is null ? null : new ConditionalState(previous.ETag, previous.LastModified),
                            tempDirectory,
                            new SyncProgress<(long Bytes, long? Total)>(p => task.Report($"download {source.Name}", p.Total is > 0 ? (double)p.Bytes / p.Total.Value : 0.5)),
                            ct)).ConfigureAwait(false);
                    results.Add(await HandleAsync(context, store, importer, outcome, parse.GetValue(json), ct).ConfigureAwait(false));
                }
                catch (Exception ex) when (ex is ListDownloadException or ListFormatException or IOException or HttpRequestException)
                {
                    failures++;
                    context.Fail($"{source.Name}: {ex.Message} (the store is unchanged for this source)");
                    results.Add(new { source = source.Name, url = source.Url, status = "failed", error = ex.Message });
                }
            }

            if (parse.GetValue(json))
            {
                context.WriteJson(results);
            }

            return failures == 0 ? 0 : 1;
        }));
        return command;
    }

    private static async Task<object> HandleAsync(CliContext context, DuckDbListStore store, ListImporter importer, DownloadOutcome outcome, bool json, CancellationToken ct)
    {
        switch (outcome)
        {
            case DownloadOutcome.NotModified nm:
                if (!json)
                {
                    context.Ansi.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[grey]{nm.Source.Name}[/]: not modified since the last update.");
                }

                return new { source = nm.Source.Name, url = nm.Source.Url, status = "not_modified" };
            case DownloadOutcome.Downloaded d:
                try
                {
                    // Integrity: the file must parse as a list before anything is stored.
                    var imported = await importer.ImportAsync(d.Path, published: null, displayName: $"{d.Source.Name} ({d.Source.Url.Host})", ct).ConfigureAwait(false);
                    store.SaveDownload(new DownloadState(d.Source.Url.ToString(), d.ETag, d.LastModified, d.Sha256, DateTimeOffset.UtcNow));
                    if (!json)
                    {
                        ImportCommand.Print(context, imported);
                    }

                    return new { source = d.Source.Name, url = d.Source.Url, status = imported.Result.AlreadyImported ? "unchanged" : "imported", bytes = d.Length, sha256 = d.Sha256, import = ImportCommand.Describe(imported) };
                }
                finally
                {
                    File.Delete(d.Path);
                }

            default:
                throw new InvalidOperationException("unknown download outcome");
        }
    }
}
