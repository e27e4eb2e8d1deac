using Pincer.Core;

namespace Pincer.Storage;

/// <summary>
/// Versioned store of list snapshots. Every import is a new version of its source unless the same
/// file (by SHA-256) was imported before; an import is atomic: it is either complete and visible, or
/// absent, whatever happens to the process.
/// </summary>
public interface IListStore : IDisposable
{
    /// <summary>Imports a snapshot as a new version of its source.</summary>
    /// <param name="snapshot">What the reader produced.</param>
    /// <param name="sha256">SHA-256 (hex) of the file or file set, the identity of the publication.</param>
    /// <param name="fileName">Name shown in version listings.</param>
    ImportResult Import(ListSnapshot snapshot, string sha256, string fileName, IProgress<int>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>All versions, newest first; optionally of one source.</summary>
    IReadOnlyList<ListVersion> Versions(string? source = null);

    ListVersion? Version(long id);

    /// <summary>The entity in the newest version of its source, or in the given version.</summary>
    Entity? Entity(string id, long? versionId = null);

    /// <summary>Every version in which the entity appears, oldest first.</summary>
    IReadOnlyList<ListVersion> VersionsOf(string entityId);

    IReadOnlyList<Entity> Entities(long versionId);

    IReadOnlyList<Relation> Relations(long versionId, string? entityId = null);

    VersionStats Stats(long versionId);

    /// <summary>Input problems reported by the reader of a version.</summary>
    IReadOnlyList<ReadIssue> Issues(long versionId);

    ListDiff Diff(long fromVersionId, long toVersionId);

    /// <summary>Names containing the text (case-insensitive), and exact identifier values, in the newest version of every source.</summary>
    IReadOnlyList<SearchHit> Search(string text, int limit = 20);

    DownloadState? Download(string url);

    void SaveDownload(DownloadState state);
}
