using Pincer.Core;
using Pincer.Lists;
using Pincer.Testing;

namespace Pincer.Storage.Tests;

/// <summary>The real UN consolidated list, read once for the whole test assembly (snapshots are immutable).</summary>
internal static class UnList
{
    private static readonly Lazy<(ListSnapshot Snapshot, string Sha256)> Loaded = new(() =>
    {
        var input = ListInput.FromPath(Path);
        return (ListFormats.Detect(input).Read(input), ListFingerprint.Sha256(input));
    });

    public static string Path => SharedData.Path("lists", "un", "UN_consolidated.xml");

    public static ListSnapshot Snapshot => Loaded.Value.Snapshot;

    public static string Sha256 => Loaded.Value.Sha256;

    public static Entity Get(string id) => Snapshot.Entities.Single(e => string.Equals(e.Id, id, StringComparison.Ordinal));
}

/// <summary>
/// An entity list that fails while it is being enumerated, after <c>failAfter</c> items: the shape of a
/// reader that dies half-way, or of an import cancelled half-way.
/// </summary>
/// <remarks>When <c>failure</c> returns null (e.g. after cancelling a token) the enumeration goes on.</remarks>
internal sealed class FailingEntityList(IReadOnlyList<Entity> inner, int failAfter, Func<Exception?> failure) : IReadOnlyList<Entity>
{
    public int Enumerated { get; private set; }

    public Entity this[int index] => inner[index];

    public int Count => inner.Count;

    public IEnumerator<Entity> GetEnumerator()
    {
        for (var i = 0; i < inner.Count; i++)
        {
            if (i == failAfter && failure() is { } ex)
            {
                throw ex;
            }

            Enumerated = i + 1;
            yield return inner[i];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
