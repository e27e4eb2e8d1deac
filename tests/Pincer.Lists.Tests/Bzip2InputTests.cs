using System.Text;
using ICSharpCode.SharpZipLib.BZip2;

namespace Pincer.Lists.Tests;

public sealed class Bzip2InputTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("pincer-bz2-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static byte[] Compress(byte[] data)
    {
        using var output = new MemoryStream();
        using (var bz = new BZip2OutputStream(output) { IsStreamOwner = false })
        {
            bz.Write(data);
        }

        return output.ToArray();
    }

    private static byte[] Sample(int size)
    {
        var random = new Random(42);
        var sb = new StringBuilder(size);
        while (sb.Length < size)
        {
            sb.Append("<Party id=\"").Append(random.Next()).Append("\">KIM JONG UN</Party>\n");
        }

        return Encoding.UTF8.GetBytes(sb.ToString(0, size));
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void OpenRead_Bzip2File_YieldsTheOriginalBytes()
    {
        var data = Sample(3_000_000);
        var input = ListInput.FromPath(Write("a.bin", Compress(data)));
        input.IsBzip2.Should().BeTrue();
        using var s = input.OpenRead();
        using var copy = new MemoryStream();
        s.CopyTo(copy);
        copy.ToArray().Should().Equal(data);
    }

    [Fact]
    public void OpenRead_ConcatenatedStreams_YieldsBothParts()
    {
        var first = Sample(200_000);
        var second = Encoding.UTF8.GetBytes("second part");
        var input = ListInput.FromPath(Write("multi.bz2", [.. Compress(first), .. Compress(second)]));
        using var s = input.OpenRead();
        using var copy = new MemoryStream();
        s.CopyTo(copy);
        copy.ToArray().Should().Equal([.. first, .. second]);
    }

    [Fact]
    public void OpenRead_TruncatedBzip2_ThrowsInsteadOfReturningPartialData()
    {
        var compressed = Compress(Sample(1_000_000));
        var input = ListInput.FromPath(Write("cut.bz2", compressed[..(compressed.Length / 2)]));
        var read = () =>
        {
            using var s = input.OpenRead();
            s.CopyTo(Stream.Null);
        };
        read.Should().Throw<InvalidDataException>().Which.Message.Should().Contain("truncated");
    }

    [Fact]
    public void Head_OfBzip2File_IsTheDecompressedStart()
    {
        var data = Sample(100_000);
        var input = ListInput.FromPath(Write("head.bz2", Compress(data)));
        input.Head.ToArray().Should().Equal(data[..4096]);
    }
}
