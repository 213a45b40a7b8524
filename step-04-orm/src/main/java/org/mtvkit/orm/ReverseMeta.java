package org.mtvkit.orm;

import java.lang.reflect.Field;
import java.util.List;

/**
 * The other side of a foreign key: a {@code List<Choice> choices} field on {@code Question} is filled
 * with the choices whose {@code question} points at it. It has no column of its own.
 */
record ReverseMeta(Field field, String name, Class<?> childType, FieldMeta foreignKey) {

    void set(Object model, List<?> children) {
        try {
            field.set(model, children);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot write " + field, e);
        }
    }
}
