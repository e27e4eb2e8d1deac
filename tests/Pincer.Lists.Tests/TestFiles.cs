using System.Text;

namespace Pincer.Lists.Tests;

/// <summary>Fixture paths and throw-away files for reader tests.</summary>
internal static class TestFiles
{
    public static string Fixture(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);

    /// <summary>Writes <paramref name="content"/> to a fresh file in a private temp folder and returns its path.</summary>
    public static string Write(string name, string content)
    {
        var dir = Path.Combine(Path.GetTempPath(), "pincer-lists-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }

    /// <summary>The first <paramref name="fraction"/> of a file's text, written to a temp file (a truncated download).</summary>
    public static string Truncated(string source, double fraction)
    {
        var text = File.ReadAllText(source);
        return Write("truncated_" + Path.GetFileName(source), text[..(int)(text.Length * fraction)]);
    }

    public static ListInput Input(string path) => ListInput.FromPath(path);
}
