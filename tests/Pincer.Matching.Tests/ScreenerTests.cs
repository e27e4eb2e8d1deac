using Pincer.Core;
using Pincer.Matching.Screening;

namespace Pincer.Matching.Tests;

/// <summary>Screening against the real 2025-11-19 SDN (and the 2024 CSV set, both indexed in the identifier fixture).</summary>
public sealed class ScreenerTests(ListedIdentifiersFixture fixture) : IClassFixture<ListedIdentifiersFixture>
{
    private static ScreeningIndex? _index;

    private Screener Screener => new(_index ??= ScreeningIndex.Build(fixture.Entities.Where(e => e.Id.StartsWith("us-ofac-sdn:", StringComparison.Ordinal))));

    [Fact]
    public void Screen_KimJongUnWithHisDateOfBirth_PutsHimOnTopWithAlert()
    {
        var result = Screener.Screen(new ScreeningQuery("KIM JONG UN") { Kind = EntityKind.Person, BirthDate = new PartialDate(1984, 1, 8) });
        result.Decision.Should().Be(ScreeningDecision.Alert);
        var top = result.Matches[0];
        top.Name.Should().BeEquivalentTo("KIM JONG UN");
        top.Adjustments.Should().Contain(a => a.Contains("equals listed 1984-01-08", StringComparison.Ordinal));
        result.Matches.Skip(1).Should().OnlyContain(m => m.Decision != ScreeningDecision.Alert);
        result.EngineVersion.Should().StartWith("pincer-matching/");
    }

    [Fact]
    public void Screen_KimJongUnWithAConflictingDateOfBirth_RaisesNoAlert()
    {
        var result = Screener.Screen(new ScreeningQuery("KIM JONG UN") { Kind = EntityKind.Person, BirthDate = new PartialDate(1961, 5, 5) });
        result.Matches.Should().OnlyContain(m => m.Decision != ScreeningDecision.Alert);
        result.Matches.Where(m => m.Name.StartsWith("KIM", StringComparison.OrdinalIgnoreCase) && !string.Equals(m.Name, "KIM JONG UN", StringComparison.OrdinalIgnoreCase))
            .Should().OnlyContain(m => m.Decision == ScreeningDecision.Clear || m.Score < 0.85);
    }

    [Fact]
    public void Screen_HangulName_FindsTheListedRomanisation()
    {
        var result = Screener.Screen(new ScreeningQuery("김정은") { Kind = EntityKind.Person });
        result.Matches.Should().Contain(m => string.Equals(m.Name, "KIM JONG UN", StringComparison.OrdinalIgnoreCase) && m.Score >= 0.9);
    }

    [Fact]
    public void Screen_ImoWithNoise_DecidesOnTheIdentifierAlone()
    {
        var vessel = fixture.Entities.First(e => e.Id.StartsWith("us-ofac-sdn:", StringComparison.Ordinal) && e.IsDprk && e.Identifiers.Any(i => i.Kind == IdentifierKind.Imo));
        var imo = vessel.Identifiers.First(i => i.Kind == IdentifierKind.Imo).Value;
        var result = Screener.Screen(new ScreeningQuery("") { Identifier = "imo " + imo });
        result.Decision.Should().Be(ScreeningDecision.Alert);
        result.Matches[0].EntityId.Should().Be(vessel.Id);
        result.Matches[0].MatchedIdentifier.Should().Contain(imo);
    }

    [Fact]
    public void Screen_UnrelatedName_IsClear() =>
        Screener.Screen(new ScreeningQuery("Ingeborg Abrahamsen") { Kind = EntityKind.Person, BirthDate = new PartialDate(1972, 11, 21) })
            .Decision.Should().Be(ScreeningDecision.Clear);
}
