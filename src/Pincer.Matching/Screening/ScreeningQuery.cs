using Pincer.Core;

namespace Pincer.Matching.Screening;

/// <summary>What is known about the party to screen: a name, and whatever else is known.</summary>
public sealed record ScreeningQuery(string Name)
{
    public EntityKind Kind { get; init; } = EntityKind.Unknown;

    public PartialDate? BirthDate { get; init; }

    /// <summary>ISO 3166-1 alpha-2 code of a nationality or address country.</summary>
    public string? Country { get; init; }

    /// <summary>An identifier as written (IMO, BIC, passport, crypto address …).</summary>
    public string? Identifier { get; init; }
}

/// <summary>alert: stop and investigate; review: an analyst should look; clear: nothing on the lists.</summary>
public enum ScreeningDecision
{
    Clear = 0,
    Review,
    Alert,
}

/// <summary>Score thresholds of the decisions.</summary>
public sealed record ScreeningThresholds(double Alert = 0.85, double Review = 0.72)
{
    public ScreeningDecision Decide(double score) => score >= Alert ? ScreeningDecision.Alert : score >= Review ? ScreeningDecision.Review : ScreeningDecision.Clear;
}

/// <summary>One listed entity that the query may be, with why.</summary>
public sealed record ScreeningMatch(string EntityId, string Name, string MatchedName, string Source, double Score)
{
    public ScreeningDecision Decision { get; init; }

    public Scoring.NameComparison? NameComparison { get; init; }

    /// <summary>The identifier that matched, when one did (identifiers decide on their own).</summary>
    public string? MatchedIdentifier { get; init; }

    /// <summary>Qualifier adjustments in words: "date of birth 1984-01-08 equals listed 1984-01-08: +0.05".</summary>
    public IReadOnlyList<string> Adjustments { get; init; } = [];

    public IReadOnlyList<string> Programs { get; init; } = [];
}

/// <summary>The outcome of one screening, stamped with what produced it.</summary>
public sealed record ScreeningResult(ScreeningQuery Query, ScreeningDecision Decision, double Score, IReadOnlyList<ScreeningMatch> Matches)
{
    public string EngineVersion { get; init; } = "";

    /// <summary>The list versions searched, as <c>source@published#id</c>.</summary>
    public IReadOnlyList<string> ListVersions { get; init; } = [];
}
