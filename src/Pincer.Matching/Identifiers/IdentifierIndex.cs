using System.Collections.Frozen;
using Pincer.Core;

namespace Pincer.Matching.Identifiers;

/// <summary>An entity holding an identifier that a query matched.</summary>
public sealed record IdentifierHit(string EntityId, Identifier Identifier);

/// <summary>
/// Exact lookup of identifiers (IMO, MMSI, call sign, MSN, registration, ICAO 24-bit, BIC 8/11, LEI,
/// passports and national IDs, crypto addresses) after normalisation: a query with the usual noise
/// ("IMO 9562233", "ftbd kp py", "0X098B…") finds the holder; identifiers decide on their own.
/// Case rules follow the identifier: EVM and bech32 addresses are case-insensitive, base58 addresses
/// (Bitcoin, Tron …) are not, everything else is compared upper-cased without separators.
/// </summary>
public sealed class IdentifierIndex
{
    /// <summary>Labels written before a value; a labelled query only finds identifiers of that kind.</summary>
    private static readonly (string Label, IdentifierKind Kind)[] Labels =
    [
        ("IMO", IdentifierKind.Imo), ("MMSI", IdentifierKind.Mmsi), ("SWIFT/BIC", IdentifierKind.Bic), ("SWIFT", IdentifierKind.Bic),
        ("BIC", IdentifierKind.Bic), ("LEI", IdentifierKind.Lei), ("MSN", IdentifierKind.AircraftSerial), ("ICAO", IdentifierKind.Icao24),
        ("PASSPORT", IdentifierKind.Passport),
    ];

    private readonly FrozenDictionary<string, IdentifierHit[]> _byKey;

    private IdentifierIndex(FrozenDictionary<string, IdentifierHit[]> byKey) => _byKey = byKey;

    /// <summary>Number of distinct lookup keys.</summary>
    public int Count => _byKey.Count;

    public static IdentifierIndex Build(IEnumerable<Entity> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var map = new Dictionary<string, List<IdentifierHit>>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            foreach (var identifier in entity.Identifiers)
            {
                var hit = new IdentifierHit(entity.Id, identifier);
                foreach (var key in IndexKeys(identifier))
                {
                    if (!map.TryGetValue(key, out var list))
                    {
                        list = [];
                        map[key] = list;
                    }

                    if (!list.Exists(h => string.Equals(h.EntityId, entity.Id, StringComparison.Ordinal) && h.Identifier == identifier))
                    {
                        list.Add(hit);
                    }
                }
            }
        }

        return new IdentifierIndex(map.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal));
    }

    /// <summary>Entities holding the identifier written in <paramref name="query"/>; optionally only of one kind.</summary>
    public IReadOnlyList<IdentifierHit> Lookup(string query, IdentifierKind? kind = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        var hits = new List<IdentifierHit>();
        foreach (var (key, labelled) in QueryKeys(query))
        {
            if (!_byKey.TryGetValue(key, out var found))
            {
                continue;
            }

            foreach (var hit in found)
            {
                var wanted = kind ?? labelled;
                if ((wanted is null || hit.Identifier.Kind == wanted) && !hits.Contains(hit))
                {
                    hits.Add(hit);
                }
            }
        }

        return hits;
    }

    private static IEnumerable<string> IndexKeys(Identifier identifier)
    {
        if (identifier.Kind == IdentifierKind.CryptoAddress)
        {
            // Already normalised per chain by IdentifierNormalizer (EVM and bech32 lower-cased).
            yield return "c:" + identifier.Value;
            yield break;
        }

        var compact = IdentifierNormalizer.Compact(identifier.Value);
        yield return "v:" + compact;
        if (identifier.Kind == IdentifierKind.Bic && compact.Length == 11 && compact.EndsWith("XXX", StringComparison.Ordinal))
        {
            yield return "v:" + compact[..8]; // FTBDKPPYXXX is the head office FTBDKPPY
        }
        else if (identifier.Kind == IdentifierKind.Bic && compact.Length == 8)
        {
            yield return "v:" + compact + "XXX";
        }
    }

    private static IEnumerable<(string Key, IdentifierKind? Labelled)> QueryKeys(string query)
    {
        var trimmed = query.Trim();
        if (trimmed.Length == 0)
        {
            yield break;
        }

        foreach (var (label, kind) in Labels)
        {
            if (trimmed.Length > label.Length && trimmed.StartsWith(label, StringComparison.OrdinalIgnoreCase) && !char.IsAsciiLetter(trimmed[label.Length]))
            {
                yield return ("v:" + IdentifierNormalizer.Compact(trimmed[label.Length..]), kind);
                yield break;
            }
        }

        // Crypto: as written (base58 is case-sensitive), and lower-cased for EVM hex and bech32.
        yield return ("c:" + trimmed, null);
        yield return ("c:" + trimmed.ToLowerInvariant(), null);
        yield return ("v:" + IdentifierNormalizer.Compact(trimmed), null);
    }
}
