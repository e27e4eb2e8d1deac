using System.Text;
using ICSharpCode.SharpZipLib.BZip2;
using Pincer.Core;
using Pincer.Lists;
using Pincer.Lists.Ofac;
using Pincer.Testing;

namespace Pincer.Lists.Tests;

public sealed class OfacCsvReaderTests
{
    private static readonly Lazy<ListSnapshot> Sdn = new(() => Read(SharedData.Path("lists", "ofac_sdn")));
    private static readonly Lazy<ListSnapshot> Sdn2021 = new(() => Read(SharedData.Path("lists", "ofac_sdn_2021")));
    private static readonly Lazy<ListSnapshot> Cons = new(() => Read(SharedData.Path("lists", "ofac_cons")));

    private const string Row36 = "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n";

    private static ListSnapshot Read(string path) => new OfacCsvReader().Read(ListInput.FromPath(path));

    private static Entity ById(ListSnapshot snapshot, string entNum) =>
        snapshot.Entities.Single(e => string.Equals(e.Id, $"{snapshot.Source}:{entNum}", StringComparison.Ordinal));

    // ---- the 2024-05-03 SDN set -------------------------------------------------------------

    [Fact]
    public void Read_Sdn2024_Has14965EntriesByKind()
    {
        var entities = Sdn.Value.Entities;

        entities.Should().HaveCount(14_965);
        entities.Count(e => e.Kind == EntityKind.Person).Should().Be(6_854);
        entities.Count(e => e.Kind == EntityKind.Vessel).Should().Be(851);
        entities.Count(e => e.Kind == EntityKind.Aircraft).Should().Be(376);
        entities.Count(e => e.Kind is EntityKind.Organization or EntityKind.Company or EntityKind.Bank).Should().Be(6_884);
        entities.Select(e => e.Id).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Read_Sdn2024_SnapshotDescribesSourceAndFormat()
    {
        var snapshot = Sdn.Value;

        snapshot.Source.Should().Be(ListSources.OfacSdn);
        snapshot.Published.Should().BeNull();
        snapshot.Format.Should().Be("ofac-csv");
        var first = snapshot.Entities[0];
        first.Id.Should().Be("us-ofac-sdn:36");
        first.Caption.Should().Be("AEROCARIBBEAN AIRLINES");
        first.Provenance.Should().Be(new Provenance(ListSources.OfacSdn, "sdn.csv:1"));
        first.Designations.Should().ContainSingle().Which.Should().Match<Designation>(d =>
            d.Authority == "US-OFAC" && d.List == "SDN" && d.Programs.SequenceEqual(new[] { "CUBA" }) && d.References.SequenceEqual(new[] { "36" }));
    }

    [Fact]
    public void Read_Sdn2024_Has484DprkEntriesByProgram()
    {
        var entities = Sdn.Value.Entities;
        var dprk = entities.Where(e => e.IsDprk).ToList();

        dprk.Should().HaveCount(484);
        int Program(string code) => entities.Count(e => e.AllPrograms.Contains(code, StringComparer.Ordinal));
        Program("DPRK").Should().Be(57);
        Program("DPRK2").Should().Be(111);
        Program("DPRK3").Should().Be(147);
        Program("DPRK4").Should().Be(174);
        Program("DPRK-NKSPEA").Should().Be(2);
        dprk.Count(e => e.Kind == EntityKind.Person).Should().Be(164);
        dprk.Count(e => e.Kind == EntityKind.Vessel).Should().Be(105);
        dprk.Count(e => e.Kind == EntityKind.Aircraft).Should().Be(16);
        dprk.Count(e => e.Kind is EntityKind.Organization or EntityKind.Company or EntityKind.Bank).Should().Be(199);
    }

    [Fact]
    public void Read_Sdn2024_844Of851VesselsHaveAValidImo()
    {
        var vessels = Sdn.Value.Entities.Where(e => e.Kind == EntityKind.Vessel).ToList();

        vessels.Count(v => v.Identifiers.Any(i => i.Kind == IdentifierKind.Imo)).Should().Be(844);
        vessels.Count(v => v.IsDprk && v.Identifiers.Any(i => i.Kind == IdentifierKind.Imo)).Should().Be(104);

        // The seven without: registered by national number only, an MMSI only, or nothing at all.
        vessels.Where(v => !v.Identifiers.Any(i => i.Kind == IdentifierKind.Imo))
            .Select(v => v.Caption)
            .Should().BeEquivalentTo("MAR AZUL", "RYONG GUN BONG", "BONU 5", "ST. VITAMIN", "FU YUAN YU 8683", "SHELLEST", "NEGA");
    }

    [Fact]
    public void Read_Sdn2024_EveryImoKeptPassesItsCheckDigit()
    {
        var imos = Sdn.Value.Entities.SelectMany(e => e.Identifiers).Where(i => i.Kind == IdentifierKind.Imo).ToList();

        imos.Should().NotBeEmpty();
        imos.Should().OnlyContain(i => i.Value.Length == 7 && IdentifierNormalizer.IsValidImoCheckDigit(i.Value));
    }

    [Fact]
    public void Read_Sdn2024_ImoOnACompany_IsKeptAsImoCompanyNumber()
    {
        // CHONGBONG SHIPPING CO LTD: "Vessel Registration Identification IMO 5878589" is the IMO company number.
        var company = ById(Sdn.Value, "19569");

        company.Identifiers.Should().NotContain(i => i.Kind == IdentifierKind.Imo);
        company.Identifiers.Should().ContainSingle(i => i.Kind == IdentifierKind.RegistrationNumber && i.Qualifier == "IMO Company Number")
            .Which.Value.Should().Be("5878589");
    }

    [Fact]
    public void Read_Sdn2024_DprkVessel_HasImoFlagAndVesselFacts()
    {
        var vessel = ById(Sdn.Value, "17069");

        vessel.Caption.Should().Be("CHONG CHON GANG");
        vessel.Kind.Should().Be(EntityKind.Vessel);
        vessel.AllPrograms.Should().Equal("DPRK");
        vessel.Identifiers.Should().ContainSingle(i => i.Kind == IdentifierKind.Imo).Which.Value.Should().Be("7937317");
        vessel.Countries.Should().Contain(new CountryLink("KP", CountryRole.Flag));
        vessel.Facts.Should().Contain(new EntityFact(FactNames.VesselType, "General Cargo"));
    }

    [Fact]
    public void Read_Sdn2024_326Of376AircraftHaveAnMsn()
    {
        var aircraft = Sdn.Value.Entities.Where(e => e.Kind == EntityKind.Aircraft).ToList();

        aircraft.Count(a => a.Identifiers.Any(i => i.Kind == IdentifierKind.AircraftSerial && i.Qualifier == "MSN")).Should().Be(326);
        aircraft.Count(a => a.Identifiers.Any(i => i.Kind == IdentifierKind.AircraftSerial)).Should().Be(357);
    }

    [Fact]
    public void Read_Sdn2024_CryptoAddressesByChain()
    {
        // PROVENANCE.md counts 567 by searching sdn.csv and sdn_comments.csv separately, which misses the two
        // addresses cut at the 1,000-character boundary (ent 29703 ETH, 31212 BCH). Joined, the text holds 569
        // occurrences; ent 37070 lists one XBT address twice, so 568 distinct identifiers remain.
        var entities = Sdn.Value.Entities;
        var crypto = entities.SelectMany(e => e.Identifiers).Where(i => i.Kind == IdentifierKind.CryptoAddress).ToList();

        crypto.Should().HaveCount(568);
        entities.Count(e => e.Identifiers.Any(i => i.Kind == IdentifierKind.CryptoAddress)).Should().Be(56);
        crypto.Count(i => i.Qualifier == "XBT").Should().Be(388);
        crypto.Count(i => i.Qualifier == "ETH").Should().Be(72);
        crypto.Count(i => i.Qualifier == "USDT").Should().Be(68);
        entities.Where(e => e.IsDprk).SelectMany(e => e.Identifiers).Count(i => i.Kind == IdentifierKind.CryptoAddress).Should().Be(116);
    }

    [Fact]
    public void Read_Sdn2024_LazarusLaunderer_HasXbtAddressAndLinkToLazarusGroup()
    {
        var snapshot = Sdn.Value;
        var tian = ById(snapshot, "28263");

        tian.Caption.Should().Be("TIAN, Yinyin");
        tian.Names[0].Family.Should().Be("TIAN");
        tian.Names[0].Given.Should().Be("Yinyin");
        tian.Identifiers.Should().Contain(i => i.Kind == IdentifierKind.CryptoAddress && i.Qualifier == "XBT" && i.Value == "134r8iHv69xdT6p5qVKTsHrcUEuBVZAYak");
        tian.Identifiers.Should().Contain(i => i.Kind == IdentifierKind.Email && i.Value == "417136259@qq.com");
        tian.BirthDates.Should().Equal(DateSpan.Exactly(new PartialDate(1986, 7, 12)));

        // "Linked To: LAZARUS GROUP." is in the overflow (sdn_comments.csv).
        snapshot.Relations.Should().Contain(new Relation("us-ofac-sdn:28263", "us-ofac-sdn:27307", RelationKind.LinkedTo)
        {
            Label = "Linked To",
            Provenance = tian.Provenance,
        });
    }

    [Fact]
    public void Read_Sdn2024_LinkedToRemarks_BecomeRelationsBetweenEntries()
    {
        var snapshot = Sdn.Value;
        var ids = snapshot.Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);

        snapshot.Relations.Should().HaveCount(6_372);
        snapshot.Relations.Should().OnlyContain(r => ids.Contains(r.FromId) && ids.Contains(r.ToId) && r.FromId != r.ToId);

        // Eight links name entries of the consolidated (non-SDN) list, e.g. ROSNEFT and GAZPROM.
        snapshot.Issues.Count(i => i.Message.Contains("names no primary name", StringComparison.Ordinal)).Should().Be(8);
    }

    [Fact]
    public void Read_Sdn2024_VesselFlags_ResolveOfacSpellings()
    {
        var snapshot = Sdn.Value;

        ById(snapshot, "27200").Countries.Should().Contain(new CountryLink("VC", CountryRole.Flag));
        snapshot.Issues.Should().NotContain(i => i.Message.Contains("vessel flag", StringComparison.Ordinal));
        snapshot.Entities.Where(e => e.Kind == EntityKind.Vessel).Count(v => v.Countries.Any(c => c.Role == CountryRole.Flag)).Should().BeGreaterThan(800);
    }

    [Fact]
    public void Read_Sdn2024_KoreaKwangsonBankingCorp_IsABank()
    {
        var bank = ById(Sdn.Value, "11581");

        bank.Caption.Should().Be("KOREA KWANGSON BANKING CORP");
        bank.Kind.Should().Be(EntityKind.Bank);

        // Listed under the proliferation programme, not a DPRK* one.
        bank.AllPrograms.Should().Equal("NPWMD");
        bank.Names.Select(n => n.Full).Should().Contain(["KKBC", "DPRK BORDER TRADE SETTLEMENT BANK"]);
        bank.Addresses.Should().ContainSingle().Which.Should().Be(new Address
        {
            Street = "Jungson-dong, Sungri Street, Central District",
            City = "Pyongyang",
            Country = "KP",
            Full = "Jungson-dong, Sungri Street, Central District, Pyongyang, Korea, North",
        });
        bank.Countries.Should().Contain(new CountryLink("KP", CountryRole.Address));
    }

    [Fact]
    public void Read_Sdn2024_DprkBankWithSwift_HasBic()
    {
        var bank = ById(Sdn.Value, "12312");

        bank.Kind.Should().Be(EntityKind.Bank);
        bank.Identifiers.Should().Contain(i => i.Kind == IdentifierKind.Bic && i.Value == "KDBKKPPY");
    }

    [Fact]
    public void Read_Sdn2024_NamesComeFromMainAltAndRemarks()
    {
        var banco = ById(Sdn.Value, "306");

        banco.Names.Should().Equal(
            new EntityName("BANCO NACIONAL DE CUBA"),
            new EntityName("NATIONAL BANK OF CUBA", NameKind.StrongAlias),
            new EntityName("BNC", NameKind.StrongAlias));
        banco.Remarks.Should().Be("a.k.a. 'BNC'.");
        banco.Addresses.Should().HaveCount(4);
    }

    [Fact]
    public void Read_Sdn2024_Individual_HasPassportNationalityAndBirthDate()
    {
        var person = ById(Sdn.Value, "18552");

        person.Kind.Should().Be(EntityKind.Person);
        person.Identifiers.Should().ContainSingle(i => i.Kind == IdentifierKind.Passport)
            .Which.Should().Match<Identifier>(i => i.Value == "472220033" && i.Country == "KP");
        person.Countries.Should().Contain(new CountryLink("KP", CountryRole.Nationality));
        person.BirthDates.Should().Equal(DateSpan.Exactly(new PartialDate(1955, 4, 6)));
    }

    [Fact]
    public void Read_Sdn2024_OrphanRows_ReportedOncePerFile()
    {
        var issues = Sdn.Value.Issues;

        issues.Should().ContainSingle(i => i.Locator == "add.csv" && i.Message.Contains("4253 ent_nums", StringComparison.Ordinal));
        issues.Should().ContainSingle(i => i.Locator == "alt.csv" && i.Message.Contains("1567 ent_nums", StringComparison.Ordinal));
        Sdn.Value.Entities.Should().NotContain(e => e.Id == "us-ofac-sdn:17016");
    }

    [Fact]
    public void Read_Sdn2024_RemarksProblems_AreIssuesWithLineLocators()
    {
        var issues = Sdn.Value.Issues;

        // "Legal Entity Number 851683897 (Netherlands)" is not an LEI.
        issues.Should().Contain(i => i.Locator.StartsWith("sdn.csv:", StringComparison.Ordinal) && i.Message.StartsWith("ent_num 23257: ", StringComparison.Ordinal));
        issues.Should().HaveCountLessThan(60);
    }

    [Fact]
    public void Read_Sdn2024_MainFilePath_FindsSiblingsByName()
    {
        var snapshot = Read(SharedData.Path("lists", "ofac_sdn", "sdn.csv"));

        snapshot.Entities.Should().HaveCount(14_965);
        ById(snapshot, "306").Names.Should().HaveCount(3);
    }

    // ---- the 2021 SDN set and the consolidated list -----------------------------------------

    [Fact]
    public void Read_Sdn2021_Has8976EntriesAnd414Dprk()
    {
        var entities = Sdn2021.Value.Entities;

        entities.Should().HaveCount(8_976);
        entities.Count(e => e.IsDprk).Should().Be(414);
        var dprkVessels = entities.Where(e => e.IsDprk && e.Kind == EntityKind.Vessel).ToList();
        dprkVessels.Should().HaveCount(106);
        dprkVessels.Count(v => v.Identifiers.Any(i => i.Kind == IdentifierKind.Imo)).Should().Be(105);
        entities.Count(e => e.IsDprk && e.Kind == EntityKind.Aircraft).Should().Be(16);
    }

    [Fact]
    public void Read_Sdn2021_Has96CryptoAddressesAndNoOrphans()
    {
        // 97 occurrences once the overflow is joined; one ETH address (ent 29702) has 39 hex digits and is reported.
        var snapshot = Sdn2021.Value;

        snapshot.Entities.SelectMany(e => e.Identifiers).Count(i => i.Kind == IdentifierKind.CryptoAddress).Should().Be(96);
        snapshot.Issues.Should().Contain(i => i.Message.StartsWith("ent_num 29702: ", StringComparison.Ordinal));
        snapshot.Issues.Should().NotContain(i => i.Message.Contains("not in sdn.csv", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_Consolidated_Has442EntriesAnd79Individuals()
    {
        var snapshot = Cons.Value;

        snapshot.Source.Should().Be(ListSources.OfacConsolidated);
        snapshot.Entities.Should().HaveCount(442);
        snapshot.Entities.Count(e => e.Kind == EntityKind.Person).Should().Be(79);
        snapshot.Entities.Count(e => e.IsDprk).Should().Be(0);
        snapshot.Entities.Should().OnlyContain(e => e.Id.StartsWith("us-ofac-cons:", StringComparison.Ordinal)
                                                    && e.Designations[0].List == "Consolidated"
                                                    && e.Provenance!.Locator.StartsWith("cons_prim.csv:", StringComparison.Ordinal));
        snapshot.Entities.SelectMany(e => e.AllPrograms).Count(p => p == "UKRAINE-EO13662").Should().Be(286);
        snapshot.Issues.Should().NotContain(i => i.Message.Contains("not in cons_prim.csv", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_Consolidated_AliasesFromConsAlt()
    {
        var haniya = ById(Cons.Value, "9639");

        haniya.Names.Should().Contain(new EntityName("HANIYYA, Ismaeel", NameKind.StrongAlias) { Family = "HANIYYA", Given = "Ismaeel" });
        haniya.BirthDates.Should().Equal(DateSpan.Exactly(new PartialDate(1962)));
        haniya.BirthPlaces.Should().Equal("Shati");
    }

    // ---- detection --------------------------------------------------------------------------

    [Theory]
    [InlineData("ofac_sdn")]
    [InlineData("ofac_sdn_2021")]
    [InlineData("ofac_cons")]
    [InlineData("ofac_sdn", "sdn.csv")]
    [InlineData("ofac_cons", "cons_prim.csv")]
    public void CanRead_OfacSetOrMainFile_True(params string[] parts)
    {
        new OfacCsvReader().CanRead(ListInput.FromPath(SharedData.Path(["lists", .. parts]))).Should().BeTrue();
    }

    [Theory]
    [InlineData("un", "UN_consolidated.xml")]
    [InlineData("us_csl", "csl_2019_fixture.csv")]
    [InlineData("ofac_sdn", "add.csv")]
    [InlineData("ofac_sdn", "alt.csv")]
    [InlineData("un")]
    public void CanRead_OtherContent_False(params string[] parts)
    {
        new OfacCsvReader().CanRead(ListInput.FromPath(SharedData.Path(["lists", .. parts]))).Should().BeFalse();
    }

    [Fact]
    public void CanRead_RenamedMainFile_JudgedByContent()
    {
        using var dir = new TempDir();
        var path = dir.Write("list.txt", Row36);

        new OfacCsvReader().CanRead(ListInput.FromPath(path)).Should().BeTrue();
    }

    // ---- malformed input and edge cases (fixtures in a temp folder) --------------------------

    [Fact]
    public void Read_StrayQuoteInField_ThrowsNamingFileLineAndColumn()
    {
        using var dir = new TempDir();
        dir.Write("sdn.csv", Row36 + "173,\"ANGLO \"CARIBBEAN\" CO\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n");

        var act = () => Read(dir.Path);

        var ex = act.Should().Throw<ListFormatException>().Which;
        ex.File.Should().Be("sdn.csv");
        ex.Position.Should().Be("line 2, column 13");
        ex.Message.Should().StartWith("sdn.csv:line 2, column 13: expected ','");
    }

    [Fact]
    public void Read_UnterminatedQuote_ThrowsNamingLine()
    {
        using var dir = new TempDir();
        dir.Write("sdn.csv", Row36 + Row36.Replace("36,", "37,", StringComparison.Ordinal) + "38,\"BROKEN,-0- ,-0- \r\n" + Row36);

        var act = () => Read(dir.Path);

        var ex = act.Should().Throw<ListFormatException>().Which;
        ex.File.Should().Be("sdn.csv");
        ex.Position.Should().StartWith("line 3, ");
        ex.Position.Should().Be("line 3, column 4");
        ex.Problem.Should().Be("expected a closing '\"' for the field that opens here, found the end of the line");
    }

    [Fact]
    public void Read_WrongColumnCount_ThrowsNamingLine()
    {
        using var dir = new TempDir();
        dir.Write("sdn.csv", Row36 + "173,\"ANGLO-CARIBBEAN CO., LTD.\",-0- ,\"CUBA\"\r\n");

        var act = () => Read(dir.Path);

        act.Should().Throw<ListFormatException>()
            .Which.Message.Should().Be("sdn.csv:line 2: expected 12 fields, found 4");
    }

    [Fact]
    public void Read_WrongColumnCountInSibling_ThrowsNamingSibling()
    {
        using var dir = new TempDir();
        dir.Write("sdn.csv", Row36);
        dir.Write("alt.csv", "36,12,\"aka\",\"AERO-CARIBBEAN\",-0- ,extra\r\n");

        var act = () => Read(dir.Path);

        act.Should().Throw<ListFormatException>()
            .Which.Message.Should().Be("alt.csv:line 1: expected 5 fields, found more than 5");
    }

    [Fact]
    public void Read_NonNumericEntNum_Throws()
    {
        using var dir = new TempDir();
        dir.Write("sdn.csv", Row36.Replace("36,", "X6,", StringComparison.Ordinal));

        var act = () => Read(dir.Path);

        act.Should().Throw<ListFormatException>().Which.Position.Should().Be("line 1, column 1");
    }

    [Fact]
    public void Read_InvalidImo_ReportedAsIssueAndNotKept()
    {
        using var dir = new TempDir();
        dir.Write("sdn.csv",
            "17069,\"CHONG CHON GANG\",\"vessel\",\"DPRK\",-0- ,-0- ,\"General Cargo\",-0- ,-0- ,\"Korea, North\",-0- ,\"Vessel Registration Identification IMO 7937318; MMSI 445114000.\"\r\n\u001A");

        var snapshot = Read(dir.Path);

        var vessel = snapshot.Entities.Should().ContainSingle().Which;
        vessel.Identifiers.Should().NotContain(i => i.Kind == IdentifierKind.Imo);
        vessel.Identifiers.Should().Contain(i => i.Kind == IdentifierKind.Mmsi && i.Value == "445114000");
        snapshot.Issues.Should().ContainSingle().Which.Should().Be(new ReadIssue(
            "sdn.csv:1",
            "ent_num 17069: 'Vessel Registration Identification IMO 7937318': IMO 7937318 fails its check digit"));
    }

    [Fact]
    public void Read_OnlyMainFile_SiblingsAreOptional()
    {
        using var dir = new TempDir();
        dir.Write("sdn.csv", Row36 + "\u001A");

        var snapshot = Read(dir.Path);

        snapshot.Entities.Should().ContainSingle().Which.Should().Match<Entity>(e => e.Kind == EntityKind.Organization && e.Names.Count == 1);
        snapshot.Issues.Should().BeEmpty();
    }

    [Fact]
    public void Read_UpperCaseNamesAndLfLineEnds_AreAccepted()
    {
        using var dir = new TempDir();
        dir.Write("SDN.CSV", Row36.Replace("\r\n", "\n", StringComparison.Ordinal));
        dir.Write("ALT.CSV", "36,12,\"fka\",\"AERO-CARIBBEAN\",-0- \n");

        var snapshot = Read(dir.Path);

        snapshot.Entities.Should().ContainSingle().Which.Names.Should().Contain(new EntityName("AERO-CARIBBEAN", NameKind.FormerName));
    }

    [Fact]
    public void Read_Bzip2MainFile_IsDecompressed()
    {
        using var dir = new TempDir();
        var path = System.IO.Path.Combine(dir.Path, "sdn.csv.bz2");
        using (var file = File.Create(path))
        using (var bz = new BZip2OutputStream(file))
        {
            bz.Write(Encoding.ASCII.GetBytes(Row36));
        }

        var reader = new OfacCsvReader();
        reader.CanRead(ListInput.FromPath(dir.Path)).Should().BeTrue();
        reader.Read(ListInput.FromPath(path), null, TestContext.Current.CancellationToken).Entities.Should().ContainSingle().Which.Id.Should().Be("us-ofac-sdn:36");
    }

    [Fact]
    public void Read_LinkedToUnknownName_ReportedAsIssue()
    {
        using var dir = new TempDir();
        dir.Write("sdn.csv", Row36
            + "37,\"SMITH, John\",\"individual\",\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"Linked To: AEROCARIBBEAN AIRLINES; Linked To: NOBODY.\"\r\n");

        var snapshot = Read(dir.Path);

        snapshot.Relations.Should().ContainSingle().Which.Should().Match<Relation>(r =>
            r.FromId == "us-ofac-sdn:37" && r.ToId == "us-ofac-sdn:36" && r.Kind == RelationKind.LinkedTo);
        snapshot.Issues.Should().ContainSingle().Which.Message.Should().Contain("'Linked To: NOBODY.'");
    }

    [Fact]
    public void Read_WithProgress_ReportsBytesUpToTheTotal()
    {
        var reports = new List<ReadProgress>();
        var progress = new SyncProgress(reports.Add);

        new OfacCsvReader().Read(ListInput.FromPath(SharedData.Path("lists", "ofac_cons")), progress, TestContext.Current.CancellationToken);

        reports.Should().NotBeEmpty();
        reports.Select(r => r.BytesRead).Should().BeInAscendingOrder();
        reports[^1].BytesRead.Should().Be(238_635 + 44_777 + 67_809 + 2_754);
        reports[^1].TotalBytes.Should().Be(reports[^1].BytesRead);
    }

    [Fact]
    public void Read_Cancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        var act = () => new OfacCsvReader().Read(ListInput.FromPath(SharedData.Path("lists", "ofac_cons")), null, cts.Token);

        act.Should().Throw<OperationCanceledException>();
    }

    private sealed class SyncProgress(Action<ReadProgress> onReport) : IProgress<ReadProgress>
    {
        public void Report(ReadProgress value) => onReport(value);
    }

    /// <summary>A temporary folder for fixtures, deleted on dispose.</summary>
    internal sealed class TempDir : IDisposable
    {
        public TempDir()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pincer-ofac-csv-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        public string Write(string name, string content)
        {
            var path = System.IO.Path.Combine(Path, name);
            File.WriteAllBytes(path, Encoding.ASCII.GetBytes(content));
            return path;
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
