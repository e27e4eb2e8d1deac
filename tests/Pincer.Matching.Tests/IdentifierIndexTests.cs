using Pincer.Core;
using Pincer.Lists;
using Pincer.Lists.Ofac;
using Pincer.Matching.Identifiers;
using Pincer.Testing;

namespace Pincer.Matching.Tests;

/// <summary>The 2025-11-19 SDN advanced XML plus the 2024-05-03 SDN CSV set, indexed once.</summary>
public sealed class ListedIdentifiersFixture
{
    public ListedIdentifiersFixture()
    {
        Entities =
        [
            .. new OfacAdvancedXmlReader().Read(ListInput.FromPath(SharedData.Path("payments", "sanctions", "sdn_advanced_2025-11-19.xml.bz2"))).Entities,
            .. new OfacCsvReader().Read(ListInput.FromPath(SharedData.Path("lists", "ofac_sdn"))).Entities.Select(e => e with { Id = "csv:" + e.Id }),
        ];
        Index = IdentifierIndex.Build(Entities);
    }

    public IReadOnlyList<Entity> Entities { get; }

    public IdentifierIndex Index { get; }
}

/// <summary>Issue #3: every IMO, MSN, BIC and digital currency address on the lists is found by exact lookup.</summary>
public sealed class IdentifierIndexTests(ListedIdentifiersFixture fixture) : IClassFixture<ListedIdentifiersFixture>
{
    public static TheoryData<IdentifierKind> Kinds => [IdentifierKind.Imo, IdentifierKind.AircraftSerial, IdentifierKind.Bic, IdentifierKind.CryptoAddress];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Lookup_EveryListedIdentifier_FindsItsHolderWithPerfectPrecision(IdentifierKind kind)
    {
        var listed = fixture.Entities.SelectMany(e => e.Identifiers.Where(i => i.Kind == kind).Select(i => (Entity: e, Identifier: i))).ToList();
        listed.Should().NotBeEmpty();
        var missed = new List<string>();
        var wrong = new List<string>();
        foreach (var (entity, identifier) in listed)
        {
            foreach (var query in NoisyForms(identifier))
            {
                var hits = fixture.Index.Lookup(query);
                if (!hits.Any(h => h.EntityId == entity.Id))
                {
                    missed.Add($"{entity.Id} {identifier} as '{query}'");
                }

                // Precision: every hit holds the same identifier value (the same ship, bank or wallet).
                wrong.AddRange(hits.Where(h => !SameValue(h.Identifier, identifier)).Select(h => $"'{query}' → {h.EntityId} {h.Identifier}"));
            }
        }

        missed.Should().BeEmpty();
        wrong.Should().BeEmpty();
    }

    [Fact]
    public void Lookup_Bic8AndHeadOffice11_FindTheSameBank()
    {
        fixture.Index.Lookup("FTBDKPPY").Should().Contain(h => h.EntityId == "us-ofac-sdn:15603");
        fixture.Index.Lookup("FTBDKPPYXXX").Should().Contain(h => h.EntityId == "us-ofac-sdn:15603");
        fixture.Index.Lookup("SWIFT/BIC ftbd kp py").Should().Contain(h => h.EntityId == "us-ofac-sdn:15603");
    }

    [Fact]
    public void Lookup_LabelledQuery_OnlyFindsThatKind() =>
        fixture.Index.Lookup("IMO 9562233").Should().OnlyContain(h => h.Identifier.Kind == IdentifierKind.Imo);

    [Fact]
    public void Lookup_Base58AddressInWrongCase_FindsNothing()
    {
        const string Address = "1Kuf2Rd8mDyAViwBozGTNYnvWL8uYFrkVo";
        fixture.Index.Lookup(Address).Should().NotBeEmpty();
        fixture.Index.Lookup(Address.ToUpperInvariant()).Should().BeEmpty();
    }

    private static bool SameValue(Identifier a, Identifier b) =>
        a.Kind == IdentifierKind.CryptoAddress || b.Kind == IdentifierKind.CryptoAddress
            ? string.Equals(a.Value, b.Value, StringComparison.Ordinal)
            : string.Equals(Bic8(IdentifierNormalizer.Compact(a.Value)), Bic8(IdentifierNormalizer.Compact(b.Value)), StringComparison.Ordinal);

    private static string Bic8(string value) => value.Length == 11 && value.EndsWith("XXX", StringComparison.Ordinal) ? value[..8] : value;

    /// <summary>The identifier as an analyst might paste it.</summary>
    private static IEnumerable<string> NoisyForms(Identifier identifier)
    {
        var v = identifier.Value;
        switch (identifier.Kind)
        {
            case IdentifierKind.Imo:
                return [v, "IMO " + v, "imo" + v, $" {v} "];
            case IdentifierKind.Bic:
                return [v, v.ToLowerInvariant(), $"{v[..4]} {v[4..6]} {v[6..]}", "SWIFT/BIC " + v];
            case IdentifierKind.CryptoAddress:
                return v.StartsWith("0x", StringComparison.Ordinal) ? [v, v.ToUpperInvariant().Replace("0X", "0x", StringComparison.Ordinal), $" {v}"] : [v, $" {v} "];
            default:
                return [v, v.ToLowerInvariant(), $" {v} "];
        }
    }
}
