package org.mtvkit.contrib.admin;

import java.util.Optional;
import java.util.function.Function;

/**
 * A change-list column computed by a method, with what Django's {@code @admin.display} declares about
 * it: the column's label ({@code description}), the field to sort by when its header is clicked
 * ({@code ordering}), and whether it is a yes/no value shown as a mark ({@code boolean}).
 *
 * <pre>{@code
 * Display.of("wasPublishedRecently", Question::wasPublishedRecently)
 *        .description("Published recently?").ordering("pubDate").booleanValue()
 * }</pre>
 *
 * @param <T> the model
 */
public final class Display<T> {

    private final String name;
    private final Function<T, ?> method;
    private Optional<String> description = Optional.empty();
    private Optional<String> ordering = Optional.empty();
    private boolean booleanValue;

    private Display(String name, Function<T, ?> method) {
        this.name = name;
        this.method = method;
    }

    /** The column named {@code name} in {@code listDisplay}, its value computed by {@code method}. */
    public static <T> Display<T> of(String name, Function<T, ?> method) {
        return new Display<>(name, method);
    }

    /** The header's text, Django's {@code description}; without it the name made readable. */
    public Display<T> description(String description) {
        this.description = Optional.of(description);
        return this;
    }

    /** The model field to sort by; {@code -pubDate} sorts descending first. Without it the header is not sortable. */
    public Display<T> ordering(String field) {
        this.ordering = Optional.of(field);
        return this;
    }

    /** The value is true or false, shown as a yes or no mark. */
    public Display<T> booleanValue() {
        this.booleanValue = true;
        return this;
    }

    String name() {
        return name;
    }

    Object value(T object) {
        return method.apply(object);
    }

    String label() {
        return description.orElse(ModelFields.prettyName(name));
    }

    Optional<String> orderingField() {
        return ordering;
    }

    boolean isBoolean() {
        return booleanValue;
    }
}
