namespace Pincer.Lists;

/// <summary>
/// The input is not a well-formed list of the expected format. The message names the file, the
/// position (line and column, element, or row) and what was expected there.
/// </summary>
public sealed class ListFormatException : Exception
{
    public ListFormatException(string file, string? position, string problem, Exception? inner = null)
        : base(Compose(file, position, problem), inner)
    {
        File = file;
        Position = position;
        Problem = problem;
    }

    public ListFormatException()
        : this("(unknown)", null, "malformed list")
    {
    }

    public ListFormatException(string message)
        : this("(unknown)", null, message)
    {
    }

    public ListFormatException(string message, Exception innerException)
        : this("(unknown)", null, message, innerException)
    {
    }

    /// <summary>The file that is malformed.</summary>
    public string File { get; }

    /// <summary>Line/column, element path or row number; null when the problem is the file as a whole.</summary>
    public string? Position { get; }

    /// <summary>What is wrong and what was expected.</summary>
    public string Problem { get; }

    private static string Compose(string file, string? position, string problem) =>
        position is null ? $"{file}: {problem}" : $"{file}:{position}: {problem}";
}
