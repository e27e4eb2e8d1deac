using Pincer.Core;
using Pincer.Lists.Ofac;
using Pincer.Testing;

namespace Pincer.Lists.Tests;

/// <summary>The 2025-11-19 SDN advanced XML, read once for the whole class (it takes about two seconds).</summary>
public sealed class SdnAdvancedFixture
{
    public SdnAdvancedFixture()
    {
        Snapshot = new OfacAdvancedXmlReader().Read(ListInput.FromPath(SharedData.Path("payments", "sanctions", "sdn_advanced_2025-11-19.xml.bz2")));
        ById = Snapshot.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
    }

    public ListSnapshot Snapshot { get; }

    public Dictionary<string, Entity> ById { get; }
}

public sealed class OfacAdvancedXmlReaderTests(SdnAdvancedFixture fixture) : IClassFixture<SdnAdvancedFixture>
{
    private ListSnapshot Snapshot => fixture.Snapshot;

    [Fact]
    public void Read_Sdn20251119_HasPublishersPartyAndNameCounts()
    {
        Snapshot.Source.Should().Be(ListSources.OfacSdn);
        Snapshot.Published.Should().Be(new PartialDate(2025, 11, 19));
        Snapshot.Entities.Should().HaveCount(18_367);
        Snapshot.Entities.Sum(e => e.Names.Count).Should().Be(48_482);
    }

    [Fact]
    public void Read_Sdn20251119_PartyTypesMatchProvenance()
    {
        Snapshot.Entities.Count(e => e.Kind == EntityKind.Person).Should().Be(7_303);
        Snapshot.Entities.Count(e => e.Kind is EntityKind.Vessel or EntityKind.Aircraft).Should().Be(1_705);
        Snapshot.Entities.Count(e => e.Kind is EntityKind.Organization or EntityKind.Company or EntityKind.Bank).Should().Be(9_359);
    }

    [Fact]
    public void Read_Sdn20251119_DprkProgramCountsMatchProvenance()
    {
        var dprk = Snapshot.Entities.Where(e => e.IsDprk).ToList();
        dprk.Should().HaveCount(538);
        int Count(string program) => Snapshot.Entities.Count(e => e.AllPrograms.Contains(program, StringComparer.Ordinal));
        Count("DPRK").Should().Be(69);
        Count("DPRK2").Should().Be(124);
        Count("DPRK3").Should().Be(160);
        Count("DPRK4").Should().Be(190);
        Count("DPRK-NKSPEA").Should().Be(2);
        dprk.Count(e => e.Kind == EntityKind.Person).Should().Be(193);
        dprk.Count(e => e.Kind is EntityKind.Vessel or EntityKind.Aircraft).Should().Be(121);
    }

    [Fact]
    public void Read_Sdn20251119_Has219BicsAnd761CryptoAddresses()
    {
        Snapshot.Entities.Sum(e => e.Identifiers.Count(i => i.Kind == IdentifierKind.Bic)).Should().Be(219);
        Snapshot.Entities.Sum(e => e.Identifiers.Count(i => i.Kind == IdentifierKind.CryptoAddress)).Should().Be(761);
    }

    [Fact]
    public void Read_Sdn20251119_EveryImoKeptPassesItsCheckDigit()
    {
        var imos = Snapshot.Entities.SelectMany(e => e.Identifiers).Where(i => i.Kind == IdentifierKind.Imo).ToList();
        imos.Should().NotBeEmpty();
        imos.Should().OnlyContain(i => IdentifierNormalizer.IsValidImoCheckDigit(i.Value));
    }

    [Fact]
    public void Read_ForeignTradeBank_IsDprkBankWithBicAndKoreanCountry()
    {
        var ftb = Snapshot.Entities.Single(e => e.Identifiers.Any(i => i.Kind == IdentifierKind.Bic && i.Value == "FTBDKPPY"));
        ftb.Kind.Should().Be(EntityKind.Bank);
        ftb.Caption.Should().Contain("FOREIGN TRADE BANK");
        ftb.IsDprk.Should().BeTrue();
        ftb.Countries.Should().Contain(new CountryLink("KP", CountryRole.Address));
        ftb.Designations.Single().ListedOn.Should().NotBeNull();
    }

    [Fact]
    public void Read_KoreaKwangsonBankingCorp_KeepsWeakAliasQuality()
    {
        var kkbc = fixture.ById["us-ofac-sdn:11581"];
        kkbc.Caption.Should().Be("KOREA KWANGSON BANKING CORP");
        kkbc.Names.Should().Contain(new EntityName("BTSB", NameKind.WeakAlias));
        kkbc.Names.Should().Contain(new EntityName("KKBC", NameKind.StrongAlias));
        kkbc.Kind.Should().Be(EntityKind.Bank);
    }

    [Fact]
    public void Read_Individual_HasBirthDateNationalityAndSplitName()
    {
        var person = Snapshot.Entities.First(e => e.Kind == EntityKind.Person && e.IsDprk && e.BirthDates.Count > 0 && e.Countries.Any(c => c.Role == CountryRole.Nationality));
        person.Names[0].Family.Should().NotBeNullOrEmpty();
        person.BirthDates[0].From.Year.Should().BeInRange(1900, 2010);
    }

    [Fact]
    public void Read_Relationships_ReferToPartiesOfTheFile()
    {
        Snapshot.Relations.Should().NotBeEmpty();
        Snapshot.Relations.Should().OnlyContain(r => fixture.ById.ContainsKey(r.FromId) && fixture.ById.ContainsKey(r.ToId));
        var dprkRelations = Snapshot.Relations.Count(r => fixture.ById[r.FromId].IsDprk || fixture.ById[r.ToId].IsDprk);
        dprkRelations.Should().Be(201);
    }

    [Fact]
    public void Read_DprkVessel_HasImoFlagAndType()
    {
        var vessels = Snapshot.Entities.Where(e => e.Kind == EntityKind.Vessel && e.IsDprk).ToList();
        vessels.Should().Contain(v => v.Identifiers.Any(i => i.Kind == IdentifierKind.Imo) && v.Countries.Any(c => c.Role == CountryRole.Flag));
        vessels.Should().Contain(v => v.Facts.Any(f => f.Name == FactNames.VesselType));
    }

    [Fact]
    public void Read_DigitalCurrencyAddress_CarriesChainTicker()
    {
        var crypto = Snapshot.Entities.SelectMany(e => e.Identifiers).Where(i => i.Kind == IdentifierKind.CryptoAddress).ToList();
        crypto.Should().OnlyContain(i => !string.IsNullOrEmpty(i.Qualifier));
        crypto.Select(i => i.Qualifier).Distinct(StringComparer.Ordinal).Count().Should().Be(19);
        crypto.Should().Contain(i => i.Qualifier == "XBT" && i.Value == "1Kuf2Rd8mDyAViwBozGTNYnvWL8uYFrkVo");
    }

    [Fact]
    public void Read_EveryEntity_HasProvenanceAndADesignation()
    {
        Snapshot.Entities.Should().OnlyContain(e => e.Provenance != null && e.Provenance.Locator.Contains("line", StringComparison.Ordinal));
        Snapshot.Entities.Should().OnlyContain(e => e.Designations.Count > 0);
    }
}

public sealed class OfacAdvancedXmlMalformedInputTests
{
    private const string Header = """
        <?xml version="1.0" encoding="utf-8"?>
        <Sanctions xmlns="https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ADVANCED_XML">
          <DateOfIssue><Year>2025</Year><Month>11</Month><Day>19</Day></DateOfIssue>
        """;

    [Fact]
    public void Read_TruncatedRealFile_ThrowsWithFileAndLine()
    {
        // The first 2 MB of the real 2025-11-19 file: a download cut short.
        using var source = ListInput.FromPath(SharedData.Path("payments", "sanctions", "sdn_advanced_2025-11-19.xml.bz2")).OpenRead();
        var buffer = new byte[2_000_000];
        source.ReadExactly(buffer);
        var path = Path.Combine(Directory.CreateTempSubdirectory("pincer-adv-").FullName, "sdn_advanced_cut.xml");
        File.WriteAllBytes(path, buffer);

        var act = () => new OfacAdvancedXmlReader().Read(ListInput.FromPath(path));
        var error = act.Should().Throw<ListFormatException>().Which;
        error.File.Should().Be("sdn_advanced_cut.xml");
        error.Position.Should().StartWith("line ");
        error.Message.Should().Contain("sdn_advanced_cut.xml:line ");
    }

    [Fact]
    public void Read_DocumentWithExternalEntity_IsRefusedWithoutResolvingIt()
    {
        var path = TestFiles.Write("xxe.xml", """
            <?xml version="1.0"?>
            <!DOCTYPE Sanctions [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <Sanctions xmlns="https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ADVANCED_XML">&secret;</Sanctions>
            """);
        var act = () => OfacAdvancedXmlReader.Read(File.OpenRead(path), "xxe.xml");
        act.Should().Throw<ListFormatException>().Which.Message.Should().Contain("DTD").And.NotContain("root:");
    }

    [Fact]
    public void Read_WrongRoot_SaysWhatWasExpected()
    {
        var path = TestFiles.Write("other.xml", "<?xml version=\"1.0\"?><sdnList/>");
        var act = () => OfacAdvancedXmlReader.Read(File.OpenRead(path), "other.xml");
        act.Should().Throw<ListFormatException>().Which.Message.Should().Contain("expected root element <Sanctions>");
    }

    [Fact]
    public void Read_InvalidDateInsideTheFile_NamesTheElementPosition()
    {
        var path = TestFiles.Write("baddate.xml", Header + """
              <SanctionsEntries>
                <SanctionsEntry ID="1" ProfileID="1" ListID="1550">
                  <EntryEvent ID="1" EntryEventTypeID="1" LegalBasisID="1"><Date CalendarTypeID="1"><Year>2020</Year><Month>2</Month><Day>31</Day></Date></EntryEvent>
                </SanctionsEntry>
              </SanctionsEntries>
            </Sanctions>
            """);
        var act = () => OfacAdvancedXmlReader.Read(File.OpenRead(path), "baddate.xml");
        act.Should().Throw<ListFormatException>().Which.Message.Should().Contain("baddate.xml:line 5").And.Contain("day 31");
    }

    [Fact]
    public void Detect_UnknownFormat_NamesTheFileAndTheFormatsTried()
    {
        var path = TestFiles.Write("notes.txt", "These are meeting notes, not a sanctions list.\n");
        var act = () => ListFormats.Detect(ListInput.FromPath(path));
        act.Should().Throw<ListFormatException>().Which.Message.Should()
            .Contain("notes.txt").And.Contain("unknown list format").And.Contain("ofac-advanced-xml").And.Contain("un-xml");
    }
}
