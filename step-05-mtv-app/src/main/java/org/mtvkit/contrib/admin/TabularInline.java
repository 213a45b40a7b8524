package org.mtvkit.contrib.admin;

import java.util.List;
import java.util.Optional;

/**
 * Objects edited on their parent's page, one table row each, Django's {@code admin.TabularInline}: the
 * choices of a question on the question's page. The inline's model has a foreign key to the parent; the
 * page shows the existing rows and {@link #extra} empty ones (three by default, as Django).
 *
 * <pre>{@code
 * class ChoiceInline extends TabularInline<Choice> {
 *     ChoiceInline() { super(Choice.class); extra(3); }
 * }
 * }</pre>
 *
 * @param <C> the inline's model
 */
public class TabularInline<C> {

    private final Class<C> model;
    private Optional<String> foreignKey = Optional.empty();
    private Optional<List<String>> fields = Optional.empty();
    private int extra = 3;

    public TabularInline(Class<C> model) {
        this.model = model;
    }

    /** How many empty rows the page offers for new objects. */
    public final TabularInline<C> extra(int extra) {
        if (extra < 0) {
            throw new IllegalArgumentException("extra must be 0 or more, not " + extra);
        }
        this.extra = extra;
        return this;
    }

    /** The foreign key to the parent, Django's {@code fk_name}: needed only when there are several. */
    public final TabularInline<C> foreignKey(String field) {
        this.foreignKey = Optional.of(field);
        return this;
    }

    /** The columns of each row; without it every editable field but the foreign key. */
    public final TabularInline<C> fields(String... fields) {
        this.fields = Optional.of(List.of(fields));
        return this;
    }

    final Class<C> model() {
        return model;
    }

    final Optional<String> foreignKeyName() {
        return foreignKey;
    }

    final Optional<List<String>> fieldNames() {
        return fields;
    }

    final int extraRows() {
        return extra;
    }
}
