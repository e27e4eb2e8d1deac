using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;

namespace Pincer.Lists.Download;

/// <summary>Validators remembered from the previous download of a URL.</summary>
public sealed record ConditionalState(string? ETag, string? LastModified);

/// <summary>The result of fetching one source.</summary>
public abstract record DownloadOutcome(ListSourceConfig Source)
{
    /// <summary>The server answered 304: nothing new since the last download.</summary>
    public sealed record NotModified(ListSourceConfig Source) : DownloadOutcome(Source);

    /// <summary>A complete, verified file in a temporary path (the caller moves or deletes it).</summary>
    public sealed record Downloaded(ListSourceConfig Source, string Path, string Sha256, long Length, string? ETag, string? LastModified) : DownloadOutcome(Source);
}

/// <summary>
/// Fetches list files with conditional requests (If-None-Match / If-Modified-Since), retries on
/// transient failures with exponential back-off, and integrity checks (declared length, expected
/// SHA-256). A failed download throws <see cref="ListDownloadException"/> and leaves no file behind.
/// </summary>
public sealed class ListDownloader(HttpClient client, int maxAttempts = 3, TimeSpan? firstBackoff = null)
{
    private readonly TimeSpan _firstBackoff = firstBackoff ?? TimeSpan.FromSeconds(1);

    public async Task<DownloadOutcome> FetchAsync(
        ListSourceConfig source,
        ConditionalState? previous,
        string tempDirectory,
        IProgress<(long Bytes, long? Total)>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        Exception? last = null;
        for (var attempt = 1; attempt <= maxAttempts; attempt++)
        {
            try
            {
                return await FetchOnceAsync(source, previous, tempDirectory, progress, cancellationToken).ConfigureAwait(false);
            }
            catch (TransientDownloadException ex)
            {
                last = ex;
            }
            catch (HttpRequestException ex)
            {
                last = ex;
            }
            catch (IOException ex) when (!cancellationToken.IsCancellationRequested)
            {
                last = ex;
            }
            catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
            {
                last = ex; // HttpClient timeout
            }

            if (attempt < maxAttempts)
            {
                await Task.Delay(_firstBackoff * Math.Pow(2, attempt - 1), cancellationToken).ConfigureAwait(false);
            }
        }

        throw new ListDownloadException(source, $"failed after {maxAttempts} attempts: {last?.Message}", last);
    }

    private async Task<DownloadOutcome> FetchOnceAsync(
        ListSourceConfig source,
        ConditionalState? previous,
        string tempDirectory,
        IProgress<(long Bytes, long? Total)>? progress,
        CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, source.Url);
        if (previous?.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
        {
            request.Headers.IfNoneMatch.Add(tag);
        }

        if (previous?.LastModified is { } lastModified && DateTimeOffset.TryParse(lastModified, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var since))
        {
            request.Headers.IfModifiedSince = since;
        }

        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return new DownloadOutcome.NotModified(source);
        }

        if (IsTransient(response.StatusCode))
        {
            throw new TransientDownloadException($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new ListDownloadException(source, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
        }

        Directory.CreateDirectory(tempDirectory);
        var path = Path.Combine(tempDirectory, $"{source.Name}.{Guid.NewGuid():N}.download");
        var declared = response.Content.Headers.ContentLength;
        try
        {
            long length = 0;
            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (body.ConfigureAwait(false))
            {
                var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
                await using (file.ConfigureAwait(false))
                {
                    var buffer = new byte[1 << 16];
                    int n;
                    while ((n = await body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                    {
                        sha.AppendData(buffer, 0, n);
                        await file.WriteAsync(buffer.AsMemory(0, n), cancellationToken).ConfigureAwait(false);
                        length += n;
                        progress?.Report((length, declared));
                    }
                }
            }

            if (declared is { } expected && expected != length)
            {
                throw new TransientDownloadException($"truncated download: the server declared {expected} bytes, {length} arrived");
            }

            var hash = Convert.ToHexStringLower(sha.GetHashAndReset());
            if (source.Sha256 is { } want && !string.Equals(want, hash, StringComparison.OrdinalIgnoreCase))
            {
                throw new ListDownloadException(source, $"integrity check failed: expected SHA-256 {want}, got {hash}");
            }

            return new DownloadOutcome.Downloaded(
                source, path, hash, length, response.Headers.ETag?.ToString(), response.Content.Headers.LastModified?.ToString("R"));
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests or >= HttpStatusCode.InternalServerError;

    private sealed class TransientDownloadException(string message) : Exception(message);
}

/// <summary>A download that failed for good; the message says which source and why.</summary>
public sealed class ListDownloadException(ListSourceConfig source, string problem, Exception? inner = null)
    : Exception($"{source?.Name} ({source?.Url}): {problem}", inner)
{
    public ListSourceConfig? ListSource { get; } = source;
}
