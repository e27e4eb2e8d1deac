namespace Pincer.Core;

/// <summary>
/// Everything one published file (or file set) of a source says: the entities and the relations
/// between them. A snapshot becomes a list version when the store imports it.
/// </summary>
public sealed record ListSnapshot(string Source, PartialDate? Published)
{
    public IReadOnlyList<Entity> Entities { get; init; } = [];

    public IReadOnlyList<Relation> Relations { get; init; } = [];

    /// <summary>Problems found in the input that did not stop the read (invalid identifiers, orphan rows …).</summary>
    public IReadOnlyList<ReadIssue> Issues { get; init; } = [];

    /// <summary>Name of the format that was read (<c>ofac-advanced-xml</c>, <c>ofac-csv</c>, <c>un-xml</c> …).</summary>
    public string Format { get; init; } = "";
}

/// <summary>A problem in an input that was reported rather than silently kept or dropped.</summary>
/// <param name="Locator">File and line or element: <c>sdn.csv:4012</c>.</param>
/// <param name="Message">What was wrong and what was expected.</param>
public sealed record ReadIssue(string Locator, string Message)
{
    public override string ToString() => $"{Locator}: {Message}";
}
