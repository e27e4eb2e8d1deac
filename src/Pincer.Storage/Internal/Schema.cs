namespace Pincer.Storage.Internal;

/// <summary>The DuckDB schema. Rows of a version are visible only once its list_versions row exists (written last, in the same transaction).</summary>
internal static class Schema
{
    public const int Version = 1;

    public const string Create = """
        CREATE TABLE IF NOT EXISTS schema_info (version INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS list_versions (
            id BIGINT PRIMARY KEY,
            source VARCHAR NOT NULL,
            format VARCHAR NOT NULL,
            published VARCHAR,
            sha256 VARCHAR NOT NULL,
            file_name VARCHAR NOT NULL,
            imported_at TIMESTAMP NOT NULL,
            entity_count INTEGER NOT NULL,
            relation_count INTEGER NOT NULL,
            issue_count INTEGER NOT NULL
        );
        CREATE TABLE IF NOT EXISTS entities (
            version_id BIGINT NOT NULL,
            entity_id VARCHAR NOT NULL,
            kind VARCHAR NOT NULL,
            caption VARCHAR NOT NULL,
            is_dprk BOOLEAN NOT NULL,
            content_hash VARCHAR NOT NULL,
            body VARCHAR NOT NULL
        );
        CREATE TABLE IF NOT EXISTS names (
            version_id BIGINT NOT NULL,
            entity_id VARCHAR NOT NULL,
            name VARCHAR NOT NULL,
            name_lower VARCHAR NOT NULL,
            kind VARCHAR NOT NULL,
            script VARCHAR NOT NULL
        );
        CREATE TABLE IF NOT EXISTS identifiers (
            version_id BIGINT NOT NULL,
            entity_id VARCHAR NOT NULL,
            kind VARCHAR NOT NULL,
            value VARCHAR NOT NULL,
            qualifier VARCHAR,
            country VARCHAR
        );
        CREATE TABLE IF NOT EXISTS programs (
            version_id BIGINT NOT NULL,
            entity_id VARCHAR NOT NULL,
            authority VARCHAR NOT NULL,
            program VARCHAR NOT NULL
        );
        CREATE TABLE IF NOT EXISTS relations (
            version_id BIGINT NOT NULL,
            from_id VARCHAR NOT NULL,
            to_id VARCHAR NOT NULL,
            kind VARCHAR NOT NULL,
            former BOOLEAN NOT NULL,
            label VARCHAR
        );
        CREATE TABLE IF NOT EXISTS read_issues (
            version_id BIGINT NOT NULL,
            locator VARCHAR NOT NULL,
            message VARCHAR NOT NULL
        );
        CREATE TABLE IF NOT EXISTS downloads (
            url VARCHAR PRIMARY KEY,
            etag VARCHAR,
            last_modified VARCHAR,
            sha256 VARCHAR,
            fetched_at TIMESTAMP NOT NULL
        );
        """;

    /// <summary>Tables holding per-version rows, cleaned of orphans (an import that died) at open.</summary>
    public static readonly string[] VersionedTables = ["entities", "names", "identifiers", "programs", "relations", "read_issues"];
}
