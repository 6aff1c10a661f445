using System.Data;
using System.Data.Common;
using Npgsql;

namespace Kizuki.Store;

/// <summary>PostgreSQL, for a team sharing one store. Instants are <c>timestamptz</c>.</summary>
internal sealed class PostgresDialect : StoreDialect
{
    private readonly NpgsqlDataSource _dataSource;

    /// <summary>Stores into the database named by an Npgsql connection string.</summary>
    public PostgresDialect(string connectionString)
    {
        _dataSource = NpgsqlDataSource.Create(connectionString);
    }

    /// <inheritdoc/>
    public override string Name => "postgres";

    /// <inheritdoc/>
    public override IReadOnlyList<Migration> Migrations { get; } =
    [
        new(1, "defects, labels and sync cursors", """
            CREATE TABLE defects (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                source TEXT NOT NULL,
                key TEXT NOT NULL,
                url TEXT,
                title TEXT NOT NULL,
                state TEXT NOT NULL,
                status TEXT,
                created_at TIMESTAMPTZ NOT NULL,
                closed_at TIMESTAMPTZ,
                updated_at TIMESTAMPTZ NOT NULL,
                type TEXT,
                priority TEXT,
                resolution TEXT,
                component TEXT,
                assignee TEXT,
                milestone TEXT,
                fields TEXT,
                UNIQUE (source, key));
            CREATE TABLE defect_labels (
                defect_id BIGINT NOT NULL REFERENCES defects (id) ON DELETE CASCADE,
                label TEXT NOT NULL,
                PRIMARY KEY (defect_id, label));
            CREATE TABLE sync_cursors (source TEXT PRIMARY KEY, updated_at TIMESTAMPTZ NOT NULL);
            """),
        new(2, "look up labels and recent changes quickly", """
            CREATE INDEX ix_defect_labels_label ON defect_labels (label);
            CREATE INDEX ix_defects_source_updated ON defects (source, updated_at);
            """),
        new(3, "issue text, classification meetings and decisions, store revision", """
            ALTER TABLE defects ADD COLUMN body TEXT;
            CREATE TABLE meetings (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                started_at TIMESTAMPTZ NOT NULL,
                started_by TEXT NOT NULL,
                since TIMESTAMPTZ,
                ended_at TIMESTAMPTZ);
            CREATE TABLE decisions (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                meeting_id BIGINT REFERENCES meetings (id),
                defect_id BIGINT NOT NULL REFERENCES defects (id) ON DELETE CASCADE,
                dimension TEXT NOT NULL,
                value TEXT NOT NULL,
                decided_by TEXT NOT NULL,
                decided_at TIMESTAMPTZ NOT NULL,
                write_status TEXT NOT NULL,
                write_detail TEXT);
            CREATE INDEX ix_decisions_defect ON decisions (defect_id);
            CREATE INDEX ix_decisions_meeting ON decisions (meeting_id);
            CREATE TABLE store_revision (id INTEGER PRIMARY KEY CHECK (id = 1), revision BIGINT NOT NULL);
            INSERT INTO store_revision (id, revision) VALUES (1, 0);
            """),
    ];

    /// <inheritdoc/>
    public override string LabelAggregate => "string_agg(label, chr(31))";

    /// <inheritdoc/>
    public override DbType TimeDbType => DbType.DateTimeOffset;

    /// <inheritdoc/>
    public override DbConnection CreateConnection() => _dataSource.CreateConnection();

    /// <inheritdoc/>
    public override object ToDb(DateTimeOffset? value) =>
        value is { } v ? v.ToUniversalTime() : DBNull.Value;

    /// <inheritdoc/>
    public override DateTimeOffset FromDb(DbDataReader reader, int ordinal) =>
        reader.GetFieldValue<DateTimeOffset>(ordinal);

    /// <inheritdoc/>
    public override ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
