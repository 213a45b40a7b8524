package org.mtvkit.orm.migrations;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mtvkit.orm.Dialect;

/**
 * Turns one operation into SQL for one dialect, from the states before and after it. The SQL is
 * standard where H2 and PostgreSQL agree (ADD COLUMN, RENAME COLUMN, SET NOT NULL); the dialect
 * answers the rest (quoting, column types, identity keys, changing a column's type). Unique and
 * foreign-key constraints get names ({@code question_slug_uniq}) so that a later migration can drop them.
 */
final class SchemaEditor {
    private final Dialect dialect;

    SchemaEditor(Dialect dialect) {
        this.dialect = dialect;
    }

    // region: schema-editor
    List<String> sql(Operation operation, String app, ProjectState before, ProjectState after) {
        if (operation instanceof Operation.CreateModel c) {
            ModelState model = after.require(app + "." + c.name(), c.describe());
            return List.of(createTable(model, after));
        } else if (operation instanceof Operation.DeleteModel d) {
            return List.of("DROP TABLE " + q(before.require(app + "." + d.name(), d.describe()).table()));
        } else if (operation instanceof Operation.AddField a) {
            ModelState model = after.require(app + "." + a.model(), a.describe());
            return List.of(alter(model) + " ADD COLUMN " + column(model, a.field(), after));
        } else if (operation instanceof Operation.RemoveField r) {
            ModelState model = before.require(app + "." + r.model(), r.describe());
            FieldState field = model.requireField(r.name(), r.describe());
            List<String> sql = new ArrayList<>(dropConstraints(model, field));
            sql.add(alter(model) + " DROP COLUMN " + q(field.column()));
            return sql;
        } else if (operation instanceof Operation.AlterField a) {
            ModelState model = before.require(app + "." + a.model(), a.describe());
            return alterField(model, model.requireField(a.field().name(), a.describe()), a.field(), a.describe());
        } else if (operation instanceof Operation.RenameField r) {
            ModelState model = before.require(app + "." + r.model(), r.describe());
            FieldState old = model.requireField(r.oldName(), r.describe());
            return renameColumn(model, old, old.withName(r.newName(), r.newColumn()));
        } else if (operation instanceof Operation.AddIndex a) {
            ModelState model = after.require(app + "." + a.model(), a.describe());
            List<String> columns = a.index().fields().stream().map(f -> q(model.requireField(f, a.describe())
                    .column())).toList();
            return List.of("CREATE " + (a.index().unique() ? "UNIQUE " : "") + "INDEX " + q(a.index().name())
                    + " ON " + q(model.table()) + " (" + String.join(", ", columns) + ")");
        } else if (operation instanceof Operation.RemoveIndex r) {
            return List.of("DROP INDEX " + q(r.name()));
        } else if (operation instanceof Operation.RunSQL r) {
            return r.sql();
        }
        throw new IllegalStateException("no SQL for " + operation);
    }
    // endregion

    String createTable(ModelState model, ProjectState state) {
        List<String> lines = model.fields().stream().map(f -> column(model, f, state)).toList();
        return "CREATE TABLE " + q(model.table()) + " (\n    " + String.join(",\n    ", lines) + "\n)";
    }

    // region: column
    /** A column definition: name, type, default, NOT NULL, and named UNIQUE and REFERENCES constraints. */
    private String column(ModelState model, FieldState field, ProjectState state) {
        if (field.primaryKey()) {
            return q(field.column()) + " " + dialect.identityColumn(field.javaType());
        }
        StringBuilder sql = new StringBuilder(q(field.column())).append(' ').append(type(field));
        field.defaultValue().ifPresent(d -> sql.append(" DEFAULT ").append(literal(field, d)));
        sql.append(field.nullable() ? "" : " NOT NULL");
        if (field.unique()) {
            sql.append(" CONSTRAINT ").append(q(uniqueName(model, field))).append(" UNIQUE");
        }
        if (field.references().isPresent()) {
            ModelState target = state.require(field.references().get(), "add the foreign key " + model.key() + "."
                    + field.name());
            sql.append(" CONSTRAINT ").append(q(foreignKeyName(model, field))).append(" REFERENCES ")
                    .append(q(target.table())).append(" (").append(q(target.primaryKey().column())).append(')');
        }
        return sql.toString();
    }
    // endregion

    private String type(FieldState field) {
        return dialect.columnType(field.javaType(), field.length(), field.precision(), field.scale());
    }

    // region: alter-field
    private List<String> alterField(ModelState model, FieldState old, FieldState now, String doing) {
        if (old.primaryKey() != now.primaryKey() || !old.references().equals(now.references())) {
            throw new MigrationError("Cannot " + doing + ": a migration cannot turn a field into or out of a primary"
                    + " or foreign key in place; write it as RemoveField and AddField.");
        }
        List<String> sql = new ArrayList<>(renameColumn(model, old, now));
        String column = alter(model) + " ALTER COLUMN " + q(now.column());
        if (!type(old).equals(type(now))) {
            sql.add(dialect.alterColumnType(model.table(), now.column(), type(now)));
        }
        if (!old.defaultValue().equals(now.defaultValue())) {
            sql.add(now.defaultValue().map(d -> column + " SET DEFAULT " + literal(now, d))
                    .orElse(column + " DROP DEFAULT"));
        }
        if (old.nullable() != now.nullable()) {
            sql.add(column + (now.nullable() ? " DROP NOT NULL" : " SET NOT NULL"));
        }
        if (old.unique() != now.unique()) {
            sql.add(now.unique() ? alter(model) + " ADD CONSTRAINT " + q(uniqueName(model, now)) + " UNIQUE ("
                    + q(now.column()) + ")" : alter(model) + " DROP CONSTRAINT " + q(uniqueName(model, now)));
        }
        return sql;
    }
    // endregion

    private List<String> renameColumn(ModelState model, FieldState old, FieldState now) {
        List<String> sql = new ArrayList<>();
        if (old.column().equals(now.column())) {
            return sql;
        }
        sql.add(alter(model) + " RENAME COLUMN " + q(old.column()) + " TO " + q(now.column()));
        // constraint names follow the column, so that dropping one later finds it by the new name
        if (old.unique()) {
            sql.add(alter(model) + " RENAME CONSTRAINT " + q(uniqueName(model, old)) + " TO "
                    + q(uniqueName(model, now)));
        }
        if (old.references().isPresent()) {
            sql.add(alter(model) + " RENAME CONSTRAINT " + q(foreignKeyName(model, old)) + " TO "
                    + q(foreignKeyName(model, now)));
        }
        return sql;
    }

    private List<String> dropConstraints(ModelState model, FieldState field) {
        List<String> sql = new ArrayList<>();
        if (field.unique()) {
            sql.add(alter(model) + " DROP CONSTRAINT " + q(uniqueName(model, field)));
        }
        if (field.references().isPresent()) {
            sql.add(alter(model) + " DROP CONSTRAINT " + q(foreignKeyName(model, field)));
        }
        return sql;
    }

    private static String uniqueName(ModelState model, FieldState field) {
        return model.table() + "_" + field.column() + "_uniq";
    }

    private static String foreignKeyName(ModelState model, FieldState field) {
        return model.table() + "_" + field.column() + "_fk";
    }

    private String alter(ModelState model) {
        return "ALTER TABLE " + q(model.table());
    }

    private String q(String name) {
        return dialect.quote(name);
    }

    /** A DEFAULT as SQL: numbers and booleans checked and written bare, text quoted. */
    static String literal(FieldState field, String text) {
        try {
            switch (field.type()) {
                case "Long", "Integer" -> {
                    return Long.toString(Long.parseLong(text));
                }
                case "Double", "BigDecimal" -> {
                    return new BigDecimal(text).toPlainString();
                }
                case "Boolean" -> {
                    if (!text.equals("true") && !text.equals("false")) {
                        throw new NumberFormatException();
                    }
                    return text.toUpperCase(Locale.ROOT);
                }
                default -> {
                    return "'" + text.replace("'", "''") + "'";
                }
            }
        } catch (NumberFormatException e) {
            throw new MigrationError("Field '" + field.name() + "' has the default \"" + text + "\", which is not a"
                    + " valid " + field.type() + "; correct it in the migration file.");
        }
    }
}
