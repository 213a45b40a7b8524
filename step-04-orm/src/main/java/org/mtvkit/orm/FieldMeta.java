package org.mtvkit.orm;

import java.lang.reflect.Field;

/**
 * What the ORM knows about one stored field: where it lives in the object and in the table.
 * A foreign key is a field whose {@code related} type is another model; its column holds that
 * model's primary key.
 */
record FieldMeta(Field field, String name, String column, Class<?> type, boolean primaryKey,
                 boolean nullable, boolean unique, int length, int precision, int scale,
                 String defaultValue, Class<?> related, OnDelete onDelete) {

    boolean isForeignKey() {
        return related != null;
    }

    Object get(Object model) {
        try {
            return field.get(model);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + field, e);
        }
    }

    void set(Object model, Object value) {
        try {
            if (value == null && type.isPrimitive()) {
                return; // a NULL never overwrites a primitive's zero
            }
            field.set(model, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot write " + field, e);
        }
    }

    String describe() {
        return field.getDeclaringClass().getSimpleName() + "." + name;
    }
}
