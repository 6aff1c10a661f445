using System.Data;
using System.Data.Common;
using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Kizuki.Store;

/// <summary>
/// SQLite, the embedded default. Instants are stored as fixed-width ISO-8601 UTC text so that
/// text order is time order.
/// </summary>
internal sealed class SqliteDialect : StoreDialect
{
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";
    private readonly string _connectionString;

    /// <summary>Stores into the database file at <paramref name="path"/>, created if missing.</summary>
    public SqliteDialect(string path)
    {
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
        }.ToString();
    }

    /// <inheritdoc/>
    public override string Name => "sqlite";

    /// <inheritdoc/>
    public override IReadOnlyList<Migration> Migrations { get; } =
    [
        new(1, "defects, labels and sync cursors", """
            CREATE TABLE defects (
                id INTEGER PRIMARY KEY,
                source TEXT NOT NULL,
                key TEXT NOT NULL,
                url TEXT,
                title TEXT NOT NULL,
                state TEXT NOT NULL,
                status TEXT,
                created_at TEXT NOT NULL,
                closed_at TEXT,
                updated_at TEXT NOT NULL,
                type TEXT,
                priority TEXT,
                resolution TEXT,
                component TEXT,
                assignee TEXT,
                milestone TEXT,
                fields TEXT,
                UNIQUE (source, key));
            CREATE TABLE defect_labels (
                defect_id INTEGER NOT NULL REFERENCES defects (id) ON DELETE CASCADE,
                label TEXT NOT NULL,
                PRIMARY KEY (defect_id, label));
            CREATE TABLE sync_cursors (source TEXT PRIMARY KEY, updated_at TEXT NOT NULL);
            """),
        new(2, "look up labels and recent changes quickly", """
            CREATE INDEX ix_defect_labels_label ON defect_labels (label);
            CREATE INDEX ix_defects_source_updated ON defects (source, updated_at);
            """),
        new(3, "issue text, classification meetings and decisions, store revision", """
            ALTER TABLE defects ADD COLUMN body TEXT;
            CREATE TABLE meetings (
                id INTEGER PRIMARY KEY,
                started_at TEXT NOT NULL,
                started_by TEXT NOT NULL,
                since TEXT,
                ended_at TEXT);
            CREATE TABLE decisions (
                id INTEGER PRIMARY KEY,
                meeting_id INTEGER REFERENCES meetings (id),
                defect_id INTEGER NOT NULL REFERENCES defects (id) ON DELETE CASCADE,
                dimension TEXT NOT NULL,
                value TEXT NOT NULL,
                decided_by TEXT NOT NULL,
                decided_at TEXT NOT NULL,
                write_status TEXT NOT NULL,
                write_detail TEXT);
            CREATE INDEX ix_decisions_defect ON decisions (defect_id);
            CREATE INDEX ix_decisions_meeting ON decisions (meeting_id);
            CREATE TABLE store_revision (id INTEGER PRIMARY KEY CHECK (id = 1), revision INTEGER NOT NULL);
            INSERT INTO store_revision (id, revision) VALUES (1, 0);
            """),
    ];

    /// <inheritdoc/>
    public override string LabelAggregate => "group_concat(label, char(31))";

    /// <inheritdoc/>
    public override DbType TimeDbType => DbType.String;

    /// <inheritdoc/>
    public override DbConnection CreateConnection() => new SqliteConnection(_connectionString);

    /// <inheritdoc/>
    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = await base.OpenAsync(cancellationToken);

        // WAL lets the exporter read while a sync writes; busy_timeout rides out the short overlap.
        await connection.ExecuteAsync("PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000;");
        return connection;
    }

    /// <inheritdoc/>
    public override object ToDb(DateTimeOffset? value) =>
        value is { } v ? v.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture) : DBNull.Value;

    /// <inheritdoc/>
    public override DateTimeOffset FromDb(DbDataReader reader, int ordinal) =>
        DateTimeOffset.ParseExact(
            reader.GetString(ordinal), TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
