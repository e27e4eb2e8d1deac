using Pincer.Core;
using Pincer.Lists.Eu;
using Pincer.Testing;

namespace Pincer.Lists.Tests;

public sealed class EuFsfXmlReaderTests
{
    private static string SamplePath => TestFiles.Fixture("eu", "eu_fsf_sample.xml");

    private static ListSnapshot ReadSample() =>
        new EuFsfXmlReader().Read(TestFiles.Input(SamplePath), cancellationToken: TestContext.Current.CancellationToken);

    private static Entity Get(ListSnapshot snapshot, string id) => snapshot.Entities.Single(e => string.Equals(e.Id, id, StringComparison.Ordinal));

    [Fact]
    public void Read_Sample_HasAllEntries()
    {
        var snapshot = ReadSample();
        snapshot.Source.Should().Be(ListSources.EuFsf);
        snapshot.Format.Should().Be("eu-fsf-xml");
        snapshot.Published.Should().Be(new PartialDate(2026, 8, 5));
        snapshot.Entities.Select(e => e.Id).Should().Equal("eu-fsf:13407", "eu-fsf:13500", "eu-fsf:13601", "eu-fsf:13700", "eu-fsf:6177");
        snapshot.Entities.Select(e => e.Kind).Should().Equal(EntityKind.Person, EntityKind.Company, EntityKind.Company, EntityKind.Organization, EntityKind.Person);
        snapshot.Entities.Count(e => e.IsDprk).Should().Be(4);
    }

    [Fact]
    public void Read_PrkPerson_IsFullyMapped()
    {
        var jon = Get(ReadSample(), "eu-fsf:13407");
        jon.Caption.Should().Be("JON Myong Guk");
        jon.Names[0].Given.Should().Be("Myong Guk");
        jon.Names[0].Family.Should().Be("JON");
        jon.Names.Skip(1).Select(n => (n.Full, n.Kind)).Should().Equal(("Cho'n Myo'ng-kuk", NameKind.StrongAlias), ("Jon Yong Sang", NameKind.StrongAlias));
        jon.BirthDates.Should().Equal(DateSpan.Exactly(new PartialDate(1976, 10, 18)), DateSpan.Exactly(new PartialDate(1976, 8, 25)));
        jon.BirthPlaces.Should().BeEmpty();
        jon.Countries.Should().Equal(new CountryLink("KP", CountryRole.Citizenship));
        jon.Identifiers.Select(i => (i.Kind, i.Value, i.Country)).Should().Equal(
            (IdentifierKind.Passport, "4721202031", "KP"), (IdentifierKind.Passport, "836110035", "KP"));
        jon.Identifiers[0].Note.Should().Be("Expires 21 Feb. 2017");
        jon.Identifiers[1].Note.Should().Be("diplomatic; valid to 2020-01-01");
        jon.Identifiers[0].Qualifier.Should().Be("National passport");
        jon.Facts.Should().Contain([new EntityFact(FactNames.Gender, "Male"), new EntityFact(FactNames.Position, "Tanchon Commercial Bank representative")]);
        var designation = jon.Designations.Should().ContainSingle().Subject;
        designation.Authority.Should().Be("EU");
        designation.List.Should().Be("Consolidated Financial Sanctions List");
        designation.Programs.Should().Equal("PRK");
        designation.IsDprk.Should().BeTrue();
        designation.ListedOn.Should().Be(new PartialDate(2016, 3, 4));
        designation.References.Should().Equal("EU.4035.18", "KPi.018");
        jon.Remarks.Should().Be("Tanchon Commercial Bank representative in Syria.");
        jon.Provenance.Should().Be(new Provenance(ListSources.EuFsf, "eu_fsf_sample.xml:line 6"));
    }

    [Fact]
    public void Read_PrkEntity_HasWeakAliasHangulNameAndEarliestRegulationDate()
    {
        var komid = Get(ReadSample(), "eu-fsf:13500");
        komid.Caption.Should().Be("Korea Mining Development Trading Corporation");
        komid.Names.Should().Contain(new EntityName("KOMID", NameKind.WeakAlias));
        komid.Names.Should().Contain(n => n.Full == "조선광업개발무역회사" && n.Script == "Hang" && n.Kind == NameKind.StrongAlias);
        komid.Designations[0].ListedOn.Should().Be(new PartialDate(2009, 7, 27));
        komid.Designations[0].References.Should().Equal("EU.4127.2", "KPe.001");
        var address = komid.Addresses.Should().ContainSingle().Subject;
        address.City.Should().Be("Pyongyang");
        address.Country.Should().Be("KP");
        komid.Countries.Should().Equal(new CountryLink("KP", CountryRole.Address));
    }

    [Fact]
    public void Read_EntityWithChineseName_HasRegistrationAndContacts()
    {
        var dandong = Get(ReadSample(), "eu-fsf:13601");
        dandong.Names.Should().Contain(n => n.Script == "Hani");
        dandong.Identifiers.Select(i => (i.Kind, i.Value)).Should().Equal(
            (IdentifierKind.RegistrationNumber, "91210600MA0QC5XX1A"),
            (IdentifierKind.Phone, "+864150000001"), (IdentifierKind.Phone, "+864150000002"), (IdentifierKind.Email, "info@example.cn"));
        dandong.Identifiers[0].Qualifier.Should().Be("Unified Social Credit Code (USCC)");
        dandong.Identifiers[0].Country.Should().Be("CN");
        dandong.Addresses[0].Full.Should().Be("No. 1 Sample Road, Dandong, Liaoning, 118000, China");
    }

    [Fact]
    public void Read_InvalidImo_IsReportedNotKept()
    {
        var snapshot = ReadSample();
        Get(snapshot, "eu-fsf:13700").Identifiers.Should().BeEmpty();
        var issue = snapshot.Issues.Should().ContainSingle().Subject;
        issue.Message.Should().Contain("eu-fsf:13700").And.Contain("9562234");
        issue.Locator.Should().StartWith("eu_fsf_sample.xml:line ");
    }

    [Fact]
    public void Read_PersonListedWithArabicNameFirst_TakesFirstStrongLatinNameAsPrimary()
    {
        var asiri = Get(ReadSample(), "eu-fsf:6177");
        asiri.Caption.Should().Be("Ibrahim Hassan Tali Al-Asiri");
        asiri.Names.Should().Contain(new EntityName("Abu Saleh", NameKind.WeakAlias));
        asiri.Names.Should().Contain(n => n.Script == "Arab" && n.Kind == NameKind.StrongAlias);
        asiri.BirthDates.Should().Equal(new DateSpan(new PartialDate(1981), new PartialDate(1982), Approximate: true));
        asiri.BirthPlaces.Should().Equal("Riyadh, Saudi Arabia");
        asiri.Countries.Should().Equal(new CountryLink("SA", CountryRole.Citizenship), new CountryLink("SA", CountryRole.BirthPlace));
        asiri.Designations[0].Programs.Should().Equal("TAQA");
        asiri.IsDprk.Should().BeFalse();
    }

    [Fact]
    public void CanRead_OwnAndOtherFormats_DecidesByContent()
    {
        var reader = new EuFsfXmlReader();
        reader.CanRead(TestFiles.Input(SamplePath)).Should().BeTrue();
        reader.CanRead(TestFiles.Input(SharedData.Path("lists", "un", "UN_consolidated.xml"))).Should().BeFalse();
        reader.CanRead(TestFiles.Input(TestFiles.Fixture("uk", "uk_sanctions_sample.xml"))).Should().BeFalse();
        reader.CanRead(TestFiles.Input(TestFiles.Fixture("ftm", "entities_sample.ftm.json"))).Should().BeFalse();
        var noNamespace = TestFiles.Write("export.xml", "<?xml version=\"1.0\"?><export generationDate=\"2026-01-01\"/>");
        reader.CanRead(TestFiles.Input(noNamespace)).Should().BeFalse();
    }

    [Fact]
    public void Read_TruncatedFile_ThrowsNamingFileAndLine()
    {
        var path = TestFiles.Truncated(SamplePath, 0.6);
        var act = () => new EuFsfXmlReader().Read(TestFiles.Input(path), cancellationToken: TestContext.Current.CancellationToken);
        var ex = act.Should().Throw<ListFormatException>().Which;
        ex.File.Should().Be(path);
        ex.Position.Should().StartWith("line ");
    }

    [Fact]
    public void Read_DoctypeWithExternalEntity_ThrowsMentioningDtd()
    {
        var secret = TestFiles.Write("secret.txt", "TOP-SECRET");
        var path = TestFiles.Write("eu_xxe.xml", $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE export [ <!ENTITY xxe SYSTEM "file://{secret}"> ]>
            <export xmlns="http://eu.europa.ec/fpi/fsd/export" generationDate="2026-08-05">
              <sanctionEntity logicalId="1"><nameAlias wholeName="&xxe;" /></sanctionEntity>
            </export>
            """);
        var act = () => new EuFsfXmlReader().Read(TestFiles.Input(path), cancellationToken: TestContext.Current.CancellationToken);
        var ex = act.Should().Throw<ListFormatException>().Which;
        ex.Problem.Should().Contain("DTD");
        ex.Message.Should().Contain("eu_xxe.xml").And.NotContain("TOP-SECRET");
    }

    [Fact]
    public void Read_EntityWithoutName_ThrowsNamingElementAndLine()
    {
        var path = TestFiles.Write("eu_noname.xml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <export xmlns="http://eu.europa.ec/fpi/fsd/export" generationDate="2026-08-05">
              <sanctionEntity logicalId="1"><subjectType code="person" /></sanctionEntity>
            </export>
            """);
        var act = () => new EuFsfXmlReader().Read(TestFiles.Input(path), cancellationToken: TestContext.Current.CancellationToken);
        var ex = act.Should().Throw<ListFormatException>().Which;
        ex.Position.Should().Be("line 3");
        ex.Problem.Should().Contain("nameAlias");
    }
}
