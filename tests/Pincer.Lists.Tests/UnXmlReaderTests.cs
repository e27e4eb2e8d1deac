using Pincer.Core;
using Pincer.Lists.Un;
using Pincer.Testing;

namespace Pincer.Lists.Tests;

public sealed class UnXmlReaderTests
{
    private static readonly Lazy<ListSnapshot> RealList = new(() =>
        new UnXmlReader().Read(TestFiles.Input(RealPath), cancellationToken: TestContext.Current.CancellationToken));

    private static string RealPath => SharedData.Path("lists", "un", "UN_consolidated.xml");

    private static ListSnapshot Snapshot => RealList.Value;

    private static Entity Get(string id) => Snapshot.Entities.Single(e => string.Equals(e.Id, id, StringComparison.Ordinal));

    [Fact]
    public void Read_RealList_HasAllEntriesByKind()
    {
        Snapshot.Source.Should().Be(ListSources.UnSecurityCouncil);
        Snapshot.Format.Should().Be("un-xml");
        Snapshot.Published.Should().Be(new PartialDate(2026, 2, 27));
        Snapshot.Entities.Should().HaveCount(1003);
        Snapshot.Entities.Count(e => e.Kind == EntityKind.Person).Should().Be(730);
        Snapshot.Entities.Count(e => e.Kind != EntityKind.Person).Should().Be(273);
        Snapshot.Entities.Select(e => e.Id).Should().OnlyHaveUniqueItems();
        Snapshot.Entities.Should().OnlyContain(e => e.Designations.Count == 1 && e.Provenance != null);
    }

    [Fact]
    public void Read_RealList_HasDprkProgrammeCounts()
    {
        var dprk = Snapshot.Entities.Where(e => e.AllPrograms.Contains("DPRK", StringComparer.Ordinal)).ToList();
        dprk.Should().HaveCount(155);
        dprk.Count(e => e.Id.StartsWith("un-sc:KPi.", StringComparison.Ordinal)).Should().Be(80);
        dprk.Count(e => e.Id.StartsWith("un-sc:KPe.", StringComparison.Ordinal)).Should().Be(75);
        dprk.Should().OnlyContain(e => e.IsDprk);
    }

    [Fact]
    public void Read_RealList_KeepsEveryNonEmptyAlias()
    {
        // The file has 3,043 alias elements (2,308 INDIVIDUAL_ALIAS + 735 ENTITY_ALIAS); 291 of them are empty
        // placeholders (<QUALITY/><ALIAS_NAME/>), which carry no name.
        var aliases = Snapshot.Entities.SelectMany(e => e.Names).Where(n => n.Kind != NameKind.Primary).ToList();
        aliases.Should().HaveCount(3043 - 291);
        // 19 f.k.a. aliases plus 37 whose NOTE says "previously/formerly listed as" (2 of those are QUALITY Low).
        aliases.Count(n => n.Kind == NameKind.FormerName).Should().Be(56);
        aliases.Count(n => n.Kind == NameKind.WeakAlias).Should().Be(613);
        aliases.Count(n => n.Kind == NameKind.StrongAlias).Should().Be(3043 - 291 - 613 - 56);
    }

    [Fact]
    public void Read_RealList_KeepsOriginalScriptNames()
    {
        // 378 entries have a NAME_ORIGINAL_SCRIPT; in QDe.164 it merely repeats the Latin primary name.
        Snapshot.Entities.Count(e => e.Names.Any(n => n.Kind == NameKind.Primary && n.IsOriginalScript)).Should().Be(377);
        Get("un-sc:QDe.164").Names.Count(n => n.Kind == NameKind.Primary).Should().Be(1);
        Get("un-sc:IQi.001").Names.Should().Contain(n => n.Kind == NameKind.Primary && n.Script == "Arab");
        Snapshot.Entities.Should().OnlyContain(e => !e.Names[0].IsOriginalScript && e.Names[0].Kind == NameKind.Primary);
    }

    [Fact]
    public void Read_KPi018_IsFullyMapped()
    {
        var jon = Get("un-sc:KPi.018");
        jon.Kind.Should().Be(EntityKind.Person);
        jon.Caption.Should().Be("JON MYONG GUK");
        jon.Names[0].Family.Should().Be("JON");
        jon.Names[0].Given.Should().Be("MYONG GUK");
        jon.Names.Where(n => n.Kind == NameKind.StrongAlias).Select(n => n.Full).Should().Equal("Cho’n Myo’ng-kuk", "Jon Yong Sang");
        jon.BirthDates.Should().Equal(DateSpan.Exactly(new PartialDate(1976, 8, 25)), DateSpan.Exactly(new PartialDate(1976, 10, 18)));
        var passport = jon.Identifiers.Should().ContainSingle().Subject;
        passport.Kind.Should().Be(IdentifierKind.Passport);
        passport.Value.Should().Be("4721202031");
        passport.Note.Should().Be("Expires 21 Feb. 2017");
        jon.Countries.Should().Equal(new CountryLink("KP", CountryRole.Nationality));
        var designation = jon.Designations.Should().ContainSingle().Subject;
        designation.Authority.Should().Be("UN-SC");
        designation.List.Should().Be("UN List");
        designation.Programs.Should().Equal("DPRK");
        designation.References.Should().Equal("KPi.018");
        designation.ListedOn.Should().Be(new PartialDate(2016, 3, 2));
        jon.Facts.Should().Contain(new EntityFact(FactNames.Position, "Tanchon Commercial Bank Representative in Syria"));
        jon.Remarks.Should().StartWith("Pursuant to Resolution 2371(2017)");
        jon.Provenance!.Source.Should().Be(ListSources.UnSecurityCouncil);
        jon.Provenance.Locator.Should().StartWith("UN_consolidated.xml:line ");
    }

    [Fact]
    public void Read_RealList_MapsBirthDateRangesAndApproximations()
    {
        var persons = Snapshot.Entities.Where(e => e.Kind == EntityKind.Person).ToList();
        persons.SelectMany(e => e.BirthDates).Count(d => !d.IsSingle).Should().Be(31);
        persons.SelectMany(e => e.BirthDates).Should().Contain(d => d.Approximate);
        Get("un-sc:CDi.001").BirthDates.Should().Equal(DateSpan.Exactly(new PartialDate(1971)));
    }

    [Fact]
    public void Read_RealList_MapsAddressesDocumentsAndFacts()
    {
        var gaston = Get("un-sc:CDi.003");
        gaston.Names[0].Given.Should().Be("GASTON");
        gaston.Names[0].Family.Should().Be("IYAMUREMYE");
        gaston.Names.Should().Contain(new EntityName("Rumuli", NameKind.WeakAlias));
        gaston.Countries.Should().Contain([new CountryLink("RW", CountryRole.Nationality), new CountryLink("CD", CountryRole.Address), new CountryLink("RW", CountryRole.BirthPlace)]);
        gaston.Addresses.Should().ContainSingle().Which.Region.Should().Be("North Kivu Province");
        gaston.BirthPlaces.Should().StartWith("Musanze District, Northern Province, Rwanda");
        gaston.Facts.Where(f => string.Equals(f.Name, FactNames.Position, StringComparison.Ordinal)).Should().HaveCount(3);
        gaston.Facts.Should().Contain(new EntityFact(FactNames.Gender, "Male"));

        var ids = Snapshot.Entities.SelectMany(e => e.Identifiers).ToList();
        ids.Count(i => i.Kind == IdentifierKind.Passport).Should().BeGreaterThan(300);
        ids.Count(i => i.Kind == IdentifierKind.NationalId).Should().BeGreaterThan(140);
        ids.Should().Contain(i => i.Kind == IdentifierKind.NationalId && string.Equals(i.Qualifier, "FARDC ID", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_RealList_ScansCommentsForImoNumbersAndReportsInvalidOnes()
    {
        // Sixteen IMO numbers are quoted in COMMENTS1 (company/registered-owner numbers of DPRK shipping entities);
        // only 1790183 passes the ship-number check digit, the other fifteen are reported.
        var imos = Snapshot.Entities.SelectMany(e => e.Identifiers.Where(i => i.Kind == IdentifierKind.Imo).Select(i => (e.Id, i.Value))).ToList();
        imos.Should().ContainSingle().Which.Value.Should().Be("1790183");
        Snapshot.Issues.Count(i => i.Message.Contains("invalid imo", StringComparison.Ordinal)).Should().Be(15);
    }

    [Fact]
    public void Read_NotAvailableMarkers_AreNotNamibiaNorNames()
    {
        Snapshot.Entities.SelectMany(e => e.Countries).Should().NotContain(c => c.Code == "NA");
        Snapshot.Entities.Should().Contain(e => e.Caption == "FAIZULLAH KHAN NOORZAI");
    }

    [Fact]
    public void Read_RealList_OrganisationsAreClassified()
    {
        Snapshot.Entities.Where(e => e.Kind != EntityKind.Person).Should()
            .OnlyContain(e => e.Kind == EntityKind.Organization || e.Kind == EntityKind.Company || e.Kind == EntityKind.Bank);
        Snapshot.Entities.Count(e => e.Kind == EntityKind.Bank).Should().BeGreaterThan(0);
    }

    [Fact]
    public void CanRead_OwnAndOtherFormats_DecidesByContent()
    {
        var reader = new UnXmlReader();
        reader.CanRead(TestFiles.Input(RealPath)).Should().BeTrue();
        reader.CanRead(TestFiles.Input(TestFiles.Fixture("uk", "uk_sanctions_sample.xml"))).Should().BeFalse();
        reader.CanRead(TestFiles.Input(TestFiles.Fixture("eu", "eu_fsf_sample.xml"))).Should().BeFalse();
        reader.CanRead(TestFiles.Input(TestFiles.Fixture("ftm", "entities_sample.ftm.json"))).Should().BeFalse();
        var renamed = TestFiles.Write("UN_consolidated.xml", "<?xml version=\"1.0\"?><other/>");
        reader.CanRead(TestFiles.Input(renamed)).Should().BeFalse();
    }

    [Fact]
    public void Read_Bzip2CompressedList_IsReadTransparently()
    {
        var path = TestFiles.Write("un_list.bin", "");
        using (var source = File.OpenRead(RealPath))
        using (var target = File.Create(path))
        {
            ICSharpCode.SharpZipLib.BZip2.BZip2.Compress(source, target, isStreamOwner: false, level: 1);
        }

        var input = TestFiles.Input(path);
        input.IsBzip2.Should().BeTrue();
        new UnXmlReader().CanRead(input).Should().BeTrue();
        var snapshot = new UnXmlReader().Read(input, cancellationToken: TestContext.Current.CancellationToken);
        snapshot.Entities.Should().HaveCount(1003);
    }

    [Fact]
    public void CanRead_AllFourReaders_AcceptExactlyTheirOwnSamples()
    {
        IListReader[] readers = [new UnXmlReader(), new Uk.UkSanctionsXmlReader(), new Eu.EuFsfXmlReader(), new Ftm.FtmJsonReader()];
        string[] samples =
        [
            RealPath,
            TestFiles.Fixture("uk", "uk_sanctions_sample.xml"),
            TestFiles.Fixture("eu", "eu_fsf_sample.xml"),
            TestFiles.Fixture("ftm", "entities_sample.ftm.json"),
        ];
        for (var r = 0; r < readers.Length; r++)
        {
            for (var s = 0; s < samples.Length; s++)
            {
                readers[r].CanRead(TestFiles.Input(samples[s])).Should().Be(r == s, $"{readers[r].Format} on {Path.GetFileName(samples[s])}");
            }
        }

        readers.Select(r => r.Format).Should().Equal("un-xml", "uk-xml", "eu-fsf-xml", "ftm-json");
    }

    [Fact]
    public void Read_TruncatedFile_ThrowsNamingFileAndLine()
    {
        var path = TestFiles.Truncated(RealPath, 0.37);
        var act = () => new UnXmlReader().Read(TestFiles.Input(path), cancellationToken: TestContext.Current.CancellationToken);
        var ex = act.Should().Throw<ListFormatException>().Which;
        ex.File.Should().Be(path);
        ex.Position.Should().StartWith("line ");
        ex.Message.Should().Contain("truncated_UN_consolidated.xml");
    }

    [Fact]
    public void Read_DoctypeWithExternalEntity_ThrowsMentioningDtd()
    {
        var secret = TestFiles.Write("secret.txt", "TOP-SECRET");
        var path = TestFiles.Write("un_xxe.xml", $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE CONSOLIDATED_LIST [ <!ENTITY xxe SYSTEM "file://{secret}"> ]>
            <CONSOLIDATED_LIST dateGenerated="2026-02-27T00:00:00Z">
              <INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>&xxe;</FIRST_NAME><REFERENCE_NUMBER>X.1</REFERENCE_NUMBER></INDIVIDUAL></INDIVIDUALS>
            </CONSOLIDATED_LIST>
            """);
        var act = () => new UnXmlReader().Read(TestFiles.Input(path), cancellationToken: TestContext.Current.CancellationToken);
        var ex = act.Should().Throw<ListFormatException>().Which;
        ex.Problem.Should().Contain("DTD");
        ex.Message.Should().NotContain("TOP-SECRET");
        ex.Message.Should().Contain("un_xxe.xml");
    }

    [Fact]
    public void Read_RecordWithoutName_ThrowsNamingElementAndLine()
    {
        var path = TestFiles.Write("un_noname.xml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <CONSOLIDATED_LIST dateGenerated="2026-02-27T00:00:00Z">
              <INDIVIDUALS>
                <INDIVIDUAL><DATAID>1</DATAID><REFERENCE_NUMBER>KPi.999</REFERENCE_NUMBER></INDIVIDUAL>
              </INDIVIDUALS>
            </CONSOLIDATED_LIST>
            """);
        var act = () => new UnXmlReader().Read(TestFiles.Input(path), cancellationToken: TestContext.Current.CancellationToken);
        var ex = act.Should().Throw<ListFormatException>().Which;
        ex.Position.Should().Be("line 4");
        ex.Problem.Should().Contain("FIRST_NAME");
    }

    [Fact]
    public void Read_InvalidValues_AreReportedNotKept()
    {
        var path = TestFiles.Write("un_small.xml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <CONSOLIDATED_LIST dateGenerated="2026-02-27T00:00:00Z">
              <ENTITIES>
                <ENTITY>
                  <DATAID>77</DATAID>
                  <FIRST_NAME>OCEAN TEST SHIPPING CO., LTD.</FIRST_NAME>
                  <UN_LIST_TYPE>DPRK</UN_LIST_TYPE>
                  <LISTED_ON>2017-12-22</LISTED_ON>
                  <COMMENTS1>IMO number: 1234568. Also IMO 9562233.</COMMENTS1>
                  <ENTITY_ADDRESS><COUNTRY>Atlantis</COUNTRY></ENTITY_ADDRESS>
                </ENTITY>
              </ENTITIES>
            </CONSOLIDATED_LIST>
            """);
        var snapshot = new UnXmlReader().Read(TestFiles.Input(path), cancellationToken: TestContext.Current.CancellationToken);
        var entity = snapshot.Entities.Should().ContainSingle().Subject;
        entity.Id.Should().Be("un-sc:77");
        entity.Kind.Should().Be(EntityKind.Company);
        entity.Identifiers.Should().ContainSingle().Which.Value.Should().Be("9562233");
        snapshot.Issues.Should().HaveCount(2);
        snapshot.Issues.Should().Contain(i => i.Message.Contains("1234568", StringComparison.Ordinal) && i.Locator == "un_small.xml:line 9");
        snapshot.Issues.Should().Contain(i => i.Message.Contains("Atlantis", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_WithProgressAndCancellation_ReportsAndStops()
    {
        var reports = new List<ReadProgress>();
        new UnXmlReader().Read(TestFiles.Input(RealPath), new SyncProgress<ReadProgress>(reports.Add), TestContext.Current.CancellationToken);
        reports.Should().NotBeEmpty();
        reports[^1].TotalBytes.Should().Be(new FileInfo(RealPath).Length);

        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var act = () => new UnXmlReader().Read(TestFiles.Input(RealPath), cancellationToken: cts.Token);
        act.Should().Throw<OperationCanceledException>();
    }
}

/// <summary>IProgress that reports synchronously (Progress&lt;T&gt; posts to the thread pool).</summary>
internal sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
