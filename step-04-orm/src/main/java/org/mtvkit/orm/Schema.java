package org.mtvkit.orm;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Writes the DDL for the registered models: CREATE TABLE in dependency order, DROP in reverse. */
final class Schema {
    private Schema() {
    }

    static List<String> create(Dialect dialect, Registry registry, boolean ifMissing) {
        List<String> statements = new ArrayList<>();
        for (ModelMeta<?> model : registry.inDependencyOrder()) {
            statements.add(createTable(dialect, registry, model, ifMissing));
        }
        return statements;
    }

    static List<String> drop(Dialect dialect, Registry registry) {
        List<ModelMeta<?>> models = new ArrayList<>(registry.inDependencyOrder());
        java.util.Collections.reverse(models);
        return models.stream().map(m -> "DROP TABLE IF EXISTS " + dialect.quote(m.table())).toList();
    }

    // region: create-table
    static String createTable(Dialect dialect, Registry registry, ModelMeta<?> model, boolean ifMissing) {
        List<String> lines = new ArrayList<>();
        for (FieldMeta field : model.columns()) {
            String name = dialect.quote(field.column());
            if (field.primaryKey()) {
                lines.add(name + " " + dialect.identityColumn(field.type()));
                continue;
            }
            ModelMeta<?> related = field.isForeignKey() ? registry.meta(field.related()) : null;
            Class<?> type = related != null ? related.primaryKey().type() : field.type();
            StringBuilder line = new StringBuilder(name).append(' ')
                    .append(dialect.columnType(type, field.length(), field.precision(), field.scale()));
            if (!field.defaultValue().isEmpty()) {
                line.append(" DEFAULT ").append(literal(field));
            }
            line.append(field.nullable() ? "" : " NOT NULL");
            line.append(field.unique() ? " UNIQUE" : "");
            if (related != null) {
                line.append(" REFERENCES ").append(dialect.quote(related.table()))
                        .append(" (").append(dialect.quote(related.primaryKey().column())).append(')');
            }
            lines.add(line.toString());
        }
        return "CREATE TABLE " + (ifMissing ? "IF NOT EXISTS " : "") + dialect.quote(model.table()) + " (\n    "
                + String.join(",\n    ", lines) + "\n)";
    }
    // endregion

    /** The DEFAULT literal of a field, checked against the field's type when the model is registered. */
    static String literal(FieldMeta field) {
        String text = field.defaultValue();
        Class<?> type = field.type();
        try {
            if (Values.isIntegral(type)) {
                return Long.toString(Long.parseLong(text));
            } else if (type == double.class || type == Double.class || type == BigDecimal.class) {
                return new BigDecimal(text).toPlainString();
            } else if (type == boolean.class || type == Boolean.class) {
                if (!text.equals("true") && !text.equals("false")) {
                    throw new NumberFormatException();
                }
                return text.toUpperCase(java.util.Locale.ROOT);
            } else if (type.isEnum()) {
                Object constant = java.util.Arrays.stream(type.getEnumConstants())
                        .filter(c -> ((Enum<?>) c).name().equals(text)).findFirst()
                        .orElseThrow(NumberFormatException::new);
                return "'" + ((Enum<?>) constant).name() + "'";
            } else if (type == String.class) {
                return "'" + text.replace("'", "''") + "'";
            }
        } catch (NumberFormatException e) {
            throw new MappingException("Cannot map model " + field.field().getDeclaringClass().getName() + ": field '"
                    + field.name() + "' has defaultValue \"" + text + "\", which is not a valid "
                    + type.getSimpleName() + ".");
        }
        throw new MappingException("Cannot map model " + field.field().getDeclaringClass().getName() + ": field '"
                + field.name() + "' has a defaultValue, but defaults are supported for numbers, booleans,"
                + " strings and enums only.");
    }
}
