package org.mtvkit.orm;

import java.util.Map;
import java.util.Objects;

/**
 * An object loaded by {@link QuerySet#listAnnotated()} with the values its {@code annotate()} computed:
 * {@code row.get("choices__count")} is Django's {@code question.choices__count}. The kit's models are
 * plain classes with no field for an annotation, so the values travel beside the object, by name.
 */
public record Annotated<T>(T object, Map<String, Object> annotations) {

    public Annotated {
        Objects.requireNonNull(object, "object");
        annotations = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(annotations)); // may hold nulls
    }

    /** The value annotated under {@code name} (null for an aggregate over no rows, e.g. a SUM). */
    public Object get(String name) {
        if (!annotations.containsKey(name)) {
            throw new IllegalArgumentException("No annotation '" + name + "' on this " + object.getClass().getSimpleName()
                    + "; the annotations are: " + String.join(", ", annotations.keySet()) + ".");
        }
        return annotations.get(name);
    }
}
