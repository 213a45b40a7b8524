package org.mtvkit.orm;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Converts field values to what JDBC binds, and column values back to the field's Java type. */
final class Values {
    private static final List<Class<?>> SUPPORTED = List.of(long.class, Long.class, int.class, Integer.class,
            boolean.class, Boolean.class, double.class, Double.class, BigDecimal.class, String.class, UUID.class,
            LocalDate.class, LocalDateTime.class, Instant.class);

    private Values() {
    }

    static boolean isSupported(Class<?> type) {
        return type.isEnum() || SUPPORTED.contains(type);
    }

    static boolean isIntegral(Class<?> type) {
        return type == long.class || type == Long.class || type == int.class || type == Integer.class;
    }

    static boolean isNumeric(Class<?> type) {
        return isIntegral(type) || type == double.class || type == Double.class || type == BigDecimal.class;
    }

    /** The wrapper of a primitive type, so that a NULL can be read as null. */
    static Class<?> boxed(Class<?> type) {
        if (type == long.class) {
            return Long.class;
        } else if (type == int.class) {
            return Integer.class;
        } else if (type == boolean.class) {
            return Boolean.class;
        } else if (type == double.class) {
            return Double.class;
        }
        return type;
    }

    static String supportedNames() {
        return "long, int, boolean, double (or their wrappers), BigDecimal, String, an enum, UUID, LocalDate,"
                + " LocalDateTime, Instant";
    }

    // region: to-jdbc
    /** The value JDBC binds for a field value: enums by name, instants as UTC timestamps. */
    static Object toJdbc(Object value) {
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return value;
    }
    // endregion

    /** Reads column {@code index} as a value of {@code type}; SQL NULL becomes null. */
    static Object read(ResultSet rows, int index, Class<?> type) throws SQLException {
        Object value;
        if (type == long.class || type == Long.class) {
            value = rows.getLong(index);
        } else if (type == int.class || type == Integer.class) {
            value = rows.getInt(index);
        } else if (type == boolean.class || type == Boolean.class) {
            value = rows.getBoolean(index);
        } else if (type == double.class || type == Double.class) {
            value = rows.getDouble(index);
        } else if (type == BigDecimal.class) {
            value = rows.getBigDecimal(index);
        } else if (type == String.class) {
            value = rows.getString(index);
        } else if (type.isEnum()) {
            String name = rows.getString(index);
            value = name == null ? null : enumValue(type, name);
        } else if (type == Instant.class) {
            OffsetDateTime time = rows.getObject(index, OffsetDateTime.class);
            value = time == null ? null : time.toInstant();
        } else {
            value = rows.getObject(index, type);
        }
        return rows.wasNull() ? null : value;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String name) {
        return Enum.valueOf((Class<? extends Enum>) type, name);
    }
}
