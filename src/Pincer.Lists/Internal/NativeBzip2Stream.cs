using System.Runtime.InteropServices;

namespace Pincer.Lists.Internal;

/// <summary>
/// Read-only bzip2 decompression through the system's libbz2 (Debian's libbz2-1.0, present on every
/// install because dpkg needs it). About twice as fast as the managed SharpZipLib decoder
/// (docs/decisions/0002-bzip2-decoding.md). Handles concatenated streams (pbzip2 output).
/// </summary>
internal sealed unsafe partial class NativeBzip2Stream : ReadOnlyStream
{
    private const string Library = "libbz2.so.1.0";
    private const int BufferSize = 1 << 16;
    private const int BzOk = 0;
    private const int BzStreamEnd = 4;

    private readonly Stream _inner;
    private readonly BzStream* _stream;
    private readonly byte* _input;
    private bool _initialised;
    private bool _innerDone;
    private bool _finished;

    [StructLayout(LayoutKind.Sequential)]
    private struct BzStream
    {
        public byte* NextIn;
        public uint AvailIn;
        public uint TotalInLo32;
        public uint TotalInHi32;
        public byte* NextOut;
        public uint AvailOut;
        public uint TotalOutLo32;
        public uint TotalOutHi32;
        public void* State;
        public void* BzAlloc;
        public void* BzFree;
        public void* Opaque;
    }

    [LibraryImport(Library, EntryPoint = "BZ2_bzDecompressInit")]
    private static partial int DecompressInit(BzStream* stream, int verbosity, int small);

    [LibraryImport(Library, EntryPoint = "BZ2_bzDecompress")]
    private static partial int Decompress(BzStream* stream);

    [LibraryImport(Library, EntryPoint = "BZ2_bzDecompressEnd")]
    private static partial int DecompressEnd(BzStream* stream);

    private NativeBzip2Stream(Stream inner)
    {
        _inner = inner;
        _stream = (BzStream*)NativeMemory.AllocZeroed((nuint)sizeof(BzStream));
        _input = (byte*)NativeMemory.Alloc(BufferSize);
        Check(DecompressInit(_stream, 0, 0), "init");
        _initialised = true;
    }

    /// <summary>Wraps <paramref name="inner"/>, or returns null when libbz2 cannot be loaded here.</summary>
    public static NativeBzip2Stream? TryCreate(Stream inner)
    {
        try
        {
            return new NativeBzip2Stream(inner);
        }
        catch (DllNotFoundException)
        {
            return null;
        }
        catch (EntryPointNotFoundException)
        {
            return null;
        }
    }

    protected override int ReadCore(Span<byte> buffer)
    {
        if (_finished || buffer.IsEmpty)
        {
            return 0;
        }

        fixed (byte* output = buffer)
        {
            _stream->NextOut = output;
            _stream->AvailOut = (uint)buffer.Length;
            while (_stream->AvailOut > 0)
            {
                if (_stream->AvailIn == 0 && !_innerDone)
                {
                    var n = _inner.Read(new Span<byte>(_input, BufferSize));
                    _innerDone = n == 0;
                    _stream->NextIn = _input;
                    _stream->AvailIn = (uint)n;
                }

                var result = Decompress(_stream);
                if (result == BzStreamEnd)
                {
                    // Another stream may follow (pbzip2 writes one per block); otherwise we are done.
                    Check(DecompressEnd(_stream), "end");
                    _initialised = false;
                    if (_stream->AvailIn == 0 && !RefillForNextStream())
                    {
                        _finished = true;
                        break;
                    }

                    var nextIn = _stream->NextIn;
                    var availIn = _stream->AvailIn;
                    var nextOut = _stream->NextOut;
                    var availOut = _stream->AvailOut;
                    *_stream = default;
                    Check(DecompressInit(_stream, 0, 0), "init");
                    _initialised = true;
                    _stream->NextIn = nextIn;
                    _stream->AvailIn = availIn;
                    _stream->NextOut = nextOut;
                    _stream->AvailOut = availOut;
                    continue;
                }

                Check(result, "decompress");
                if (_innerDone && _stream->AvailIn == 0 && _stream->AvailOut > 0)
                {
                    throw new InvalidDataException("the bzip2 data is truncated (the input ended before the end-of-stream marker)");
                }
            }

            var produced = buffer.Length - (int)_stream->AvailOut;
            return produced;
        }
    }

    private bool RefillForNextStream()
    {
        if (_innerDone)
        {
            return false;
        }

        var n = _inner.Read(new Span<byte>(_input, BufferSize));
        _innerDone = n == 0;
        _stream->NextIn = _input;
        _stream->AvailIn = (uint)n;
        return n > 0;
    }

    private static void Check(int result, string step)
    {
        if (result is not BzOk and not BzStreamEnd)
        {
            throw new InvalidDataException($"bzip2 {step} failed with libbz2 error {result} (the data is corrupt or not bzip2)");
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (_initialised)
        {
            _ = DecompressEnd(_stream);
            _initialised = false;
        }

        NativeMemory.Free(_stream);
        NativeMemory.Free(_input);
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
