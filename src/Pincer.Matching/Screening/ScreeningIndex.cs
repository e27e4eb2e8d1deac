using System.Collections.Frozen;
using Pincer.Core;
using Pincer.Matching.Identifiers;
using Pincer.Matching.Korean;
using Pincer.Matching.Scoring;
using Pincer.Matching.Text;

namespace Pincer.Matching.Screening;

/// <summary>
/// The in-memory screening index: every name of every listed entity as normalised tokens (Hangul names
/// under each romanisation), an inverted index from retrieval keys to names, and the identifier index.
/// Immutable once built; rebuild and swap the reference when lists change.
/// </summary>
public sealed class ScreeningIndex
{
    private readonly Entity[] _entities;
    private readonly IndexedName[] _names;
    private readonly FrozenDictionary<string, int[]> _postings;
    private readonly FrozenDictionary<string, int> _entityIndex;

    private ScreeningIndex(Entity[] entities, IndexedName[] names, FrozenDictionary<string, int[]> postings, IdentifierIndex identifiers, IReadOnlyList<string> versions)
    {
        _entities = entities;
        _names = names;
        _postings = postings;
        _entityIndex = entities.Select((e, i) => (e.Id, i)).DistinctBy(p => p.Id, StringComparer.Ordinal).ToFrozenDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        Identifiers = identifiers;
        ListVersions = versions;
    }

    public IdentifierIndex Identifiers { get; }

    public IReadOnlyList<string> ListVersions { get; }

    public int EntityCount => _entities.Length;

    public int NameCount => _names.Length;

    internal readonly record struct IndexedName(int Entity, string Text, IReadOnlyList<NameToken> Tokens, NameKind Kind);

    public static ScreeningIndex Build(IEnumerable<Entity> entities, IReadOnlyList<string>? listVersions = null)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var all = entities.ToArray();
        var names = new List<IndexedName>(all.Length * 3);
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var e = 0; e < all.Length; e++)
        {
            foreach (var name in all[e].Names)
            {
                foreach (var spelling in Spellings(name.Full, all[e].Kind))
                {
                    var tokens = NameNormalizer.Tokens(spelling, all[e].Kind);
                    if (tokens.Count == 0)
                    {
                        continue;
                    }

                    var id = names.Count;
                    names.Add(new IndexedName(e, name.Full, tokens, name.Kind));
                    foreach (var key in Keys(tokens))
                    {
                        if (!postings.TryGetValue(key, out var list))
                        {
                            list = [];
                            postings[key] = list;
                        }

                        if (list.Count == 0 || list[^1] != id)
                        {
                            list.Add(id);
                        }
                    }
                }
            }
        }

        return new ScreeningIndex(
            all,
            [.. names],
            postings.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal),
            IdentifierIndex.Build(all),
            listVersions ?? []);
    }

    internal Entity EntityAt(int index) => _entities[index];

    internal int IndexOfEntity(string id) => _entityIndex.TryGetValue(id, out var i) ? i : throw new KeyNotFoundException($"entity {id} is not in the screening index");

    internal IndexedName NameAt(int index) => _names[index];

    /// <summary>
    /// Names sharing retrieval keys with at least half of the query's strong tokens (at least one):
    /// a name that shares only "Mohammad" with a three-part query cannot score high enough to matter,
    /// and skipping it keeps screening fast.
    /// </summary>
    internal IEnumerable<int> Candidates(IReadOnlyList<NameToken> tokens)
    {
        // Per candidate: how many query tokens reach it by any key; whether one reaches it exactly (the
        // token itself or its Korean surname class) rather than only by prefix or skeleton; and whether a
        // rare token reaches it. Common tokens (Kim, Mohammad, Ltd) alone do not make a candidate when
        // the query has a rarer part: that is where the time went.
        var counts = new Dictionary<int, (int Tokens, bool Exact, bool Rare)>();
        var perToken = new Dictionary<int, bool>();
        var strong = 0;
        var queryHasRare = false;
        foreach (var token in tokens)
        {
            perToken.Clear();
            foreach (var key in Keys([token]))
            {
                if (_postings.TryGetValue(key, out var ids))
                {
                    var exact = key[0] is 't' or 'k';
                    foreach (var id in ids)
                    {
                        perToken[id] = exact || perToken.GetValueOrDefault(id);
                    }
                }
            }

            if (token.Role == TokenRole.Strong && token.Text.Length >= 2)
            {
                strong++;
            }

            var rare = perToken.Count <= CommonTokenLimit; // a part found nowhere is as telling as a rare one
            queryHasRare |= rare;
            foreach (var (id, exact) in perToken)
            {
                var current = counts.GetValueOrDefault(id);
                counts[id] = (current.Tokens + 1, current.Exact || exact, current.Rare || rare);
            }
        }

        // A name reached only through fuzzy keys must share keys with every part of a multi-part query.
        var needed = Math.Max(1, (strong + 1) / 2);
        foreach (var (id, (count, exact, rare)) in counts)
        {
            if (count >= needed && (exact || count >= strong) && (rare || !queryHasRare || count >= strong))
            {
                yield return id;
            }
        }
    }

    /// <summary>A query token reaching more names than this is common (Kim, Mohammad, Bank).</summary>
    private const int CommonTokenLimit = 1500;

    /// <summary>
    /// The spellings under which a name is indexed or queried: many Hangul readings when indexing (done
    /// once), a few when querying (the scorer's surname equivalences and edit budget cover the rest).
    /// </summary>
    internal static IReadOnlyList<string> Spellings(string name, EntityKind kind, bool forQuery = false) =>
        forQuery ? HangulReadings.Of(name, kind, personalLimit: 4, wordLimit: 4) : HangulReadings.Of(name, kind, personalLimit: 24, wordLimit: 8);

    /// <summary>
    /// Retrieval keys of strong tokens: the token, its first four letters (typos at the end), its
    /// consonant skeleton (vowel variants), and its Korean surname class (Ri/Li/Lee/Yi …).
    /// </summary>
    private static IEnumerable<string> Keys(IReadOnlyList<NameToken> tokens)
    {
        foreach (var token in tokens)
        {
            if (token.Role == TokenRole.Weak || token.Text.Length < 2)
            {
                continue;
            }

            var text = token.Text;
            yield return "t:" + text;
            if (text.Length >= 5)
            {
                yield return "p:" + text[..4];
            }

            var skeleton = Skeleton(text);
            if (skeleton.Length >= 3)
            {
                yield return "s:" + skeleton;
            }

            foreach (var surnameClass in KoreanSurnames.Canonical(text))
            {
                yield return "k:" + surnameClass;
            }
        }
    }

    private static string Skeleton(string token)
    {
        Span<char> buffer = stackalloc char[token.Length];
        var n = 0;
        foreach (var c in token)
        {
            if (c is not ('a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'h' or 'w') && (n == 0 || buffer[n - 1] != c))
            {
                buffer[n++] = c;
            }
        }

        return new string(buffer[..n]);
    }
}
