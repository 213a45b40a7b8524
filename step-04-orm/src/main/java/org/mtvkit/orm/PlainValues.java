package org.mtvkit.orm;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;

/**
 * Builds a model object from plain values, the kind a fixture file or a form holds: text, whole
 * numbers, decimals, booleans and null. Each value is converted to its field's type (ISO 8601 text to
 * {@code Instant}, a number to a foreign key's reference), and anything that does not fit is refused
 * with the model, the field, the value and the type it needed.
 */
final class PlainValues {

    private PlainValues() {
    }

    // region: instantiate
    static <T> T instantiate(ModelMeta<T> model, Database database, Map<String, ?> values) {
        T object = model.newInstance();
        assign(model, database, object, values);
        return object;
    }
    // endregion

    /** Sets fields of {@code object} from plain values (or values of the field's own type), as {@link #instantiate}. */
    static <T> void assign(ModelMeta<T> model, Database database, T object, Map<String, ?> values) {
        for (Map.Entry<String, ?> entry : values.entrySet()) {
            FieldMeta field = model.field(entry.getKey()).orElseThrow(() -> new IllegalArgumentException(
                    model.name() + " has no field '" + entry.getKey() + "'; its fields are: " + model.fieldNames()));
            Object value = entry.getValue();
            if (value == null) {
                if (!field.nullable() || field.type().isPrimitive()) {
                    throw new IllegalArgumentException(field.describe() + " cannot be null");
                }
                field.set(object, null);
                continue;
            }
            field.set(object, !field.isForeignKey() ? convert(field, value) : reference(database, field, value));
        }
    }

    /** A foreign key given as an object, a reference, or the related row's id (loaded when first read). */
    private static Object reference(Database database, FieldMeta field, Object value) {
        if (value instanceof ForeignKey<?>) {
            return value;
        }
        if (field.related().isInstance(value)) {
            return ForeignKey.to(value);
        }
        long id = ((Number) convertTo(field, value, Long.class)).longValue();
        return new RowLoader(database, null).reference(field, database.registry().meta(field.related()), id);
    }

    private static Object convert(FieldMeta field, Object value) {
        return convertTo(field, value, field.type());
    }

    private static Object convertTo(FieldMeta field, Object value, Class<?> type) {
        try {
            Object converted = tryConvert(value, type);
            if (converted != null) {
                return converted;
            }
        } catch (DateTimeParseException | IllegalArgumentException | ArithmeticException e) {
            // fall through to the message below, which says what was expected
        }
        throw new IllegalArgumentException(field.describe() + " needs " + expected(type) + ", not "
                + (value instanceof String ? "\"" + value + "\"" : value + " (" + value.getClass().getSimpleName() + ")"));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object tryConvert(Object value, Class<?> type) {
        // task: 04-3 the mapper
        if (type.isInstance(value)) {
            return value;
        }
        if (value instanceof Number n) {
            BigDecimal exact = new BigDecimal(n.toString());
            if (type == long.class || type == Long.class) {
                return exact.longValueExact();
            }
            if (type == int.class || type == Integer.class) {
                return exact.intValueExact();
            }
            if (type == double.class || type == Double.class) {
                return n.doubleValue();
            }
            if (type == BigDecimal.class) {
                return exact;
            }
        }
        if (value instanceof Boolean b && (type == boolean.class)) {
            return b;
        }
        if (value instanceof String s) {
            if (type == Instant.class) {
                return Instant.parse(s);
            }
            if (type == LocalDate.class) {
                return LocalDate.parse(s);
            }
            if (type == LocalDateTime.class) {
                return LocalDateTime.parse(s);
            }
            if (type == UUID.class) {
                return UUID.fromString(s);
            }
            if (type.isEnum()) {
                return Enum.valueOf((Class<? extends Enum>) type, s);
            }
        }
        return null;
        // endtask
    }

    private static String expected(Class<?> type) {
        if (type == Instant.class) {
            return "an ISO 8601 instant such as \"2026-04-01T12:00:00Z\"";
        }
        if (type == LocalDate.class) {
            return "an ISO 8601 date such as \"2026-04-01\"";
        }
        if (type == LocalDateTime.class) {
            return "an ISO 8601 date-time such as \"2026-04-01T12:00:00\"";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        return "a value of type " + type.getSimpleName();
    }
}
