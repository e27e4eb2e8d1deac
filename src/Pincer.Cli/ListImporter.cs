using Pincer.Core;
using Pincer.Lists;
using Pincer.Storage;

namespace Pincer.Cli;

/// <summary>Detect → read → store, for one input, with progress. Shared by <c>import</c> and <c>update</c>.</summary>
internal sealed class ListImporter(CliContext context, IListStore store)
{
    public async Task<ImportOutcome> ImportAsync(string path, PartialDate? published, string? displayName = null, CancellationToken cancellationToken = default)
    {
        var input = ListInput.FromPath(path);
        var reader = ListFormats.Detect(input);
        var sha = ListFingerprint.Sha256(input);
        var name = displayName ?? input.Name;
        var progress = new ProgressReporter(context);
        try
        {
            return await ReadAndStoreAsync(progress, input, reader, sha, name, published, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is InvalidDataException || (ex is IOException && ex.InnerException is InvalidDataException))
        {
            throw new ListFormatException(input.Path, null, "corrupt compressed data: " + ex.Message, ex);
        }
    }

    private async Task<ImportOutcome> ReadAndStoreAsync(ProgressReporter progress, ListInput input, IListReader reader, string sha, string name, PartialDate? published, CancellationToken cancellationToken)
    {
        return await progress.RunAsync($"import {name}", task => Task.Run(
            () =>
            {
                var snapshot = reader.Read(
                    input,
                    new SyncProgress<ReadProgress>(p => task.Report($"{name}: reading", p.TotalBytes is > 0 ? (double)p.BytesRead / p.TotalBytes.Value * 0.6 : 0.3)),
                    cancellationToken);
                if (published is not null)
                {
                    snapshot = snapshot with { Published = published };
                }

                var total = Math.Max(1, snapshot.Entities.Count);
                var result = store.Import(
                    snapshot,
                    sha,
                    name,
                    new SyncProgress<int>(n => task.Report($"{name}: storing", 0.6 + (0.4 * n / total))),
                    cancellationToken);
                return new ImportOutcome(name, reader.Format, result, snapshot.Issues);
            },
            cancellationToken)).ConfigureAwait(false);
    }
}

/// <summary>
/// An <see cref="IProgress{T}"/> that reports on the calling thread. <see cref="Progress{T}"/> would post each report
/// to the thread pool, where it can run after the command finished (writing to a closed writer) and out of order.
/// </summary>
internal sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}

internal sealed record ImportOutcome(string Name, string Format, ImportResult Result, IReadOnlyList<ReadIssue> Issues);
