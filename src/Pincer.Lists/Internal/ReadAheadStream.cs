using System.Buffers;
using System.Threading.Channels;

namespace Pincer.Lists.Internal;

/// <summary>
/// Runs a slow producer stream (a decompressor) on its own thread, a few chunks ahead of the
/// consumer, so that decompression and parsing use both cores instead of taking turns.
/// </summary>
internal sealed class ReadAheadStream : ReadOnlyStream
{
    private const int ChunkSize = 1 << 20;
    private readonly Channel<(byte[] Buffer, int Length)> _chunks = Channel.CreateBounded<(byte[], int)>(new BoundedChannelOptions(4) { SingleReader = true, SingleWriter = true });
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _producer;
    private byte[]? _current;
    private int _currentLength;
    private int _offset;

    public ReadAheadStream(Stream source)
    {
        _producer = Task.Factory.StartNew(() => Produce(source), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    private void Produce(Stream source)
    {
        try
        {
            using (source)
            {
                while (!_stop.IsCancellationRequested)
                {
                    var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
                    var n = source.ReadAtLeast(buffer.AsSpan(0, ChunkSize), ChunkSize, throwOnEndOfStream: false);
                    if (n == 0)
                    {
                        ArrayPool<byte>.Shared.Return(buffer);
                    }
                    else
                    {
                        // Blocking write: the bounded channel keeps at most a few MiB ahead.
                        _chunks.Writer.WriteAsync((buffer, n), _stop.Token).AsTask().GetAwaiter().GetResult();
                    }

                    if (n < ChunkSize)
                    {
                        break;
                    }
                }
            }

            _chunks.Writer.TryComplete();
        }
        catch (OperationCanceledException)
        {
            _chunks.Writer.TryComplete();
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or ObjectDisposedException or InvalidOperationException)
        {
            _chunks.Writer.TryComplete(ex);
        }
    }

    protected override int ReadCore(Span<byte> buffer)
    {
        while (_current is null || _offset == _currentLength)
        {
            if (!NextChunk())
            {
                return 0;
            }
        }

        var n = Math.Min(buffer.Length, _currentLength - _offset);
        _current.AsSpan(_offset, n).CopyTo(buffer);
        _offset += n;
        return n;
    }

    private bool NextChunk()
    {
        var reader = _chunks.Reader;
        (byte[] Buffer, int Length) chunk;
        while (!reader.TryRead(out chunk))
        {
            // A producer failure (corrupt or truncated data) is rethrown here, on the reader's thread.
            if (!reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
            {
                return false;
            }
        }

        if (_current is not null)
        {
            ArrayPool<byte>.Shared.Return(_current);
        }

        (_current, _currentLength) = (chunk.Buffer, chunk.Length);
        _offset = 0;
        return true;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _stop.Cancel();
            while (_chunks.Reader.TryRead(out var pending))
            {
                ArrayPool<byte>.Shared.Return(pending.Buffer);
            }

            if (_current is not null)
            {
                ArrayPool<byte>.Shared.Return(_current);
                _current = null;
            }

            try
            {
                _producer.Wait(TimeSpan.FromSeconds(5));
            }
            catch (AggregateException)
            {
                // The producer's failure was already delivered to the reader, or nobody is reading any more.
            }

            _stop.Dispose();
        }

        base.Dispose(disposing);
    }
}
