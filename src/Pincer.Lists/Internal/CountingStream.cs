namespace Pincer.Lists.Internal;

/// <summary>Read-only pass-through stream that reports how many bytes have gone through it.</summary>
internal sealed class CountingStream(Stream inner, Action<long>? onProgress) : ReadOnlyStream
{
    private const long ReportEvery = 1 << 20;

    private long _counted;
    private long _nextReport = ReportEvery;

    public long BytesRead => _counted;

    protected override int ReadCore(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        Advance(n);
        return n;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var n = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        Advance(n);
        return n;
    }

    private void Advance(int n)
    {
        _counted += n;
        if (onProgress is not null && (_counted >= _nextReport || n == 0))
        {
            _nextReport = _counted + ReportEvery;
            onProgress(_counted);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
