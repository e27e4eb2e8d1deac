using Pincer.Core;
using Pincer.Testing;

namespace Pincer.Storage.Tests;

/// <summary>
/// What every <see cref="IListStore"/> must do, whatever holds the data. Each test gets its own empty
/// folder; <see cref="CreateStore"/> opens (creating when needed) the store kept in that folder, and may be
/// called again after disposing to reopen the same store.
/// </summary>
public abstract class ListStoreContract : IDisposable
{
    private readonly TempDirectory _directory = new("pincer-storage-tests");

    protected static readonly PartialDate UnPublished = new(2026, 2, 27);

    protected static readonly PartialDate LaterPublished = new(2026, 3, 1);

    /// <summary>The folder holding this test's store.</summary>
    protected string Directory => _directory.Path;

    /// <summary>Opens the store kept in <paramref name="directory"/> for writing, creating it when needed.</summary>
    protected abstract IListStore CreateStore(string directory);

    /// <summary>
    /// Rows in per-version tables (entities, names, identifiers …) that belong to no version, counted
    /// behind the store's back after it was disposed. Zero in a healthy store.
    /// </summary>
    protected abstract long CountOrphanRows(string directory);

    protected IListStore OpenStore() => CreateStore(Directory);

    public void Dispose()
    {
        _directory.Dispose();
        GC.SuppressFinalize(this);
    }

    // ---- Import --------------------------------------------------------------------------------

    [Fact]
    public void Import_UnRealFile_CreatesVersionWithSnapshotCounts()
    {
        var snapshot = UnList.Snapshot;
        using var store = OpenStore();

        var result = store.Import(snapshot, UnList.Sha256, "UN_consolidated.xml", cancellationToken: TestContext.Current.CancellationToken);

        result.AlreadyImported.Should().BeFalse();
        var version = result.Version;
        version.Source.Should().Be(ListSources.UnSecurityCouncil);
        version.Format.Should().Be("un-xml");
        version.Published.Should().Be(UnPublished);
        version.Sha256.Should().Be(UnList.Sha256);
        version.FileName.Should().Be("UN_consolidated.xml");
        version.Entities.Should().Be(1003);
        version.Relations.Should().Be(snapshot.Relations.Count);
        version.Issues.Should().Be(snapshot.Issues.Count);
        version.ImportedAt.Should().BeCloseTo(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5));
        store.Versions().Should().ContainSingle().Which.Should().Be(version);
        store.Version(version.Id).Should().Be(version);

        var stats = store.Stats(version.Id);
        stats.Version.Should().Be(version);
        stats.Dprk.Should().Be(155);
        stats.ByType.Values.Sum().Should().Be(1003);
        stats.ByType.Should().BeEquivalentTo(snapshot.Entities.GroupBy(e => e.Kind.ToName()).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal));
        stats.ByType["person"].Should().Be(730);
        stats.ByProgram["DPRK"].Should().Be(155);
        stats.ByProgram.Should().BeEquivalentTo(snapshot.Entities
            .SelectMany(e => e.AllPrograms.Distinct(StringComparer.Ordinal).Select(p => (p, e.Id)))
            .GroupBy(x => x.p, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Id).Distinct(StringComparer.Ordinal).Count(), StringComparer.Ordinal));
        stats.Identifiers.Should().BeEquivalentTo(snapshot.Entities.SelectMany(e => e.Identifiers)
            .GroupBy(i => i.Kind.ToName(), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal));
        stats.Identifiers.Should().ContainKey("passport");
        stats.Names.Should().Be(snapshot.Entities.Sum(e => e.Names.Count));
        store.Entities(version.Id).Should().HaveCount(1003);
    }

    [Fact]
    public void Import_SameShaTwice_ReturnsAlreadyImportedAndChangesNothing()
    {
        using var store = OpenStore();
        var first = store.Import(UnList.Snapshot, UnList.Sha256, "UN_consolidated.xml", cancellationToken: TestContext.Current.CancellationToken);
        var statsBefore = store.Stats(first.Version.Id);

        // Even a different snapshot under the same SHA is the same publication: nothing is written.
        var second = store.Import(Modified(UnList.Snapshot), UnList.Sha256, "again.xml", cancellationToken: TestContext.Current.CancellationToken);

        second.AlreadyImported.Should().BeTrue();
        second.Version.Should().Be(first.Version);
        store.Versions().Should().ContainSingle().Which.Should().Be(first.Version);
        store.Stats(first.Version.Id).Should().BeEquivalentTo(statsBefore);
        store.Entities(first.Version.Id).Should().HaveCount(1003);
        store.Entities(first.Version.Id + 1).Should().BeEmpty();
    }

    [Fact]
    public void Import_SameShaAfterReopen_ReturnsAlreadyImported()
    {
        long id;
        using (var store = OpenStore())
        {
            id = store.Import(UnList.Snapshot, UnList.Sha256, "UN_consolidated.xml", cancellationToken: TestContext.Current.CancellationToken).Version.Id;
        }

        using var reopened = OpenStore();
        var again = reopened.Import(UnList.Snapshot, UnList.Sha256, "UN_consolidated.xml", cancellationToken: TestContext.Current.CancellationToken);
        again.AlreadyImported.Should().BeTrue();
        again.Version.Id.Should().Be(id);
        reopened.Versions().Should().ContainSingle();
    }

    [Fact]
    public void Import_EnumerationThrowsMidway_LeavesPreviousVersionAsItWas()
    {
        using (var store = OpenStore())
        {
            var v1 = store.Import(UnList.Snapshot, UnList.Sha256, "UN_consolidated.xml", cancellationToken: TestContext.Current.CancellationToken).Version;
            var statsBefore = store.Stats(v1.Id);
            var entitiesBefore = store.Entities(v1.Id).Select(EntityJson.Serialize).ToList();
            var modified = Modified(UnList.Snapshot);
            var failing = new FailingEntityList(modified.Entities, failAfter: 100, () => new IOException("simulated read failure"));

            var act = () => store.Import(modified with { Entities = failing }, "failing-sha", "failing.xml", cancellationToken: TestContext.Current.CancellationToken);

            act.Should().Throw<IOException>().WithMessage("simulated read failure");
            failing.Enumerated.Should().Be(100);
            AssertOnlyVersion(store, v1, statsBefore, entitiesBefore);

            // The store is still usable: the same publication imports fine afterwards.
            var v2 = store.Import(modified, "failing-sha", "failing.xml", cancellationToken: TestContext.Current.CancellationToken);
            v2.AlreadyImported.Should().BeFalse();
            store.Versions().Should().HaveCount(2);
            store.Stats(v2.Version.Id).Version.Entities.Should().Be(modified.Entities.Count);
            store.Entities(v2.Version.Id).Should().HaveCount(modified.Entities.Count);
        }

        CountOrphanRows(Directory).Should().Be(0);
    }

    [Fact]
    public void Import_CancelledMidway_LeavesPreviousVersionAndNoOrphanRows()
    {
        ListVersion v1;
        VersionStats statsBefore;
        List<string> entitiesBefore;
        using (var store = OpenStore())
        {
            v1 = store.Import(UnList.Snapshot, UnList.Sha256, "UN_consolidated.xml", cancellationToken: TestContext.Current.CancellationToken).Version;
            statsBefore = store.Stats(v1.Id);
            entitiesBefore = store.Entities(v1.Id).Select(EntityJson.Serialize).ToList();
            using var cts = new CancellationTokenSource();
            var modified = Modified(UnList.Snapshot);
            var cancelling = new FailingEntityList(modified.Entities, failAfter: 250, () =>
            {
                cts.Cancel();
                return null;
            });

            var act = () => store.Import(modified with { Entities = cancelling }, "cancelled-sha", "cancelled.xml", cancellationToken: cts.Token);

            act.Should().Throw<OperationCanceledException>();
            AssertOnlyVersion(store, v1, statsBefore, entitiesBefore);
        }

        CountOrphanRows(Directory).Should().Be(0);
        using var reopened = OpenStore();
        AssertOnlyVersion(reopened, v1, statsBefore, entitiesBefore);
    }

    private static void AssertOnlyVersion(IListStore store, ListVersion version, VersionStats stats, List<string> entities)
    {
        store.Versions().Should().ContainSingle().Which.Should().Be(version);
        store.Versions(version.Source).Should().ContainSingle();
        store.Stats(version.Id).Should().BeEquivalentTo(stats);
        store.Entities(version.Id).Select(EntityJson.Serialize).Should().Equal(entities);
        store.Entities(version.Id + 1).Should().BeEmpty("the failed import must leave no rows");
        store.Entity("un-sc:KPi.999").Should().BeNull();
        store.Search("KPi.999 TEST PERSON").Should().BeEmpty();
    }

    // ---- Versions and diffs ---------------------------------------------------------------------

    [Fact]
    public void Versions_TwoVersionsImportedNewestFirst_AreOrderedByPublicationNewestFirst()
    {
        using var store = OpenStore();
        var newer = store.Import(Modified(UnList.Snapshot), "sha-newer", "newer.xml", cancellationToken: TestContext.Current.CancellationToken).Version;
        var older = store.Import(UnList.Snapshot, UnList.Sha256, "older.xml", cancellationToken: TestContext.Current.CancellationToken).Version;
        var other = store.Import(SmallSnapshot("test-src", new PartialDate(2020, 1, 1)), "sha-other", "other.json", cancellationToken: TestContext.Current.CancellationToken).Version;

        older.Id.Should().BeGreaterThan(newer.Id);
        store.Versions(ListSources.UnSecurityCouncil).Select(v => v.Id).Should().Equal(newer.Id, older.Id);
        store.Versions().Should().HaveCount(3);
        store.Versions().Where(v => v.Source == ListSources.UnSecurityCouncil).Select(v => v.Id).Should().Equal(newer.Id, older.Id);
        store.Versions("test-src").Should().ContainSingle().Which.Id.Should().Be(other.Id);
        store.Versions("no-such-source").Should().BeEmpty();
        store.Version(12345).Should().BeNull();

        // The newest publication wins for Entity(id), whatever the import order.
        store.Entity("un-sc:KPi.018")!.Names.Select(n => n.Full).Should().Contain("Jon M. Guk");
    }

    [Fact]
    public void Diff_ModifiedSecondVersion_ReportsAddedRemovedAndChangedFields()
    {
        using var store = OpenStore();
        var v1 = store.Import(UnList.Snapshot, UnList.Sha256, "v1.xml", cancellationToken: TestContext.Current.CancellationToken).Version;
        var v2 = store.Import(Modified(UnList.Snapshot), "sha-v2", "v2.xml", cancellationToken: TestContext.Current.CancellationToken).Version;

        var diff = store.Diff(v1.Id, v2.Id);

        diff.From.Should().Be(v1);
        diff.To.Should().Be(v2);
        diff.Removed.Select(e => e.Id).Should().Equal("un-sc:KPi.001", "un-sc:KPi.002");
        diff.Removed.Should().OnlyContain(e => e.IsDprk && e.Kind == EntityKind.Person);
        diff.Removed[0].Caption.Should().Be(UnList.Get("un-sc:KPi.001").Caption);
        var added = diff.Added.Should().ContainSingle().Subject;
        added.Id.Should().Be("un-sc:KPi.999");
        added.Caption.Should().Be("KPI.999 TEST PERSON");
        added.Kind.Should().Be(EntityKind.Person);
        added.Programs.Should().Equal("DPRK");
        added.IsDprk.Should().BeTrue();

        var change = diff.Changed.Should().ContainSingle().Subject;
        change.Entity.Id.Should().Be("un-sc:KPi.018");
        change.Entity.Caption.Should().Be("JON MYONG GUK");
        change.Entity.Programs.Should().Equal("DPRK", "DPRK-TEST");
        var fields = change.Fields.ToDictionary(f => f.Field, StringComparer.Ordinal);
        fields.Keys.Should().BeEquivalentTo("names", "identifiers", "programs");
        fields["names"].Added.Should().Equal("Jon M. Guk (aka)");
        fields["names"].Removed.Should().Equal("Jon Yong Sang (aka)");
        var oldPassport = UnList.Get("un-sc:KPi.018").Identifiers.Single();
        fields["identifiers"].Added.Should().Equal(NewPassport.ToString());
        fields["identifiers"].Removed.Should().Equal(oldPassport.ToString());
        fields["identifiers"].Removed[0].Should().Contain("4721202031");
        fields["programs"].Added.Should().Equal("DPRK-TEST");
        fields["programs"].Removed.Should().BeEmpty();

        var backwards = store.Diff(v2.Id, v1.Id);
        backwards.Added.Select(e => e.Id).Should().Equal("un-sc:KPi.001", "un-sc:KPi.002");
        backwards.Removed.Select(e => e.Id).Should().Equal("un-sc:KPi.999");
        backwards.Changed.Should().ContainSingle().Which.Fields.Single(f => f.Field == "names").Added.Should().Equal("Jon Yong Sang (aka)");

        store.Diff(v1.Id, v1.Id).Should().Match<ListDiff>(d => d.Added.Count == 0 && d.Removed.Count == 0 && d.Changed.Count == 0);
    }

    [Fact]
    public void Diff_OnlyProvenanceDiffers_ReportsNoChange()
    {
        using var store = OpenStore();
        var v1 = store.Import(UnList.Snapshot, UnList.Sha256, "v1.xml", cancellationToken: TestContext.Current.CancellationToken).Version;
        var moved = UnList.Snapshot with
        {
            Published = LaterPublished,
            Entities = UnList.Snapshot.Entities.Select(e => e with { Provenance = new Provenance(ListSources.UnSecurityCouncil, "elsewhere") }).ToList(),
        };
        var v2 = store.Import(moved, "sha-moved", "v2.xml", cancellationToken: TestContext.Current.CancellationToken).Version;

        var diff = store.Diff(v1.Id, v2.Id);

        diff.Added.Should().BeEmpty();
        diff.Removed.Should().BeEmpty();
        diff.Changed.Should().BeEmpty();
    }

    [Fact]
    public void Diff_VersionsOfDifferentSources_Throws()
    {
        using var store = OpenStore();
        var un = store.Import(UnList.Snapshot, UnList.Sha256, "un.xml", cancellationToken: TestContext.Current.CancellationToken).Version;
        var other = store.Import(SmallSnapshot("test-src", new PartialDate(2026, 1, 1)), "sha-other", "other.json", cancellationToken: TestContext.Current.CancellationToken).Version;

        var act = () => store.Diff(un.Id, other.Id);

        act.Should().Throw<ArgumentException>().WithMessage("*same source*");
        FluentActions.Invoking(() => store.Diff(un.Id, 999)).Should().Throw<KeyNotFoundException>();
    }

    [Fact]
    public void Entity_WithAndWithoutVersion_ReturnsNewestOrRequestedVersion()
    {
        using var store = OpenStore();
        var v1 = store.Import(UnList.Snapshot, UnList.Sha256, "v1.xml", cancellationToken: TestContext.Current.CancellationToken).Version;
        var v2 = store.Import(Modified(UnList.Snapshot), "sha-v2", "v2.xml", cancellationToken: TestContext.Current.CancellationToken).Version;

        var newest = store.Entity("un-sc:KPi.018");
        var old = store.Entity("un-sc:KPi.018", v1.Id);

        newest.Should().NotBeNull();
        newest!.Identifiers.Should().ContainSingle().Which.Value.Should().Be("P999");
        old!.Identifiers.Should().ContainSingle().Which.Value.Should().Be("4721202031");
        EntityJson.Serialize(old).Should().Be(EntityJson.Serialize(UnList.Get("un-sc:KPi.018")));
        store.Entity("un-sc:KPi.018", v2.Id)!.Identifiers.Single().Value.Should().Be("P999");

        // Removed in v2: the newest version that has it is v1.
        store.Entity("un-sc:KPi.001")!.Caption.Should().Be(UnList.Get("un-sc:KPi.001").Caption);
        store.Entity("un-sc:KPi.001", v2.Id).Should().BeNull();
        store.Entity("un-sc:KPi.999", v1.Id).Should().BeNull();
        store.Entity("un-sc:NOPE").Should().BeNull();
    }

    [Fact]
    public void VersionsOf_EntityInSomeVersions_ListsThemOldestFirst()
    {
        using var store = OpenStore();
        var v2 = store.Import(Modified(UnList.Snapshot), "sha-v2", "v2.xml", cancellationToken: TestContext.Current.CancellationToken).Version;
        var v1 = store.Import(UnList.Snapshot, UnList.Sha256, "v1.xml", cancellationToken: TestContext.Current.CancellationToken).Version;

        store.VersionsOf("un-sc:KPi.018").Select(v => v.Id).Should().Equal(v1.Id, v2.Id);
        store.VersionsOf("un-sc:KPi.001").Select(v => v.Id).Should().Equal(v1.Id);
        store.VersionsOf("un-sc:KPi.999").Select(v => v.Id).Should().Equal(v2.Id);
        store.VersionsOf("un-sc:NOPE").Should().BeEmpty();
    }

    [Fact]
    public void Relations_SnapshotWithRelations_RoundTripAndFilterByEntity()
    {
        using var store = OpenStore();
        var snapshot = SmallSnapshot("test-src", new PartialDate(2026, 1, 1));
        var version = store.Import(snapshot, "sha-rel", "rel.json", cancellationToken: TestContext.Current.CancellationToken).Version;

        version.Relations.Should().Be(2);
        store.Relations(version.Id).Should().BeEquivalentTo(snapshot.Relations);
        var ofB = store.Relations(version.Id, "test-src:b");
        ofB.Should().HaveCount(2);
        var ofA = store.Relations(version.Id, "test-src:a").Should().ContainSingle().Subject;
        ofA.Should().Be(new Relation("test-src:a", "test-src:b", RelationKind.OwnedOrControlledBy) { Label = "Owned By" });
        store.Relations(version.Id, "test-src:c").Should().ContainSingle().Which.Former.Should().BeTrue();
        store.Relations(version.Id, "test-src:nobody").Should().BeEmpty();
        store.Relations(version.Id + 1).Should().BeEmpty();
    }

    [Fact]
    public void Issues_SnapshotWithIssues_RoundTrip()
    {
        using var store = OpenStore();
        var snapshot = SmallSnapshot("test-src", new PartialDate(2026, 1, 1));
        var version = store.Import(snapshot, "sha-issues", "issues.json", cancellationToken: TestContext.Current.CancellationToken).Version;

        version.Issues.Should().Be(2);
        store.Issues(version.Id).Should().BeEquivalentTo(snapshot.Issues);
        store.Issues(version.Id + 1).Should().BeEmpty();
    }

    // ---- Search -------------------------------------------------------------------------------

    [Fact]
    public void Search_NameFragmentAnyCase_FindsEntityInNewestVersion()
    {
        using var store = OpenStore();
        store.Import(UnList.Snapshot, UnList.Sha256, "un.xml", cancellationToken: TestContext.Current.CancellationToken);

        var upper = store.Search("KWANGSON BANKING");
        var lower = store.Search("kwangson banking");

        upper.Should().NotBeEmpty();
        upper[0].EntityId.Should().Be("un-sc:KPe.025");
        upper[0].MatchedOn.Should().Be("name");
        upper[0].Source.Should().Be(ListSources.UnSecurityCouncil);
        upper[0].Programs.Should().Equal("DPRK");
        lower.Select(h => h.EntityId).Should().Equal(upper.Select(h => h.EntityId));
        store.Search("KWANGSON").Select(h => h.EntityId).Should().Contain("un-sc:KPe.025");
        store.Search("kwangson", limit: 1).Should().ContainSingle();
        store.Search("   ").Should().BeEmpty();
        store.Search("zzzz-no-such-name-zzzz").Should().BeEmpty();
    }

    [Fact]
    public void Search_ExactIdentifierValue_FindsEntity()
    {
        using var store = OpenStore();
        store.Import(UnList.Snapshot, UnList.Sha256, "un.xml", cancellationToken: TestContext.Current.CancellationToken);

        var hit = store.Search("4721202031").Should().ContainSingle().Subject;

        hit.EntityId.Should().Be("un-sc:KPi.018");
        hit.Caption.Should().Be("JON MYONG GUK");
        hit.MatchedOn.Should().Be("passport");
        hit.MatchedName.Should().Be("4721202031");
        hit.Kind.Should().Be(EntityKind.Person);
        store.Search("472120203").Should().BeEmpty("identifiers match exactly, not by fragment");
    }

    [Fact]
    public void Search_AfterNewVersion_SearchesOnlyTheNewestVersion()
    {
        using var store = OpenStore();
        var v1 = store.Import(UnList.Snapshot, UnList.Sha256, "v1.xml", cancellationToken: TestContext.Current.CancellationToken).Version;
        var removedName = UnList.Get("un-sc:KPi.001").Caption;
        store.Search(removedName).Select(h => h.EntityId).Should().Contain("un-sc:KPi.001");

        var v2 = store.Import(Modified(UnList.Snapshot), "sha-v2", "v2.xml", cancellationToken: TestContext.Current.CancellationToken).Version;

        store.Search(removedName).Select(h => h.EntityId).Should().NotContain("un-sc:KPi.001");
        var added = store.Search("kpi.999 test").Should().ContainSingle().Subject;
        added.EntityId.Should().Be("un-sc:KPi.999");
        added.VersionId.Should().Be(v2.Id);
        store.Search("4721202031").Should().BeEmpty("the passport was replaced in the newest version");
        store.Search("P999").Should().ContainSingle().Which.VersionId.Should().Be(v2.Id);
        store.Search("KWANGSON").Should().OnlyContain(h => h.VersionId == v2.Id && h.VersionId != v1.Id);
    }

    // ---- Downloads ----------------------------------------------------------------------------

    [Fact]
    public void SaveDownload_ThenDownload_RoundTripsAndReplaces()
    {
        var fetched = new DateTimeOffset(2026, 2, 27, 10, 30, 15, TimeSpan.Zero);
        var first = new DownloadState("http://127.0.0.1:1/UN.xml", "\"abc\"", "Fri, 27 Feb 2026 10:00:00 GMT", new string('a', 64), fetched);
        using (var store = OpenStore())
        {
            store.Download(first.Url).Should().BeNull();
            store.SaveDownload(first);
            store.Download(first.Url).Should().Be(first);
        }

        using var reopened = OpenStore();
        reopened.Download(first.Url).Should().Be(first);
        var second = new DownloadState(first.Url, null, null, null, fetched.AddDays(1));
        reopened.SaveDownload(second);
        reopened.Download(first.Url).Should().Be(second);
        reopened.Download("http://127.0.0.1:1/other.xml").Should().BeNull();
        reopened.Versions().Should().BeEmpty("download state is not a list version");
    }

    // ---- Entity round trip ------------------------------------------------------------------

    [Fact]
    public void Entity_RichEntity_RoundTripsUnchanged()
    {
        var entity = RichEntity("test-src:rich");
        using var store = OpenStore();
        var version = store.Import(new ListSnapshot("test-src", new PartialDate(2026, 1)) { Entities = [entity], Format = "test" }, "sha-rich", "rich.json", cancellationToken: TestContext.Current.CancellationToken).Version;

        var stored = store.Entity(entity.Id, version.Id);

        stored.Should().NotBeNull();
        stored.Should().BeEquivalentTo(entity, o => o.WithStrictOrdering());
        EntityJson.Serialize(stored!).Should().Be(EntityJson.Serialize(entity));
        EntityComparer.Compare(entity, stored!).Should().BeEmpty();
        store.Entity(entity.Id).Should().BeEquivalentTo(entity, o => o.WithStrictOrdering());
        store.Entities(version.Id).Should().ContainSingle().Which.Should().BeEquivalentTo(entity, o => o.WithStrictOrdering());
        version.Published.Should().Be(new PartialDate(2026, 1));
    }

    [Fact]
    public void Entity_EveryUnEntity_RoundTripsUnchanged()
    {
        using var store = OpenStore();
        var version = store.Import(UnList.Snapshot, UnList.Sha256, "un.xml", cancellationToken: TestContext.Current.CancellationToken).Version;

        var stored = store.Entities(version.Id).ToDictionary(e => e.Id, EntityJson.Serialize, StringComparer.Ordinal);

        stored.Should().HaveCount(1003);
        foreach (var original in UnList.Snapshot.Entities)
        {
            stored[original.Id].Should().Be(EntityJson.Serialize(original), "entity {0} must survive the store", original.Id);
        }
    }

    [FsCheck.Xunit.Property(MaxTest = 25)]
    public FsCheck.Property Entity_GeneratedEntities_RoundTripUnchanged() =>
        FsCheck.Fluent.Prop.ForAll(EntityGenerators.Entities(), entities =>
        {
            using var dir = new TempDirectory("pincer-storage-tests");
            using var store = CreateStore(dir.Path);
            var snapshot = new ListSnapshot("gen-src", null) { Entities = entities, Format = "generated" };
            var version = store.Import(snapshot, "sha-gen", "gen.json", cancellationToken: TestContext.Current.CancellationToken).Version;
            var stored = store.Entities(version.Id).ToDictionary(e => e.Id, EntityJson.Serialize, StringComparer.Ordinal);
            return version.Entities == entities.Count
                && stored.Count == entities.Count
                && entities.All(e => string.Equals(stored[e.Id], EntityJson.Serialize(e), StringComparison.Ordinal))
                && entities.All(e => string.Equals(EntityJson.Serialize(store.Entity(e.Id)!), EntityJson.Serialize(e), StringComparison.Ordinal));
        });

    // ---- Snapshots built in code -------------------------------------------------------------

    internal static readonly Identifier NewPassport = new(IdentifierKind.Passport, "P999", "P999");

    /// <summary>
    /// The UN snapshot, published later, with KPi.001 and KPi.002 removed, KPi.999 added, and KPi.018 changed:
    /// an alias replaced, its passport replaced and a programme added.
    /// </summary>
    internal static ListSnapshot Modified(ListSnapshot original)
    {
        var template = original.Entities.Single(e => e.Id == "un-sc:KPi.018");
        var added = template with
        {
            Id = "un-sc:KPi.999",
            Names = [new EntityName("KPI.999 TEST PERSON")],
            Identifiers = [],
            Designations = template.Designations.Select(d => d with { References = ["KPi.999"] }).ToList(),
            Provenance = new Provenance(ListSources.UnSecurityCouncil, "INDIVIDUAL[KPi.999]"),
        };
        var entities = new List<Entity>();
        foreach (var e in original.Entities)
        {
            if (e.Id is "un-sc:KPi.001" or "un-sc:KPi.002")
            {
                continue;
            }

            entities.Add(e.Id == "un-sc:KPi.018"
                ? e with
                {
                    Names = e.Names.Select(n => n.Full == "Jon Yong Sang" ? n with { Full = "Jon M. Guk" } : n).ToList(),
                    Identifiers = [NewPassport],
                    Designations = e.Designations.Select(d => d with { Programs = [.. d.Programs, "DPRK-TEST"] }).ToList(),
                }
                : e);
        }

        entities.Add(added);
        return original with { Published = LaterPublished, Entities = entities };
    }

    /// <summary>Three entities of a made-up source, with relations and input issues.</summary>
    internal static ListSnapshot SmallSnapshot(string source, PartialDate published) =>
        new(source, published)
        {
            Format = "test",
            Entities =
            [
                new Entity($"{source}:a", EntityKind.Company) { Names = [new EntityName("ALPHA TRADING")] },
                new Entity($"{source}:b", EntityKind.Person) { Names = [new EntityName("BRAVO PERSON")] },
                new Entity($"{source}:c", EntityKind.Vessel) { Names = [new EntityName("CHARLIE")] },
            ],
            Relations =
            [
                new Relation($"{source}:a", $"{source}:b", RelationKind.OwnedOrControlledBy) { Label = "Owned By" },
                new Relation($"{source}:c", $"{source}:b", RelationKind.LinkedTo) { Former = true },
            ],
            Issues =
            [
                new ReadIssue("test.json:3", "invalid IMO number 1234567: check digit"),
                new ReadIssue("test.json:9", "unknown country 'Atlantis'"),
            ],
        };

    /// <summary>An entity using every part of the model.</summary>
    internal static Entity RichEntity(string id) =>
        new(id, EntityKind.Person)
        {
            Names =
            [
                new EntityName("KIM Test-Person") { Given = "Test-Person", Family = "KIM" },
                new EntityName("김테스트", NameKind.StrongAlias, "Hang"),
                new EntityName("Kim T.", NameKind.WeakAlias),
                new EntityName("Old Name", NameKind.FormerName),
                new EntityName("New Name", NameKind.NewName),
            ],
            BirthDates =
            [
                DateSpan.Exactly(new PartialDate(1965, 3, 12)),
                new DateSpan(new PartialDate(1960), new PartialDate(1962), Approximate: false),
                new DateSpan(new PartialDate(1970, 5), new PartialDate(1970, 5), Approximate: true),
            ],
            BirthPlaces = ["Pyongyang, DPRK"],
            Countries = [new CountryLink("KP", CountryRole.Nationality), new CountryLink("CN", CountryRole.Address), new CountryLink("KP", CountryRole.BirthPlace)],
            Identifiers =
            [
                new Identifier(IdentifierKind.Passport, "836110035", "836110035") { Qualifier = "Diplomatic Passport", Country = "KP", Note = "Expires 1 Jan. 2020" },
                new Identifier(IdentifierKind.CryptoAddress, "0x0123abcd", "0x0123ABCD") { Qualifier = "ETH" },
                new Identifier(IdentifierKind.Email, "kim@example.kp", "KIM@example.kp"),
            ],
            Addresses =
            [
                new Address { Street = "1 Test Street", City = "Dandong", Region = "Liaoning", PostalCode = "118000", Country = "CN", Full = "1 Test Street, Dandong, Liaoning 118000, China" },
                new Address { City = "Pyongyang", Country = "KP" },
            ],
            Designations =
            [
                new Designation("UN-SC", "UN List") { Programs = ["DPRK"], ListedOn = new PartialDate(2016, 3, 2), References = ["KPi.900"] },
                new Designation("US-OFAC", "SDN") { Programs = ["DPRK3", "DPRK-NKSPEA"], ListedOn = new PartialDate(2017, 6), Measures = ["Block"] },
            ],
            Facts = [new EntityFact(FactNames.Gender, "Male"), new EntityFact(FactNames.Title, "Representative"), new EntityFact(FactNames.Position, "Banker")],
            Remarks = "Line one.\nLine \"two\" with quotes, a tab\tand ünïcödé.",
            Provenance = new Provenance("test-src", "rich.json:1"),
        };
}
