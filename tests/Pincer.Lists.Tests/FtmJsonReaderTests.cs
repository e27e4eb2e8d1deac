using Pincer.Core;
using Pincer.Lists.Ftm;
using Pincer.Testing;

namespace Pincer.Lists.Tests;

public sealed class FtmJsonReaderTests
{
    private static string SamplePath => TestFiles.Fixture("ftm", "entities_sample.ftm.json");

    private static string DonationsPath => SharedData.Path("graph", "ftm_fixtures", "nomenklatura_donations.ijson");

    private static ListSnapshot Read(string path) =>
        new FtmJsonReader().Read(TestFiles.Input(path), cancellationToken: TestContext.Current.CancellationToken);

    private static Entity Get(ListSnapshot snapshot, string id) => snapshot.Entities.Single(e => string.Equals(e.Id, id, StringComparison.Ordinal));

    [Fact]
    public void Read_Sample_MapsThingsOnlyToEntities()
    {
        var snapshot = Read(SamplePath);
        snapshot.Source.Should().Be(ListSources.FollowTheMoney);
        snapshot.Format.Should().Be("ftm-json");
        snapshot.Entities.Select(e => (e.Id, e.Kind)).Should().Equal(
            ("ftm:kp-jon-myong-guk", EntityKind.Person),
            ("ftm:kp-sample-trading", EntityKind.Company),
            ("ftm:hk-sample-holdings", EntityKind.Bank),
            ("ftm:vessel-petrel-8", EntityKind.Vessel),
            ("ftm:wallet-jon-1", EntityKind.CryptoWallet),
            ("ftm:vessel-sample-star", EntityKind.Vessel));
    }

    [Fact]
    public void Read_Person_FoldsSanctionAndPassport()
    {
        var jon = Get(Read(SamplePath), "ftm:kp-jon-myong-guk");
        jon.Caption.Should().Be("JON MYONG GUK");
        jon.Names[0].Given.Should().Be("Myong Guk");
        jon.Names[0].Family.Should().Be("Jon");
        jon.Names.Skip(1).Select(n => (n.Full, n.Kind)).Should().Equal(
            ("Cho'n Myo'ng-kuk", NameKind.StrongAlias), ("Jon Yong Sang", NameKind.StrongAlias), ("Jon", NameKind.WeakAlias));
        jon.BirthDates.Should().Equal(DateSpan.Exactly(new PartialDate(1976, 10, 18)), DateSpan.Exactly(new PartialDate(1976, 8, 25)));
        jon.Countries.Should().Equal(new CountryLink("KP", CountryRole.Nationality));
        jon.Identifiers.Select(i => (i.Kind, i.Value, i.Qualifier)).Should().Equal(
            (IdentifierKind.Passport, "4721202031", null), (IdentifierKind.Passport, "836110035", "Diplomatic passport"));
        jon.Identifiers[1].Country.Should().Be("KP");
        jon.Identifiers[1].Note.Should().Be("expires 2020-01-01");
        jon.Facts.Should().Contain([new EntityFact(FactNames.Gender, "male"), new EntityFact("topic", "sanction")]);
        jon.Remarks.Should().Be("Sample record for Pincer tests.");
        var designation = jon.Designations.Should().ContainSingle().Subject;
        designation.Authority.Should().Be("UN Security Council");
        designation.List.Should().Be("un_sc_sanctions");
        designation.Programs.Should().Equal("DPRK");
        designation.ListedOn.Should().Be(new PartialDate(2016, 3, 2));
        designation.References.Should().Equal("KPi.018");
        designation.Measures.Should().Equal("Asset freeze", "Travel ban");
        jon.IsDprk.Should().BeTrue();
        jon.Provenance.Should().Be(new Provenance(ListSources.FollowTheMoney, "entities_sample.ftm.json:line 1"));
    }

    [Fact]
    public void Read_Company_FoldsAddressAndHasOwnershipRelation()
    {
        var snapshot = Read(SamplePath);
        var trading = Get(snapshot, "ftm:kp-sample-trading");
        trading.Names.Should().Contain(n => n.Script == "Hang" && n.Kind == NameKind.StrongAlias);
        trading.Countries.Should().Equal(new CountryLink("KP", CountryRole.Jurisdiction), new CountryLink("KP", CountryRole.Address));
        var address = trading.Addresses.Should().ContainSingle().Subject;
        address.City.Should().Be("Pyongyang");
        address.Full.Should().Be("Central District, Pyongyang");
        trading.Identifiers.Should().ContainSingle().Which.Kind.Should().Be(IdentifierKind.RegistrationNumber);
        trading.Designations.Should().ContainSingle().Which.Programs.Should().Equal("PRK");
        trading.Designations[0].ListedOn.Should().Be(new PartialDate(2017, 12, 22));
        trading.Remarks.Should().Be("Involved in the DPRK's coal trade.");

        snapshot.Relations.Should().Contain(new Relation("ftm:kp-sample-trading", "ftm:hk-sample-holdings", RelationKind.OwnedOrControlledBy)
        {
            Label = "shareholder (51%)",
            Provenance = new Provenance(ListSources.FollowTheMoney, "entities_sample.ftm.json:line 5"),
        });
    }

    [Fact]
    public void Read_VesselAndWallet_HaveIdentifiersAndAssetRelations()
    {
        var snapshot = Read(SamplePath);
        var petrel = Get(snapshot, "ftm:vessel-petrel-8");
        petrel.Identifiers.Select(i => (i.Kind, i.Value)).Should().Equal(
            (IdentifierKind.Imo, "9562233"), (IdentifierKind.Mmsi, "620233000"), (IdentifierKind.CallSign, "D6A2233"));
        petrel.Names.Should().Contain(new EntityName("TIAN TAI 36", NameKind.FormerName));
        petrel.Countries.Should().Equal(new CountryLink("KM", CountryRole.Flag));
        petrel.Facts.Should().Contain([new EntityFact(FactNames.VesselType, "Bulk Carrier"), new EntityFact(FactNames.BuildYear, "2011")]);
        petrel.Designations.Should().ContainSingle().Which.References.Should().Equal("KPv.001");

        var wallet = Get(snapshot, "ftm:wallet-jon-1");
        var address = wallet.Identifiers.Should().ContainSingle().Subject;
        address.Kind.Should().Be(IdentifierKind.CryptoAddress);
        address.Qualifier.Should().Be("XBT");
        wallet.Caption.Should().Be("bc1qa5wkgaew2dkv56kfvj49j0av5nml45x9ek9hz6");

        snapshot.Relations.Select(r => (r.FromId, r.ToId, r.Label)).Should().Contain([
            ("ftm:vessel-petrel-8", "ftm:kp-sample-trading", "owner"),
            ("ftm:wallet-jon-1", "ftm:kp-jon-myong-guk", "holder"),
        ]);
        snapshot.Relations.Should().HaveCount(3);
    }

    [Fact]
    public void Read_InvalidImoAndSkippedSchemata_AreReported()
    {
        var snapshot = Read(SamplePath);
        Get(snapshot, "ftm:vessel-sample-star").Identifiers.Should().BeEmpty();
        snapshot.Issues.Select(i => i.ToString()).Should().BeEquivalentTo(
            "entities_sample.ftm.json:line 13: ftm:vessel-sample-star: invalid imo '9562234': IMO 9562234 fails its check digit",
            "entities_sample.ftm.json: skipped 1 Payment record(s): the schema is not modelled");
    }

    [Fact]
    public void Read_RealNomenklaturaFile_MatchesProvenanceCounts()
    {
        // 474 records: Payment 290, Address 89, Company 56, Person 22, Organization 17.
        var snapshot = Read(DonationsPath);
        snapshot.Entities.Should().HaveCount(56 + 22 + 17);
        snapshot.Entities.Count(e => e.Kind == EntityKind.Person).Should().Be(22);
        snapshot.Entities.Count(e => e.Kind != EntityKind.Person).Should().Be(73);
        snapshot.Entities.Should().OnlyContain(e => e.Names.Count > 0 && e.Id.StartsWith("ftm:", StringComparison.Ordinal));
        snapshot.Entities.Sum(e => e.Addresses.Count).Should().Be(103); // every addressEntity reference resolves to one of the 89 Address records
        snapshot.Entities.Should().Contain(e => e.Caption == "MLPD" && e.Kind == EntityKind.Organization);
        snapshot.Entities.SelectMany(e => e.Countries).Should().OnlyContain(c => c.Role == CountryRole.Address).And.Contain(new CountryLink("DE", CountryRole.Address));
        snapshot.Relations.Should().BeEmpty();
        snapshot.Issues.Select(i => i.Message).Should().Equal("skipped 290 Payment record(s): the schema is not modelled");
    }

    [Fact]
    public void CanRead_OwnAndOtherFormats_DecidesByContent()
    {
        var reader = new FtmJsonReader();
        reader.CanRead(TestFiles.Input(SamplePath)).Should().BeTrue();
        reader.CanRead(TestFiles.Input(DonationsPath)).Should().BeTrue();
        reader.CanRead(TestFiles.Input(SharedData.Path("lists", "un", "UN_consolidated.xml"))).Should().BeFalse();
        reader.CanRead(TestFiles.Input(TestFiles.Fixture("uk", "uk_sanctions_sample.xml"))).Should().BeFalse();
        reader.CanRead(TestFiles.Input(TestFiles.Fixture("eu", "eu_fsf_sample.xml"))).Should().BeFalse();
        reader.CanRead(TestFiles.Input(TestFiles.Write("array.json", "[{\"id\": \"a\", \"schema\": \"Person\"}]"))).Should().BeFalse();
        reader.CanRead(TestFiles.Input(TestFiles.Write("other.json", "{\"name\": \"x\", \"type\": \"y\"}\n"))).Should().BeFalse();
    }

    [Fact]
    public void CanRead_FirstLineLongerThanHead_StillDetects()
    {
        var longNotes = new string('x', 10_000);
        var path = TestFiles.Write("long.json", $$"""{"id": "a", "properties": {"notes": ["{{longNotes}}"]}, "schema": "Person"}""" + "\n");
        new FtmJsonReader().CanRead(TestFiles.Input(path)).Should().BeTrue();
    }

    [Fact]
    public void Read_MalformedLine_ThrowsNamingFileAndLine()
    {
        var lines = File.ReadAllLines(SamplePath);
        var path = TestFiles.Write("broken.ftm.json", string.Join('\n', lines[..3]) + "\n" + lines[3][..40] + "\n" + lines[4] + "\n");
        var act = () => Read(path);
        var ex = act.Should().Throw<ListFormatException>().Which;
        ex.File.Should().Be(path);
        ex.Position.Should().StartWith("line 4");
        ex.Problem.Should().StartWith("malformed JSON");
    }

    [Fact]
    public void Read_TruncatedFile_ThrowsNamingFileAndLine()
    {
        var path = TestFiles.Truncated(SamplePath, 0.5);
        var act = () => Read(path);
        var ex = act.Should().Throw<ListFormatException>().Which;
        ex.File.Should().Be(path);
        ex.Position.Should().StartWith("line ");
    }

    [Fact]
    public void Read_LineWithoutSchema_ThrowsNamingPropertyAndLine()
    {
        var path = TestFiles.Write("noschema.ftm.json", "{\"id\": \"a\", \"schema\": \"Person\", \"properties\": {\"name\": [\"A\"]}}\n{\"id\": \"b\", \"properties\": {}}\n");
        var act = () => Read(path);
        var ex = act.Should().Throw<ListFormatException>().Which;
        ex.Position.Should().Be("line 2");
        ex.Problem.Should().Contain("\"schema\"");
    }

    [Fact]
    public void Read_DanglingReferences_AreReportedNotKept()
    {
        var path = TestFiles.Write("dangling.ftm.json", """
            {"id": "p", "schema": "Person", "properties": {"name": ["A PERSON"], "nationality": ["zz-unknown"]}}
            {"id": "s", "schema": "Sanction", "properties": {"entity": ["missing"], "program": ["X"]}}
            {"id": "o", "schema": "Ownership", "properties": {"owner": ["p"], "asset": ["missing"]}}
            """);
        var snapshot = Read(path);
        snapshot.Entities.Should().ContainSingle().Which.Designations.Should().BeEmpty();
        snapshot.Relations.Should().BeEmpty();
        snapshot.Issues.Should().HaveCount(3);
        snapshot.Issues.Should().Contain(i => i.Message.Contains("zz-unknown", StringComparison.Ordinal) && i.Locator == "dangling.ftm.json:line 1");
    }
}
