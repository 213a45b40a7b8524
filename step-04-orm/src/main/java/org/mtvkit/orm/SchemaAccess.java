package org.mtvkit.orm;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The two doors that schema tools outside this package (the migrations) need into the ORM: the mapping
 * of a registered model as plain records, and statements run as written on the database's own
 * connections, so that they join a surrounding {@link Database#atomic} transaction.
 */
public final class SchemaAccess {
    private SchemaAccess() {
    }

    /** One stored field as the ORM maps it; {@code related} is the model a foreign key points at. */
    public record FieldInfo(String name, String column, Class<?> type, boolean primaryKey, boolean nullable,
                            boolean unique, int length, int precision, int scale, String defaultValue,
                            Optional<Class<?>> related) {
    }

    /** One registered model: its table and its stored fields, primary key first. */
    public record ModelInfo(Class<?> type, String table, List<FieldInfo> fields) {
    }

    /** How the ORM maps {@code model}, which must be registered with {@code database}. */
    public static ModelInfo describe(Database database, Class<?> model) {
        ModelMeta<?> meta = database.registry().meta(model);
        List<FieldInfo> fields = meta.columns().stream().map(f -> new FieldInfo(f.name(), f.column(), f.type(),
                f.primaryKey(), f.nullable(), f.unique(), f.length(), f.precision(), f.scale(), f.defaultValue(),
                Optional.<Class<?>>ofNullable(f.related()))).toList();
        return new ModelInfo(meta.type(), meta.table(), fields);
    }

    /**
     * Whether the current schema has a table of this exact name. Asked of the SQL standard's
     * {@code information_schema}, which H2 and PostgreSQL both keep, rather than by selecting from the table:
     * a failed statement would abort a PostgreSQL transaction and leave a trace in H2's log file.
     */
    public static boolean tableExists(Database database, String table) {
        List<List<Object>> rows = query(database, "SELECT COUNT(*) FROM information_schema.tables"
                + " WHERE table_schema = CURRENT_SCHEMA AND table_name = ?", List.of(table));
        return ((Number) rows.get(0).get(0)).longValue() > 0;
    }

    /** Runs one statement with bound parameters; returns the count of rows it changed. */
    public static int update(Database database, String sql, List<Object> parameters) {
        return database.executor().update(new Sql(sql, parameters));
    }

    /** Runs a query and returns its rows, each a list of column values. */
    public static List<List<Object>> query(Database database, String sql, List<Object> parameters) {
        return database.executor().query(new Sql(sql, parameters), (ResultSet rows) -> {
            List<List<Object>> result = new ArrayList<>();
            int width = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                List<Object> row = new ArrayList<>(width);
                for (int i = 1; i <= width; i++) {
                    row.add(rows.getObject(i));
                }
                result.add(row);
            }
            return result;
        });
    }
}
