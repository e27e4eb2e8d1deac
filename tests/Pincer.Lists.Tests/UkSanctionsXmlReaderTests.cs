using Pincer.Core;
using Pincer.Lists.Uk;
using Pincer.Testing;

namespace Pincer.Lists.Tests;

public sealed class UkSanctionsXmlReaderTests
{
    private const string DprkRegime = "The Democratic People's Republic of Korea (Sanctions) (EU Exit) Regulations 2019";

    private static string SamplePath => TestFiles.Fixture("uk", "uk_sanctions_sample.xml");

    private static ListSnapshot ReadSample() =>
        new UkSanctionsXmlReader().Read(TestFiles.Input(SamplePath), cancellationToken: TestContext.Current.CancellationToken);

    private static Entity Get(ListSnapshot snapshot, string id) => snapshot.Entities.Single(e => string.Equals(e.Id, id, StringComparison.Ordinal));

    [Fact]
    public void Read_Sample_HasAllDesignations()
    {
        var snapshot = ReadSample();
        snapshot.Source.Should().Be(ListSources.UkFcdo);
        snapshot.Format.Should().Be("uk-xml");
        snapshot.Published.Should().Be(new PartialDate(2026, 9, 10));
        snapshot.Entities.Select(e => e.Id).Should().Equal("uk-fcdo:DPR0218", "uk-fcdo:DPR0181", "uk-fcdo:DPR0075", "uk-fcdo:DPR0099", "uk-fcdo:BEL0107");
        snapshot.Entities.Select(e => e.Kind).Should().Equal(EntityKind.Person, EntityKind.Company, EntityKind.Vessel, EntityKind.Vessel, EntityKind.Company);
        snapshot.Entities.Count(e => e.IsDprk).Should().Be(4);
    }

    [Fact]
    public void Read_DprkIndividual_IsFullyMapped()
    {
        var jon = Get(ReadSample(), "uk-fcdo:DPR0218");
        jon.Caption.Should().Be("MYONG GUK JON");
        jon.Names[0].Given.Should().Be("MYONG GUK");
        jon.Names[0].Family.Should().Be("JON");
        jon.Names.Skip(1).Should().OnlyContain(n => n.Kind == NameKind.StrongAlias);
        jon.Names.Select(n => n.Full).Should().Contain("Yong Sang Jon");
        jon.BirthDates.Should().Equal(
            DateSpan.Exactly(new PartialDate(1976, 10, 18)), DateSpan.Exactly(new PartialDate(1976, 8, 25)), DateSpan.Exactly(new PartialDate(1975)));
        jon.Identifiers.Where(i => i.Kind == IdentifierKind.Passport).Select(i => i.Value).Should().Equal("4721202031", "836110035");
        jon.Identifiers[0].Note.Should().Be("Expires 21 Feb. 2017");
        jon.Countries.Should().Equal(new CountryLink("KP", CountryRole.Nationality), new CountryLink("KP", CountryRole.BirthPlace));
        jon.BirthPlaces.Should().Equal("Pyongyang, North Korea");
        jon.Facts.Should().Contain([new EntityFact(FactNames.Gender, "Male"), new EntityFact(FactNames.Position, "Tanchon Commercial Bank Representative in Syria")]);
        var designation = jon.Designations.Should().ContainSingle().Subject;
        designation.Authority.Should().Be("UK");
        designation.List.Should().Be("UK Sanctions List");
        designation.Programs.Should().Equal(DprkRegime);
        designation.IsDprk.Should().BeTrue();
        designation.ListedOn.Should().Be(new PartialDate(2016, 3, 2));
        designation.References.Should().Equal("DPR0218", "KPi.018", "OFSI:13339");
        designation.Measures.Should().Equal("Asset freeze", "Travel Ban");
        jon.Remarks.Should().StartWith("Tanchon Commercial Bank representative");
        jon.Provenance.Should().Be(new Provenance(ListSources.UkFcdo, "uk_sanctions_sample.xml:line 7"));
    }

    [Fact]
    public void Read_DprkEntity_HasAliasesAndHangulName()
    {
        var komid = Get(ReadSample(), "uk-fcdo:DPR0181");
        komid.Kind.Should().Be(EntityKind.Company);
        komid.Names.Should().Contain(new EntityName("KOMID", NameKind.WeakAlias));
        komid.Names.Should().Contain(new EntityName("CHANGGWANG SINYONG CORPORATION", NameKind.StrongAlias));
        komid.Names.Should().Contain(n => n.Full == "조선광업개발무역회사" && n.Script == "Hang" && n.IsOriginalScript);
        komid.Addresses.Should().ContainSingle().Which.Full.Should().Be("Central District, Pyongyang, North Korea");
        komid.Countries.Should().Equal(new CountryLink("KP", CountryRole.Address));
        komid.Facts.Should().Contain(new EntityFact("entity_type", "Arms trading company"));
        komid.Designations[0].References.Should().Equal("DPR0181", "KPe.001", "OFSI:10916");
    }

    [Fact]
    public void Read_DprkShip_HasImoFlagAndVesselFacts()
    {
        var petrel = Get(ReadSample(), "uk-fcdo:DPR0075");
        petrel.Caption.Should().Be("PETREL 8");
        var imo = petrel.Identifiers.Should().ContainSingle().Subject;
        imo.Kind.Should().Be(IdentifierKind.Imo);
        imo.Value.Should().Be("9562233");
        imo.Raw.Should().Be("IMO9562233");
        petrel.Countries.Should().Equal(new CountryLink("KM", CountryRole.Flag));
        petrel.Facts.Should().Contain([
            new EntityFact(FactNames.VesselOwner, "Global United Shipping India"),
            new EntityFact(FactNames.VesselType, "Bulk Carrier"),
            new EntityFact(FactNames.Tonnage, "7078"),
            new EntityFact(FactNames.BuildYear, "2011"),
            new EntityFact("previous_flag", "India"),
            new EntityFact("length", "134.5"),
        ]);
        petrel.Designations[0].References.Should().Equal("DPR0075", "KPv.001");
        petrel.Designations[0].Measures.Should().Equal("Prohibition of port entry", "Deregistration");
    }

    [Fact]
    public void Read_InvalidImo_IsReportedNotKept()
    {
        var snapshot = ReadSample();
        var ship = Get(snapshot, "uk-fcdo:DPR0099");
        ship.Identifiers.Should().BeEmpty();
        ship.Countries.Should().Equal(new CountryLink("KP", CountryRole.Flag));
        var issue = snapshot.Issues.Should().ContainSingle().Subject;
        issue.Message.Should().Contain("9562234").And.Contain("check digit").And.Contain("uk-fcdo:DPR0099");
        issue.Locator.Should().StartWith("uk_sanctions_sample.xml:line ");
    }

    [Fact]
    public void Read_Company_HasContactsRegistrationAndWeakAlias()
    {
        var bnk = Get(ReadSample(), "uk-fcdo:BEL0107");
        bnk.Names.Select(n => n.Kind).Should().Equal(NameKind.Primary, NameKind.StrongAlias, NameKind.WeakAlias);
        bnk.Identifiers.Select(i => i.Kind).Should().Equal(IdentifierKind.Phone, IdentifierKind.Website, IdentifierKind.RegistrationNumber);
        bnk.Identifiers[0].Value.Should().Be("+442079460000");
        bnk.Addresses.Should().ContainSingle().Which.PostalCode.Should().Be("SM2 5DA");
        bnk.Countries.Should().Equal(new CountryLink("GB", CountryRole.Address));
        bnk.Designations[0].References.Should().Equal("BEL0107", "OFSI:14124");
        bnk.IsDprk.Should().BeFalse();
        bnk.Remarks.Should().Contain("Director Disqualification").And.Contain("controlled by");
    }

    [Theory]
    [InlineData("12/05/1958", 1958, 5, 12)]
    [InlineData("dd/mm/1962", 1962, 0, 0)]
    [InlineData("00/00/1962", 1962, 0, 0)]
    [InlineData("dd/03/1965", 1965, 3, 0)]
    [InlineData("1946", 1946, 0, 0)]
    [InlineData("1946-07-01", 1946, 7, 1)]
    public void ParseUkDate_PublishedForms_KeepsKnownParts(string text, int year, int month, int day)
    {
        UkSanctionsXmlReader.ParseUkDate(text, out var date).Should().BeTrue();
        date.Should().Be(new PartialDate(year, month, day));
    }

    [Theory]
    [InlineData("31/02/1960")]
    [InlineData("circa 1960")]
    [InlineData("12/13/1960")]
    public void ParseUkDate_Invalid_ReturnsFalse(string text) => UkSanctionsXmlReader.ParseUkDate(text, out _).Should().BeFalse();

    [Fact]
    public void CanRead_OwnAndOtherFormats_DecidesByContent()
    {
        var reader = new UkSanctionsXmlReader();
        reader.CanRead(TestFiles.Input(SamplePath)).Should().BeTrue();
        reader.CanRead(TestFiles.Input(SharedData.Path("lists", "un", "UN_consolidated.xml"))).Should().BeFalse();
        reader.CanRead(TestFiles.Input(TestFiles.Fixture("eu", "eu_fsf_sample.xml"))).Should().BeFalse();
        reader.CanRead(TestFiles.Input(TestFiles.Fixture("ftm", "entities_sample.ftm.json"))).Should().BeFalse();
    }

    [Fact]
    public void Read_TruncatedFile_ThrowsNamingFileAndLine()
    {
        var path = TestFiles.Truncated(SamplePath, 0.5);
        var act = () => new UkSanctionsXmlReader().Read(TestFiles.Input(path), cancellationToken: TestContext.Current.CancellationToken);
        var ex = act.Should().Throw<ListFormatException>().Which;
        ex.File.Should().Be(path);
        ex.Position.Should().StartWith("line ");
        ex.Problem.Should().StartWith("malformed XML");
    }

    [Fact]
    public void Read_DoctypeWithExternalEntity_ThrowsMentioningDtd()
    {
        var secret = TestFiles.Write("secret.txt", "TOP-SECRET");
        var path = TestFiles.Write("uk_xxe.xml", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <!DOCTYPE Designations [ <!ENTITY xxe SYSTEM "file://{secret}"> ]>
            <Designations><DateGenerated>10/09/2026</DateGenerated>
              <Designation><UniqueID>X1</UniqueID><Names><Name><Name6>&xxe;</Name6><NameType>Primary Name</NameType></Name></Names>
              <IndividualEntityShip>Entity</IndividualEntityShip></Designation>
            </Designations>
            """);
        var act = () => new UkSanctionsXmlReader().Read(TestFiles.Input(path), cancellationToken: TestContext.Current.CancellationToken);
        var ex = act.Should().Throw<ListFormatException>().Which;
        ex.Problem.Should().Contain("DTD");
        ex.Message.Should().Contain("uk_xxe.xml").And.NotContain("TOP-SECRET");
    }

    [Fact]
    public void Read_DesignationWithoutUniqueId_ThrowsNamingElementAndLine()
    {
        var path = TestFiles.Write("uk_noid.xml", """
            <?xml version="1.0" encoding="utf-8"?>
            <Designations>
              <DateGenerated>10/09/2026</DateGenerated>
              <Designation>
                <Names><Name><Name6>NO ID LTD</Name6><NameType>Primary Name</NameType></Name></Names>
                <IndividualEntityShip>Entity</IndividualEntityShip>
              </Designation>
            </Designations>
            """);
        var act = () => new UkSanctionsXmlReader().Read(TestFiles.Input(path), cancellationToken: TestContext.Current.CancellationToken);
        var ex = act.Should().Throw<ListFormatException>().Which;
        ex.Position.Should().Be("line 4");
        ex.Problem.Should().Contain("UniqueID");
    }
}
