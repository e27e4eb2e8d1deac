using Pincer.Core;

namespace Pincer.Storage;

/// <summary>One imported publication of a source: the unit of versioning, diffing and provenance.</summary>
public sealed record ListVersion(long Id, string Source, PartialDate? Published, string Sha256, DateTimeOffset ImportedAt)
{
    public string Format { get; init; } = "";

    public string FileName { get; init; } = "";

    public int Entities { get; init; }

    public int Relations { get; init; }

    public int Issues { get; init; }
}

/// <summary>The outcome of an import: the new version, or the existing one when the file was already imported.</summary>
public sealed record ImportResult(ListVersion Version, bool AlreadyImported);

/// <summary>Counts for one list version, as printed by <c>pincer stats</c>.</summary>
public sealed record VersionStats(ListVersion Version)
{
    public IReadOnlyDictionary<string, int> ByType { get; init; } = new Dictionary<string, int>(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, int> ByProgram { get; init; } = new Dictionary<string, int>(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, int> Identifiers { get; init; } = new Dictionary<string, int>(StringComparer.Ordinal);

    public int Names { get; init; }

    public int Dprk { get; init; }
}

/// <summary>A search hit: an entity of the newest version of its source, and the name that matched.</summary>
public sealed record SearchHit(string EntityId, string Caption, EntityKind Kind, string MatchedName, string MatchedOn, string Source, long VersionId, IReadOnlyList<string> Programs);

/// <summary>Conditional-request state of one download URL.</summary>
public sealed record DownloadState(string Url, string? ETag, string? LastModified, string? Sha256, DateTimeOffset FetchedAt);
