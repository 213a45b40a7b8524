package org.mtvkit.orm.migrations;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mtvkit.orm.Database;
import org.mtvkit.orm.Dialect;
import org.mtvkit.orm.SchemaAccess;

/** The table of applied migrations (Django's {@code django_migrations}): one row per app and name, with when. */
final class Recorder {
    static final String TABLE = "mtv_migrations";

    private final Database database;
    private final Dialect dialect;

    Recorder(Database database) {
        this.database = database;
        this.dialect = database.dialect();
    }

    // region: recorder
    void ensureTable() {
        SchemaAccess.update(database, "CREATE TABLE IF NOT EXISTS " + q(TABLE) + " (\n    "
                + q("id") + " " + dialect.identityColumn(Long.class) + ",\n    "
                + q("app") + " " + dialect.columnType(String.class, 255, 0, 0) + " NOT NULL,\n    "
                + q("name") + " " + dialect.columnType(String.class, 255, 0, 0) + " NOT NULL,\n    "
                + q("applied") + " " + dialect.columnType(java.time.Instant.class, 0, 0, 0) + " NOT NULL\n)", List.of());
    }

    Set<MigrationKey> applied() {
        ensureTable();
        Set<MigrationKey> applied = new LinkedHashSet<>();
        for (List<Object> row : SchemaAccess.query(database, "SELECT " + q("app") + ", " + q("name") + " FROM "
                + q(TABLE) + " ORDER BY " + q("id"), List.of())) {
            applied.add(new MigrationKey((String) row.get(0), (String) row.get(1)));
        }
        return applied;
    }

    void record(MigrationKey key) {
        SchemaAccess.update(database, "INSERT INTO " + q(TABLE) + " (" + q("app") + ", " + q("name") + ", "
                + q("applied") + ") VALUES (?, ?, ?)", List.of(key.app(), key.name(), OffsetDateTime.now(ZoneOffset.UTC)));
    }

    void unrecord(MigrationKey key) {
        SchemaAccess.update(database, "DELETE FROM " + q(TABLE) + " WHERE " + q("app") + " = ? AND " + q("name")
                + " = ?", List.of(key.app(), key.name()));
    }
    // endregion

    private String q(String name) {
        return dialect.quote(name);
    }
}
