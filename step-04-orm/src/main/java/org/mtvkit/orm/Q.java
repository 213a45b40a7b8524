package org.mtvkit.orm;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A condition on a model, as in Django: {@code Q.of("votes__gt", 0).or(Q.of("choiceText__startswith", "A"))}.
 * Conditions combine with {@link #and}, {@link #or} and {@link #not}; {@code filter("votes__gt", 0)}
 * is shorthand for {@code filter(Q.of("votes__gt", 0))}.
 */
// region: q
public sealed interface Q permits Q.Lookup, Q.And, Q.Or, Q.Not {

    /** {@code field[__related_field...][__lookup]} compared with {@code value} (a value or an {@link F}). */
    static Q of(String lookup, Object value) {
        return new Lookup(lookup, value);
    }

    default Q and(Q other) {
        return new And(List.of(this, other));
    }

    default Q or(Q other) {
        return new Or(List.of(this, other));
    }

    default Q not() {
        return new Not(this);
    }

    record Lookup(String key, Object value) implements Q {
        @Override
        public String toString() {
            return key + "=" + (value instanceof String s ? "'" + s + "'" : String.valueOf(value));
        }
    }

    record And(List<Q> parts) implements Q {
        @Override
        public String toString() {
            return parts.stream().map(Q::toString).collect(Collectors.joining(" AND ", "(", ")"));
        }
    }

    record Or(List<Q> parts) implements Q {
        @Override
        public String toString() {
            return parts.stream().map(Q::toString).collect(Collectors.joining(" OR ", "(", ")"));
        }
    }

    record Not(Q inner) implements Q {
        @Override
        public String toString() {
            return "NOT " + inner;
        }
    }
}
// endregion
