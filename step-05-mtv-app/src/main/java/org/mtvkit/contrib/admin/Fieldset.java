package org.mtvkit.contrib.admin;

import java.util.List;
import java.util.Optional;

/**
 * One group of fields on an add or change page, Django's {@code (name, {'fields': [...]})} in
 * {@code fieldsets}; a fieldset without a name shows its fields without a heading.
 */
public record Fieldset(Optional<String> name, List<String> fields) {

    public Fieldset {
        fields = List.copyOf(fields);
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("a fieldset needs at least one field" + name.map(n -> " ('" + n + "')").orElse(""));
        }
    }

    /** A fieldset with a heading. */
    public static Fieldset of(String name, String... fields) {
        return new Fieldset(Optional.of(name), List.of(fields));
    }

    /** A fieldset without a heading, Django's {@code (None, {...})}. */
    public static Fieldset untitled(String... fields) {
        return new Fieldset(Optional.empty(), List.of(fields));
    }
}
