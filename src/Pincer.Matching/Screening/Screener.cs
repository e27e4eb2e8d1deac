using System.Globalization;
using Pincer.Core;
using Pincer.Matching.Scoring;
using Pincer.Matching.Text;

namespace Pincer.Matching.Screening;

/// <summary>
/// Screens a query against the index: identifiers decide on their own; names are retrieved through the
/// inverted index, scored pairwise, and adjusted by explicit qualifiers (date of birth, country), each
/// adjustment written into the result.
/// </summary>
public sealed class Screener(ScreeningIndex index, ScreeningThresholds? thresholds = null)
{
    /// <summary>Version of the matching engine, stamped on every result.</summary>
    public static readonly string EngineVersion = "pincer-matching/" + (typeof(Screener).Assembly.GetName().Version?.ToString(3) ?? "0");

    private const double MinimumScore = 0.5;
    private const int MaximumMatches = 10;

    public ScreeningThresholds Thresholds { get; } = thresholds ?? new ScreeningThresholds();

    public ScreeningResult Screen(ScreeningQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var best = new Dictionary<int, ScreeningMatch>();
        if (!string.IsNullOrWhiteSpace(query.Identifier))
        {
            foreach (var hit in index.Identifiers.Lookup(query.Identifier))
            {
                var entityIndex = index.IndexOfEntity(hit.EntityId);
                var entity = index.EntityAt(entityIndex);
                best[entityIndex] = new ScreeningMatch(entity.Id, entity.Caption, entity.Caption, entity.Provenance?.Source ?? "", 1.0)
                {
                    MatchedIdentifier = hit.Identifier.ToString(),
                    Adjustments = [$"identifier {hit.Identifier} matches exactly: decides on its own"],
                    Programs = entity.AllPrograms.Distinct(StringComparer.Ordinal).ToList(),
                };
            }
        }

        if (!string.IsNullOrWhiteSpace(query.Name))
        {
            ScreenName(query, best);
        }

        var matches = best.Values
            .Where(m => m.Score >= MinimumScore)
            .OrderByDescending(m => m.Score).ThenBy(m => m.EntityId, StringComparer.Ordinal)
            .Take(MaximumMatches)
            .Select(m => m with { Decision = Thresholds.Decide(m.Score) })
            .ToList();
        var top = matches.Count > 0 ? matches[0].Score : 0;
        return new ScreeningResult(query, Thresholds.Decide(top), top, matches)
        {
            EngineVersion = EngineVersion,
            ListVersions = index.ListVersions,
        };
    }

    private void ScreenName(ScreeningQuery query, Dictionary<int, ScreeningMatch> best)
    {
        var bestName = new Dictionary<int, (double Score, ScreeningIndex.IndexedName Name, NameComparison Comparison)>();
        foreach (var spelling in ScreeningIndex.Spellings(query.Name, query.Kind, forQuery: true))
        {
            var tokens = NameNormalizer.Tokens(spelling, query.Kind);
            foreach (var id in index.Candidates(tokens))
            {
                var name = index.NameAt(id);
                var entity = index.EntityAt(name.Entity);
                if (!Compatible(query.Kind, entity.Kind))
                {
                    continue;
                }

                var kind = query.Kind == EntityKind.Unknown ? entity.Kind : query.Kind;
                var comparison = NameScorer.Compare(tokens, name.Tokens, kind);
                var score = comparison.Score;
                if (score >= 1.0 && !string.Equals(query.Name.Trim(), name.Text, StringComparison.Ordinal))
                {
                    score = 0.99; // equal after normalisation only
                }

                if (name.Kind == NameKind.WeakAlias)
                {
                    score *= 0.9; // a weak a.k.a. alone should not raise an alert
                }

                if (!bestName.TryGetValue(name.Entity, out var current) || score > current.Score)
                {
                    bestName[name.Entity] = (score, name, comparison);
                }
            }
        }

        foreach (var (entityIndex, (score, name, comparison)) in bestName)
        {
            var entity = index.EntityAt(entityIndex);
            var adjustments = new List<string>();
            if (name.Kind == NameKind.WeakAlias)
            {
                adjustments.Add("matched a weak alias: ×0.90");
            }

            var adjusted = Qualify(query, entity, score, adjustments);
            if (best.TryGetValue(entityIndex, out var existing) && existing.Score >= adjusted)
            {
                continue;
            }

            best[entityIndex] = new ScreeningMatch(entity.Id, entity.Caption, name.Text, entity.Provenance?.Source ?? "", Math.Round(adjusted, 4))
            {
                NameComparison = comparison,
                Adjustments = adjustments,
                Programs = entity.AllPrograms.Distinct(StringComparer.Ordinal).ToList(),
            };
        }
    }

    /// <summary>Date of birth and country as explicit adjustments of the name score.</summary>
    internal static double Qualify(ScreeningQuery query, Entity entity, double score, List<string> adjustments)
    {
        if (query.BirthDate is { } dob && entity.BirthDates.Count > 0)
        {
            var (factor, bonus, note) = CompareBirthDate(dob, entity.BirthDates);
            score = Math.Min(1.0, (score * factor) + bonus);
            adjustments.Add(note);
        }

        if (query.Country is { Length: 2 } country && entity.Countries.Count > 0)
        {
            var code = country.ToUpperInvariant();
            if (entity.Countries.Any(c => string.Equals(c.Code, code, StringComparison.Ordinal)))
            {
                score = Math.Min(1.0, score + 0.03);
                adjustments.Add($"country {code} is one of the listed countries: +0.03");
            }
            else if (entity.Kind == EntityKind.Person && entity.Countries.Any(c => c.Role is CountryRole.Nationality or CountryRole.Citizenship))
            {
                score *= 0.9;
                adjustments.Add($"country {code} differs from the listed nationality ({string.Join(", ", entity.Countries.Where(c => c.Role is CountryRole.Nationality or CountryRole.Citizenship).Select(c => c.Code).Distinct(StringComparer.Ordinal))}): ×0.90");
            }
        }

        return score;
    }

    private static (double Factor, double Bonus, string Note) CompareBirthDate(PartialDate query, IReadOnlyList<DateSpan> listed)
    {
        var shown = string.Join(", ", listed.Select(d => d.ToString()));
        foreach (var span in listed)
        {
            if (span.IsSingle && !span.Approximate && span.From.HasDay && query.HasDay && span.From == query)
            {
                return (1.0, 0.08, string.Create(CultureInfo.InvariantCulture, $"date of birth {query} equals listed {span}: +0.08"));
            }
        }

        foreach (var span in listed)
        {
            if (query.Earliest <= span.To.Latest && query.Latest >= span.From.Earliest)
            {
                return (1.0, 0.03, string.Create(CultureInfo.InvariantCulture, $"date of birth {query} within listed {span}: +0.03"));
            }
        }

        foreach (var span in listed)
        {
            if (Math.Abs(query.Year - span.From.Year) <= 1 || Math.Abs(query.Year - span.To.Year) <= 1)
            {
                return (0.95, 0, string.Create(CultureInfo.InvariantCulture, $"date of birth {query} near listed {shown}: ×0.95"));
            }
        }

        return (0.7, 0, string.Create(CultureInfo.InvariantCulture, $"date of birth {query} conflicts with listed {shown}: ×0.70"));
    }

    private static bool Compatible(EntityKind query, EntityKind listed) => query switch
    {
        EntityKind.Unknown => true,
        EntityKind.Person => listed == EntityKind.Person,
        EntityKind.Vessel => listed == EntityKind.Vessel,
        EntityKind.Aircraft => listed == EntityKind.Aircraft,
        _ => listed is EntityKind.Organization or EntityKind.Company or EntityKind.Bank or EntityKind.Unknown,
    };
}
