package org.mtvkit.orm;

import java.lang.reflect.Field;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads one column of a row into one field of an object. Each stored field that is not a foreign key
 * gets its reader once, when its model is registered, so the loop over a result's rows no longer asks
 * the field's type on every row, and a primitive field ({@code int votes}) is filled with
 * {@code rows.getInt} and {@code Field.setInt}: no {@code Integer} is made and unboxed for it. A NULL
 * leaves a primitive field as it is, as {@link FieldMeta#set} does.
 */
@FunctionalInterface
interface FieldReader {

    /** Reads column {@code index} of the current row into {@code target}'s field. */
    void read(ResultSet rows, int index, Object target) throws SQLException, IllegalAccessException;

    // region: field-reader
    /** The reader for a stored field of a plain type (a foreign key is read by {@code RowLoader} itself). */
    static FieldReader of(FieldMeta meta) {
        Field field = meta.field();
        Class<?> type = meta.type();
        if (type == long.class) {
            return (rows, i, target) -> {
                long value = rows.getLong(i);
                if (value != 0 || !rows.wasNull()) {
                    field.setLong(target, value);
                }
            };
        } else if (type == int.class) {
            return (rows, i, target) -> {
                int value = rows.getInt(i);
                if (value != 0 || !rows.wasNull()) {
                    field.setInt(target, value);
                }
            };
        } else if (type == boolean.class) {
            return (rows, i, target) -> {
                boolean value = rows.getBoolean(i);
                if (value || !rows.wasNull()) {
                    field.setBoolean(target, value);
                }
            };
        } else if (type == double.class) {
            return (rows, i, target) -> {
                double value = rows.getDouble(i);
                if (value != 0 || !rows.wasNull()) {
                    field.setDouble(target, value);
                }
            };
        } else if (type == String.class) {
            return (rows, i, target) -> field.set(target, rows.getString(i)); // getString is null for NULL
        }
        return (rows, i, target) -> field.set(target, Values.read(rows, i, type));
    }
    // endregion
}
