using System.Text;
using ICSharpCode.SharpZipLib.BZip2;

namespace Pincer.Lists;

/// <summary>
/// One input to import: a file (plain or <c>.bz2</c>-compressed) or a folder holding a file set
/// (the OFAC legacy CSV set). Compression is detected by content, not by name.
/// </summary>
public sealed class ListInput
{
    private const int HeadLength = 4096;
    private byte[]? _head;
    private bool? _isBzip2;

    private ListInput(string path, bool isDirectory)
    {
        Path = path;
        IsDirectory = isDirectory;
    }

    /// <summary>Full path of the file or folder.</summary>
    public string Path { get; }

    public bool IsDirectory { get; }

    /// <summary>File or folder name, for messages.</summary>
    public string Name => System.IO.Path.GetFileName(Path.TrimEnd(System.IO.Path.DirectorySeparatorChar));

    public static ListInput FromPath(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = System.IO.Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            return new ListInput(full, isDirectory: true);
        }

        if (File.Exists(full))
        {
            return new ListInput(full, isDirectory: false);
        }

        throw new FileNotFoundException($"{path}: no such file or folder.", path);
    }

    /// <summary>Size on disk in bytes (compressed size for .bz2; sum of files for a folder).</summary>
    public long Length => IsDirectory
        ? new DirectoryInfo(Path).EnumerateFiles().Sum(f => f.Length)
        : new FileInfo(Path).Length;

    /// <summary>True when the file starts with the bzip2 magic <c>BZh</c> (read once).</summary>
    public bool IsBzip2 => _isBzip2 ??= !IsDirectory && StartsWithBzip2Magic(Path);

    private static bool StartsWithBzip2Magic(string path)
    {
        Span<byte> magic = stackalloc byte[3];
        using var fs = File.OpenRead(path);
        return fs.ReadAtLeast(magic, 3, throwOnEndOfStream: false) == 3 && magic[0] == 'B' && magic[1] == 'Z' && magic[2] == 'h';
    }

    /// <summary>Opens the (decompressed) content of a file input.</summary>
    public Stream OpenRead() => OpenRead(readAhead: true);

    /// <summary>Opens the content; <paramref name="readAhead"/> decompresses on a second thread (whole-file reads).</summary>
    public Stream OpenRead(bool readAhead)
    {
        if (IsDirectory)
        {
            throw new InvalidOperationException($"{Path} is a folder; open its files one by one.");
        }

        var raw = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        if (!IsBzip2)
        {
            return raw;
        }

        // libbz2 when the system has it (it always does on Debian), else the managed decoder; either way
        // on a read-ahead thread so that decompression overlaps parsing.
        Stream decompressed = (Stream?)Internal.NativeBzip2Stream.TryCreate(raw) ?? new BZip2InputStream(raw) { IsStreamOwner = true };
        return readAhead ? new Internal.ReadAheadStream(decompressed) : decompressed;
    }

    /// <summary>The first few KiB of decompressed content, for format detection.</summary>
    public ReadOnlySpan<byte> Head
    {
        get
        {
            if (_head is null)
            {
                if (IsDirectory)
                {
                    _head = [];
                }
                else
                {
                    using var s = OpenRead(readAhead: false);
                    var buffer = new byte[HeadLength];
                    var n = s.ReadAtLeast(buffer, HeadLength, throwOnEndOfStream: false);
                    _head = buffer[..n];
                }
            }

            return _head;
        }
    }

    /// <summary>The head decoded as UTF-8 (BOM skipped).</summary>
    public string HeadText
    {
        get
        {
            var head = Head;
            if (head.StartsWith("\uFEFF"u8))
            {
                head = head[3..];
            }

            return Encoding.UTF8.GetString(head);
        }
    }

    public override string ToString() => Path;
}
