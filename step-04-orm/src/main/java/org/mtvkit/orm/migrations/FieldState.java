package org.mtvkit.orm.migrations;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One field as a migration knows it: no Java class, only what the table needs. The type is one of
 * {@link #TYPES} (an enum is stored as a {@code String}); {@code length} counts for strings only and
 * {@code precision}/{@code scale} for decimals, so two states compare equal exactly when their columns would.
 * A foreign key names its target as {@code app.Model} in {@code references}.
 */
// region: field-state
public record FieldState(String name, String column, String type, boolean primaryKey, boolean nullable,
                         boolean unique, int length, int precision, int scale, Optional<String> defaultValue,
                         Optional<String> references) {
// endregion

    /** The column types a migration can hold, by the name a migration file uses. */
    static final Map<String, Class<?>> TYPES = types();

    public FieldState {
        if (!TYPES.containsKey(type)) {
            throw new MigrationError("Field '" + name + "' has type '" + type + "'; a migration knows the types "
                    + String.join(", ", TYPES.keySet()) + ".");
        }
        length = type.equals("String") ? length : 0;
        precision = type.equals("BigDecimal") ? precision : 0;
        scale = type.equals("BigDecimal") ? scale : 0;
    }

    private static Map<String, Class<?>> types() {
        Map<String, Class<?>> types = new LinkedHashMap<>();
        for (Class<?> type : List.of(Long.class, Integer.class, Boolean.class, Double.class, BigDecimal.class,
                String.class, UUID.class, LocalDate.class, LocalDateTime.class, Instant.class)) {
            types.put(type.getSimpleName(), type);
        }
        return java.util.Collections.unmodifiableMap(types);
    }

    /** The type name of a Java field's type: primitives boxed, enums as {@code String}. */
    static String typeName(Class<?> type) {
        if (type.isEnum()) {
            return "String";
        } else if (type.isPrimitive()) {
            return switch (type.getName()) {
                case "long" -> "Long";
                case "int" -> "Integer";
                case "boolean" -> "Boolean";
                case "double" -> "Double";
                default -> type.getName();
            };
        }
        return type.getSimpleName();
    }

    Class<?> javaType() {
        return TYPES.get(type);
    }

    FieldState withName(String newName, String newColumn) {
        return new FieldState(newName, newColumn, type, primaryKey, nullable, unique, length, precision, scale,
                defaultValue, references);
    }

    /** Whether two fields differ only in name and column: a rename, if the user says so. */
    boolean sameDefinition(FieldState other) {
        return withName(other.name, other.column).equals(other);
    }

    /** {@code a String(200)}, as the rename question names a field. */
    String describe() {
        String kind = references.map(r -> "foreign key to " + r).orElse(type
                + (type.equals("String") ? "(" + length + ")" : "")
                + (type.equals("BigDecimal") ? "(" + precision + ", " + scale + ")" : ""));
        return "a " + kind;
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", name);
        json.put("column", column);
        json.put("type", type);
        if (primaryKey) {
            json.put("primaryKey", true);
        }
        if (nullable) {
            json.put("nullable", true);
        }
        if (unique) {
            json.put("unique", true);
        }
        if (type.equals("String")) {
            json.put("length", (long) length);
        }
        if (type.equals("BigDecimal")) {
            json.put("precision", (long) precision);
            json.put("scale", (long) scale);
        }
        defaultValue.ifPresent(d -> json.put("default", d));
        references.ifPresent(r -> json.put("references", r));
        return json;
    }

    static FieldState fromJson(JsonObject json) {
        return new FieldState(json.string("name"), json.string("column"), json.string("type"),
                json.flag("primaryKey"), json.flag("nullable"), json.flag("unique"), json.integer("length", 255),
                json.integer("precision", 19), json.integer("scale", 2), json.optionalString("default"),
                json.optionalString("references"));
    }
}
