using System.Data;
using System.Globalization;
using DuckDB.NET.Data;
using Pincer.Core;
using Pincer.Storage.Internal;

namespace Pincer.Storage;

/// <summary>
/// The embedded store: one DuckDB file. DuckDB allows one read-write process per file; queries open it
/// read-only so that several readers can run while nobody imports.
/// </summary>
public sealed class DuckDbListStore : IListStore
{
    /// <summary>
    /// Test hook: when set to N, an import pauses for good after writing N entity rows and prints
    /// <c>PINCER_FAULT_PAUSED</c> to stderr, so a test can kill the process mid-import.
    /// </summary>
    public const string PauseAfterEntitiesVariable = "PINCER_FAULT_PAUSE_AFTER_ENTITIES";

    private readonly DuckDBConnection _connection;

    private DuckDbListStore(DuckDBConnection connection, string path, bool readOnly)
    {
        _connection = connection;
        Path = path;
        ReadOnly = readOnly;
    }

    public string Path { get; }

    public bool ReadOnly { get; }

    /// <summary>Opens (creating when needed) the store for writing; removes rows left by an import that died.</summary>
    public static DuckDbListStore OpenWrite(string path)
    {
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var connection = new DuckDBConnection($"Data Source={path}");
        connection.Open();
        var store = new DuckDbListStore(connection, path, readOnly: false);
        store.EnsureSchema();
        store.RemoveIncompleteImports();
        return store;
    }

    /// <summary>Opens an existing store read-only.</summary>
    public static DuckDbListStore OpenRead(string path)
    {
        if (!File.Exists(path))
        {
            throw new StoreNotFoundException(path);
        }

        var connection = new DuckDBConnection($"Data Source={path};ACCESS_MODE=READ_ONLY");
        connection.Open();
        return new DuckDbListStore(connection, path, readOnly: true);
    }

    private void EnsureSchema()
    {
        Execute(Schema.Create);
        var version = Scalar<int?>("SELECT max(version) FROM schema_info");
        if (version is null)
        {
            Execute($"INSERT INTO schema_info VALUES ({Schema.Version})");
        }
        else if (version > Schema.Version)
        {
            throw new InvalidOperationException($"{Path}: the store has schema version {version}, newer than this Pincer ({Schema.Version}). Upgrade Pincer.");
        }
    }

    private void RemoveIncompleteImports()
    {
        foreach (var table in Schema.VersionedTables)
        {
            Execute($"DELETE FROM {table} WHERE version_id NOT IN (SELECT id FROM list_versions)");
        }
    }

    public ImportResult Import(ListSnapshot snapshot, string sha256, string fileName, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ThrowIfReadOnly();
        var existing = Versions(snapshot.Source).FirstOrDefault(v => string.Equals(v.Sha256, sha256, StringComparison.Ordinal));
        if (existing is not null)
        {
            return new ImportResult(existing, AlreadyImported: true);
        }

        var pauseAfter = int.TryParse(Environment.GetEnvironmentVariable(PauseAfterEntitiesVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;
        using var transaction = _connection.BeginTransaction();
        var versionId = Scalar<long>("SELECT greatest((SELECT coalesce(max(id), 0) FROM list_versions), (SELECT coalesce(max(version_id), 0) FROM entities)) + 1");
        var importedAt = DateTime.UtcNow;
        using (var entities = _connection.CreateAppender("entities"))
        using (var names = _connection.CreateAppender("names"))
        using (var identifiers = _connection.CreateAppender("identifiers"))
        using (var programs = _connection.CreateAppender("programs"))
        {
            var written = 0;
            foreach (var entity in snapshot.Entities)
            {
                cancellationToken.ThrowIfCancellationRequested();
                AppendEntity(entities, names, identifiers, programs, versionId, entity);
                written++;
                if (written == pauseAfter)
                {
                    entities.Close();
                    Console.Error.WriteLine("PINCER_FAULT_PAUSED");
                    Console.Error.Flush();
                    Thread.Sleep(Timeout.Infinite);
                }

                if (written % 1000 == 0)
                {
                    progress?.Report(written);
                }
            }

            progress?.Report(written);
        }

        using (var relations = _connection.CreateAppender("relations"))
        {
            foreach (var r in snapshot.Relations)
            {
                relations.CreateRow().AppendValue(versionId).AppendValue(r.FromId).AppendValue(r.ToId)
                    .AppendValue(Relation.KindName(r.Kind)).AppendValue(r.Former).AppendValue(r.Label).EndRow();
            }
        }

        using (var issues = _connection.CreateAppender("read_issues"))
        {
            foreach (var issue in snapshot.Issues)
            {
                issues.CreateRow().AppendValue(versionId).AppendValue(issue.Locator).AppendValue(issue.Message).EndRow();
            }
        }

        Execute(
            "INSERT INTO list_versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            versionId, snapshot.Source, snapshot.Format, snapshot.Published?.ToString(), sha256, fileName, importedAt,
            snapshot.Entities.Count, snapshot.Relations.Count, snapshot.Issues.Count);
        transaction.Commit();
        return new ImportResult(Version(versionId)!, AlreadyImported: false);
    }

    private static void AppendEntity(DuckDBAppender entities, DuckDBAppender names, DuckDBAppender identifiers, DuckDBAppender programs, long versionId, Entity entity)
    {
        entities.CreateRow().AppendValue(versionId).AppendValue(entity.Id).AppendValue(entity.Kind.ToName()).AppendValue(entity.Caption)
            .AppendValue(entity.IsDprk).AppendValue(EntityJson.ContentHash(entity)).AppendValue(EntityJson.Serialize(entity)).EndRow();
        foreach (var name in entity.Names)
        {
            names.CreateRow().AppendValue(versionId).AppendValue(entity.Id).AppendValue(name.Full).AppendValue(name.Full.ToLowerInvariant())
                .AppendValue(EntityName.KindName(name.Kind)).AppendValue(name.Script).EndRow();
        }

        foreach (var id in entity.Identifiers)
        {
            identifiers.CreateRow().AppendValue(versionId).AppendValue(entity.Id).AppendValue(id.Kind.ToName()).AppendValue(id.Value)
                .AppendValue(id.Qualifier).AppendValue(id.Country).EndRow();
        }

        foreach (var designation in entity.Designations)
        {
            foreach (var program in designation.Programs)
            {
                programs.CreateRow().AppendValue(versionId).AppendValue(entity.Id).AppendValue(designation.Authority).AppendValue(program).EndRow();
            }
        }
    }

    private const string VersionColumns = "id, source, format, published, sha256, file_name, imported_at, entity_count, relation_count, issue_count";

    /// <summary>Newest first: by publication date (import date when unknown), then by id.</summary>
    private const string VersionOrder = "coalesce(published, strftime(imported_at, '%Y-%m-%d')) DESC, id DESC";

    private const string VersionOrderOldestFirst = "coalesce(published, strftime(imported_at, '%Y-%m-%d')) ASC, id ASC";

    public IReadOnlyList<ListVersion> Versions(string? source = null) =>
        source is null
            ? Query($"SELECT {VersionColumns} FROM list_versions ORDER BY source, {VersionOrder}", ReadVersion)
            : Query($"SELECT {VersionColumns} FROM list_versions WHERE source = ? ORDER BY {VersionOrder}", ReadVersion, source);

    public ListVersion? Version(long id) =>
        Query($"SELECT {VersionColumns} FROM list_versions WHERE id = ?", ReadVersion, id).FirstOrDefault();

    private static ListVersion ReadVersion(IDataRecord r) =>
        new(
            r.GetInt64(0),
            r.GetString(1),
            r.IsDBNull(3) ? null : PartialDate.TryParseIso(r.GetString(3), out var d) ? d : null,
            r.GetString(4),
            new DateTimeOffset(DateTime.SpecifyKind(r.GetDateTime(6), DateTimeKind.Utc)))
        {
            Format = r.GetString(2),
            FileName = r.GetString(5),
            Entities = r.GetInt32(7),
            Relations = r.GetInt32(8),
            Issues = r.GetInt32(9),
        };

    public Entity? Entity(string id, long? versionId = null)
    {
        // Without a version: the newest version (by the usual order) that holds the entity.
        var body = Query(
            $"""
            SELECT body FROM entities WHERE entity_id = ? AND version_id = coalesce(?, (
                SELECT id FROM list_versions WHERE id IN (SELECT version_id FROM entities WHERE entity_id = ?)
                ORDER BY {VersionOrder} LIMIT 1))
            """,
            r => r.GetString(0),
            id,
            versionId,
            id).FirstOrDefault();
        return body is null ? null : EntityJson.Deserialize(body);
    }

    public IReadOnlyList<ListVersion> VersionsOf(string entityId) =>
        Query($"SELECT {VersionColumns} FROM list_versions WHERE id IN (SELECT version_id FROM entities WHERE entity_id = ?) ORDER BY {VersionOrderOldestFirst}", ReadVersion, entityId);

    public IReadOnlyList<Entity> Entities(long versionId) =>
        Query("SELECT body FROM entities WHERE version_id = ? ORDER BY entity_id", r => EntityJson.Deserialize(r.GetString(0)), versionId);

    public IReadOnlyList<Relation> Relations(long versionId, string? entityId = null)
    {
        static Relation Read(IDataRecord r) =>
            new(r.GetString(0), r.GetString(1), Relation.ParseKind(r.GetString(2))) { Former = r.GetBoolean(3), Label = r.IsDBNull(4) ? null : r.GetString(4) };
        return entityId is null
            ? Query("SELECT from_id, to_id, kind, former, label FROM relations WHERE version_id = ?", Read, versionId)
            : Query("SELECT from_id, to_id, kind, former, label FROM relations WHERE version_id = ? AND (from_id = ? OR to_id = ?)", Read, versionId, entityId, entityId);
    }

    public VersionStats Stats(long versionId)
    {
        var version = Version(versionId) ?? throw new KeyNotFoundException($"No list version {versionId}.");
        return new VersionStats(version)
        {
            ByType = Counts("SELECT kind, count(*) FROM entities WHERE version_id = ? GROUP BY kind", versionId),
            ByProgram = Counts("SELECT program, count(DISTINCT entity_id) FROM programs WHERE version_id = ? GROUP BY program", versionId),
            Identifiers = Counts("SELECT kind, count(*) FROM identifiers WHERE version_id = ? GROUP BY kind", versionId),
            Names = Scalar<int>("SELECT count(*)::INTEGER FROM names WHERE version_id = ?", versionId),
            Dprk = Scalar<int>("SELECT count(*)::INTEGER FROM entities WHERE version_id = ? AND is_dprk", versionId),
        };
    }

    public IReadOnlyList<ReadIssue> Issues(long versionId) =>
        Query("SELECT locator, message FROM read_issues WHERE version_id = ?", r => new ReadIssue(r.GetString(0), r.GetString(1)), versionId);

    private SortedDictionary<string, int> Counts(string sql, long versionId)
    {
        var result = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, count) in Query(sql, r => (r.GetString(0), Convert.ToInt32(r.GetValue(1), CultureInfo.InvariantCulture)), versionId))
        {
            result[key] = count;
        }

        return result;
    }

    public ListDiff Diff(long fromVersionId, long toVersionId)
    {
        var from = Version(fromVersionId) ?? throw new KeyNotFoundException($"No list version {fromVersionId}.");
        var to = Version(toVersionId) ?? throw new KeyNotFoundException($"No list version {toVersionId}.");
        if (!string.Equals(from.Source, to.Source, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Version {from.Id} is of {from.Source} and version {to.Id} of {to.Source}: a diff compares two versions of the same source.", nameof(toVersionId));
        }

        var before = Hashes(from.Id);
        var after = Hashes(to.Id);
        var removedIds = before.Keys.Where(k => !after.ContainsKey(k)).ToHashSet(StringComparer.Ordinal);
        var addedIds = after.Keys.Where(k => !before.ContainsKey(k)).ToHashSet(StringComparer.Ordinal);
        var changedIds = after.Where(kv => before.TryGetValue(kv.Key, out var h) && !string.Equals(h, kv.Value, StringComparison.Ordinal))
            .Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);

        var oldEntities = LoadEntities(from.Id, removedIds.Concat(changedIds));
        var newEntities = LoadEntities(to.Id, addedIds.Concat(changedIds));
        return new ListDiff(from, to)
        {
            Added = addedIds.Order(StringComparer.Ordinal).Select(id => EntitySummary.Of(newEntities[id])).ToList(),
            Removed = removedIds.Order(StringComparer.Ordinal).Select(id => EntitySummary.Of(oldEntities[id])).ToList(),
            Changed = changedIds.Order(StringComparer.Ordinal)
                .Select(id => new EntityChange(EntitySummary.Of(newEntities[id]), EntityComparer.Compare(oldEntities[id], newEntities[id])))
                .Where(c => c.Fields.Count > 0)
                .ToList(),
        };
    }

    private Dictionary<string, string> Hashes(long versionId) =>
        Query("SELECT entity_id, content_hash FROM entities WHERE version_id = ?", r => (r.GetString(0), r.GetString(1)), versionId)
            .ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);

    private Dictionary<string, Entity> LoadEntities(long versionId, IEnumerable<string> ids)
    {
        var wanted = ids.ToHashSet(StringComparer.Ordinal);
        var result = new Dictionary<string, Entity>(StringComparer.Ordinal);
        if (wanted.Count == 0)
        {
            return result;
        }

        foreach (var (id, body) in Query("SELECT entity_id, body FROM entities WHERE version_id = ?", r => (r.GetString(0), r.GetString(1)), versionId))
        {
            if (wanted.Contains(id))
            {
                result[id] = EntityJson.Deserialize(body);
            }
        }

        return result;
    }

    public IReadOnlyList<SearchHit> Search(string text, int limit = 20)
    {
        ArgumentNullException.ThrowIfNull(text);
        var needle = text.Trim().ToLowerInvariant();
        if (needle.Length == 0)
        {
            return [];
        }

        var compact = IdentifierNormalizer.Compact(text);
        const string Latest = """
            WITH latest AS (
                SELECT id, source FROM (
                    SELECT id, source, row_number() OVER (PARTITION BY source ORDER BY coalesce(published, strftime(imported_at, '%Y-%m-%d')) DESC, id DESC) AS rn
                    FROM list_versions) WHERE rn = 1)
            """;
        var sql = Latest + """
            , hits AS (
                SELECT n.version_id, n.entity_id, n.name AS matched, 'name' AS matched_on,
                       CASE WHEN n.name_lower = ? THEN 0 WHEN starts_with(n.name_lower, ?) THEN 1 ELSE 2 END AS rank
                FROM names n JOIN latest l ON l.id = n.version_id
                WHERE contains(n.name_lower, ?)
                UNION ALL
                SELECT i.version_id, i.entity_id, i.value AS matched, i.kind AS matched_on, -1 AS rank
                FROM identifiers i JOIN latest l ON l.id = i.version_id
                WHERE i.value = ? OR i.value = ? OR lower(i.value) = ?)
            SELECT e.entity_id, e.caption, e.kind, h.matched, h.matched_on, l.source, e.version_id,
                   (SELECT string_agg(DISTINCT p.program, ',') FROM programs p WHERE p.version_id = e.version_id AND p.entity_id = e.entity_id) AS programs
            FROM (SELECT *, row_number() OVER (PARTITION BY version_id, entity_id ORDER BY rank, length(matched)) AS rn FROM hits) h
            JOIN entities e ON e.version_id = h.version_id AND e.entity_id = h.entity_id
            JOIN list_versions l ON l.id = e.version_id
            WHERE h.rn = 1
            ORDER BY h.rank, length(h.matched), e.caption
            LIMIT ?
            """;
        return Query(
            sql,
            r => new SearchHit(
                r.GetString(0), r.GetString(1), EntityKinds.Parse(r.GetString(2)), r.GetString(3), r.GetString(4), r.GetString(5), r.GetInt64(6),
                r.IsDBNull(7) ? [] : r.GetString(7).Split(',')),
            needle, needle, needle, compact, text.Trim(), needle, limit);
    }

    public DownloadState? Download(string url) =>
        Query(
            "SELECT url, etag, last_modified, sha256, fetched_at FROM downloads WHERE url = ?",
            r => new DownloadState(
                r.GetString(0),
                r.IsDBNull(1) ? null : r.GetString(1),
                r.IsDBNull(2) ? null : r.GetString(2),
                r.IsDBNull(3) ? null : r.GetString(3),
                new DateTimeOffset(DateTime.SpecifyKind(r.GetDateTime(4), DateTimeKind.Utc))),
            url).FirstOrDefault();

    public void SaveDownload(DownloadState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        ThrowIfReadOnly();
        Execute(
            "INSERT OR REPLACE INTO downloads VALUES (?, ?, ?, ?, ?)",
            state.Url, state.ETag, state.LastModified, state.Sha256, state.FetchedAt.UtcDateTime);
    }

    private void ThrowIfReadOnly()
    {
        if (ReadOnly)
        {
            throw new InvalidOperationException($"{Path} is open read-only.");
        }
    }

    // ---- ADO.NET plumbing ---------------------------------------------------------------------

    private void Execute(string sql, params object?[] parameters)
    {
        using var command = Command(sql, parameters);
        command.ExecuteNonQuery();
    }

    private T Scalar<T>(string sql, params object?[] parameters)
    {
        using var command = Command(sql, parameters);
        var value = command.ExecuteScalar();
        if (value is null or DBNull)
        {
            return default!;
        }

        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        return (T)Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
    }

    private List<T> Query<T>(string sql, Func<IDataRecord, T> map, params object?[] parameters)
    {
        using var command = Command(sql, parameters);
        using var reader = command.ExecuteReader();
        var result = new List<T>();
        while (reader.Read())
        {
            result.Add(map(reader));
        }

        return result;
    }

    private DuckDBCommand Command(string sql, object?[] parameters)
    {
        var command = _connection.CreateCommand();
#pragma warning disable CA2100 // SQL text is constant; values go through parameters
        command.CommandText = sql;
#pragma warning restore CA2100
        foreach (var p in parameters)
        {
            command.Parameters.Add(new DuckDBParameter(p ?? DBNull.Value));
        }

        return command;
    }

    public void Dispose() => _connection.Dispose();
}

/// <summary>The store file does not exist yet: nothing has been imported.</summary>
public sealed class StoreNotFoundException(string path)
    : Exception($"{path}: no Pincer store here yet. Import lists first: pincer import PATH… or pincer update.")
{
    public string Path { get; } = path;
}
