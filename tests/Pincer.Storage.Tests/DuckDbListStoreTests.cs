using DuckDB.NET.Data;
using Pincer.Core;

namespace Pincer.Storage.Tests;

/// <summary>The contract against real DuckDB files, plus what is particular to the embedded store.</summary>
public sealed class DuckDbListStoreTests : ListStoreContract
{
    private static readonly string[] VersionedTables = ["entities", "names", "identifiers", "programs", "relations", "read_issues"];

    private static string StoreFile(string directory) => Path.Combine(directory, "pincer.duckdb");

    protected override IListStore CreateStore(string directory) => DuckDbListStore.OpenWrite(StoreFile(directory));

    protected override long CountOrphanRows(string directory) => CountOrphans(StoreFile(directory));

    /// <summary>Rows of versioned tables whose version has no list_versions row, read behind the store's back.</summary>
    internal static long CountOrphans(string file)
    {
        using var connection = new DuckDBConnection($"Data Source={file};ACCESS_MODE=READ_ONLY");
        connection.Open();
        long total = 0;
        foreach (var table in VersionedTables)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT count(*) FROM {table} WHERE version_id NOT IN (SELECT id FROM list_versions)";
            total += Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }

        return total;
    }

    [Fact]
    public void OpenRead_MissingFile_ThrowsStoreNotFound()
    {
        var path = Path.Combine(Directory, "missing.duckdb");

        var act = () => DuckDbListStore.OpenRead(path);

        act.Should().Throw<StoreNotFoundException>().Which.Path.Should().Be(path);
        File.Exists(path).Should().BeFalse("a read must not create the store");
    }

    [Fact]
    public void OpenRead_ExistingStore_ReadsButRefusesWrites()
    {
        var file = StoreFile(Directory);
        ListVersion version;
        using (var writer = DuckDbListStore.OpenWrite(file))
        {
            version = writer.Import(SmallSnapshot("test-src", new PartialDate(2026, 1, 1)), "sha-small", "small.json", cancellationToken: TestContext.Current.CancellationToken).Version;
        }

        using var reader = DuckDbListStore.OpenRead(file);
        reader.ReadOnly.Should().BeTrue();
        reader.Versions().Should().ContainSingle().Which.Should().Be(version);

        var import = () => reader.Import(UnList.Snapshot, UnList.Sha256, "un.xml", cancellationToken: TestContext.Current.CancellationToken);
        var save = () => reader.SaveDownload(new DownloadState("http://x/", null, null, null, DateTimeOffset.UtcNow));

        import.Should().Throw<InvalidOperationException>().WithMessage("*read-only*");
        save.Should().Throw<InvalidOperationException>().WithMessage("*read-only*");
        reader.Versions().Should().ContainSingle();
    }

    [Fact]
    public void OpenRead_TwoReadersAtOnce_BothRead()
    {
        var file = StoreFile(Directory);
        using (var writer = DuckDbListStore.OpenWrite(file))
        {
            writer.Import(SmallSnapshot("test-src", new PartialDate(2026, 1, 1)), "sha-small", "small.json", cancellationToken: TestContext.Current.CancellationToken);
        }

        using var first = DuckDbListStore.OpenRead(file);
        using var second = DuckDbListStore.OpenRead(file);

        first.Versions().Should().ContainSingle();
        second.Search("alpha").Should().ContainSingle().Which.EntityId.Should().Be("test-src:a");
    }

    [Fact]
    public void OpenWrite_OrphanRowsOfADeadImport_RemovesThem()
    {
        var file = StoreFile(Directory);
        ListVersion version;
        using (var store = DuckDbListStore.OpenWrite(file))
        {
            version = store.Import(SmallSnapshot("test-src", new PartialDate(2026, 1, 1)), "sha-small", "small.json", cancellationToken: TestContext.Current.CancellationToken).Version;
        }

        // What an import that died before writing its list_versions row would leave if its rows had reached the file.
        using (var connection = new DuckDBConnection($"Data Source={file}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"""
                INSERT INTO entities SELECT {version.Id + 1}, entity_id, kind, caption, is_dprk, content_hash, body FROM entities;
                INSERT INTO names SELECT {version.Id + 1}, entity_id, name, name_lower, kind, script FROM names;
                INSERT INTO relations SELECT {version.Id + 1}, from_id, to_id, kind, former, label FROM relations;
                INSERT INTO read_issues SELECT {version.Id + 1}, locator, message FROM read_issues;
                """;
            command.ExecuteNonQuery();
        }

        CountOrphans(file).Should().Be(3 + 3 + 2 + 2);

        using (var store = DuckDbListStore.OpenWrite(file))
        {
            store.Versions().Should().ContainSingle().Which.Should().Be(version);
            store.Entities(version.Id + 1).Should().BeEmpty();
            store.Entities(version.Id).Should().HaveCount(3);

            // The next import does not collide with the removed rows' version id.
            var next = store.Import(SmallSnapshot("test-src", new PartialDate(2026, 2, 1)), "sha-next", "next.json", cancellationToken: TestContext.Current.CancellationToken).Version;
            next.Id.Should().BeGreaterThan(version.Id);
            store.Entities(next.Id).Should().HaveCount(3);
        }

        CountOrphans(file).Should().Be(0);
    }

    [Fact]
    public void OpenWrite_FolderDoesNotExist_CreatesIt()
    {
        var file = Path.Combine(Directory, "a", "b", "pincer.duckdb");

        using var store = DuckDbListStore.OpenWrite(file);

        File.Exists(file).Should().BeTrue();
        store.Path.Should().Be(file);
        store.ReadOnly.Should().BeFalse();
        store.Versions().Should().BeEmpty();
    }
}
