package org.mtvkit.orm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The registry of field lookups: name -> {@link Lookup}, as Django's {@code register_lookup}. The
 * built-ins are registered in {@link #standard()} through the same {@link #register} any other lookup
 * would use, so there is no second list of names to keep in step with a switch.
 */
final class Lookups {
    private final Map<String, Lookup> byName = new LinkedHashMap<>();

    /** The lookups every database gets. */
    static final Lookups STANDARD = standard();

    // region: lookup
    static Lookups standard() {
        Lookups lookups = new Lookups();
        lookups.register("exact", (column, value, valueOf, key) -> value == null
                ? new Expr.IsNull(column, true) : new Expr.Compare(column, Expr.Comparison.EQUALS, valueOf.apply(value)));
        lookups.register("iexact", (column, value, valueOf, key) ->
                new Expr.Compare(new Expr.Lower(column), Expr.Comparison.EQUALS, new Expr.Lower(valueOf.apply(value))));
        lookups.register("contains", like("%", "%", false));
        lookups.register("icontains", like("%", "%", true));
        lookups.register("startswith", like("", "%", false));
        lookups.register("istartswith", like("", "%", true));
        lookups.register("endswith", like("%", "", false));
        lookups.register("iendswith", like("%", "", true));
        lookups.register("gt", compare(Expr.Comparison.GREATER));
        lookups.register("gte", compare(Expr.Comparison.GREATER_OR_EQUAL));
        lookups.register("lt", compare(Expr.Comparison.LESS));
        lookups.register("lte", compare(Expr.Comparison.LESS_OR_EQUAL));
        lookups.register("in", (column, value, valueOf, key) -> new Expr.In(column,
                values(value, key).stream().filter(Objects::nonNull).map(valueOf).toList())); // Django drops None
        lookups.register("isnull", (column, value, valueOf, key) -> {
            if (!(value instanceof Boolean isNull)) {
                throw new IllegalArgumentException("The lookup '" + key + "' needs true or false, got " + value);
            }
            return new Expr.IsNull(column, isNull);
        });
        lookups.register("range", (column, value, valueOf, key) -> {
            List<?> bounds = values(value, key);
            if (bounds.size() != 2 || bounds.contains(null)) {
                throw new IllegalArgumentException("The lookup '" + key + "' needs two values (low, high), not null,"
                        + " got " + bounds);
            }
            return new Expr.Between(column, valueOf.apply(bounds.get(0)), valueOf.apply(bounds.get(1)));
        });
        return lookups;
    }
    // endregion

    /** Adds a lookup under {@code name}; a name is registered once. */
    void register(String name, Lookup lookup) {
        if (!Names.isIdentifier(name) || name.contains("__")) {
            throw new IllegalArgumentException("A lookup name is a plain identifier without '__', got '" + name + "'");
        }
        if (byName.putIfAbsent(name, lookup) != null) {
            throw new IllegalArgumentException("The lookup '" + name + "' is already registered");
        }
    }

    /** A copy to add an application's lookups to, leaving this registry as it is. */
    Lookups copy() {
        Lookups copy = new Lookups();
        copy.byName.putAll(byName);
        return copy;
    }

    /** An application's lookup, adapted: its value made a parameter by the compiler, its result checked to be a condition. */
    static Lookup custom(String name, CustomLookup lookup) {
        return (column, value, valueOf, key) -> lookup.condition(Term.of(column), Term.of(valueOf.apply(value)))
                .asCondition("The lookup '" + name + "' (in '" + key + "')");
    }

    /** A date part named as a transform ({@code year}, {@code week_day}), if {@code name} is one. */
    static java.util.Optional<DatePart> datePart(String name) {
        for (DatePart part : DATE_PARTS) { // a plain loop: every lookup of every query asks this
            if (part.lookupName().equals(name)) {
                return java.util.Optional.of(part);
            }
        }
        return java.util.Optional.empty();
    }

    private static final DatePart[] DATE_PARTS = DatePart.values();

    boolean has(String name) {
        return byName.containsKey(name);
    }

    Optional<Lookup> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The names, in registration order, for error messages. */
    List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /** The condition {@code column <name> value}; null is accepted only by {@code exact} and {@code isnull}. */
    Expr build(String name, Expr column, Object value, Function<Object, Expr> valueOf, String key) {
        Lookup lookup = find(name).orElseThrow(() -> new IllegalArgumentException("Unknown lookup '" + name + "' in '"
                + key + "'; the lookups are: " + String.join(", ", names()) + "."));
        if (value == null && !name.equals("exact")) {
            throw new IllegalArgumentException("The lookup '" + key + "' was given null; only 'exact' accepts"
                    + " null (it means IS NULL), or use '__isnull' with true or false.");
        }
        return lookup.build(column, value, valueOf, key);
    }

    private static Lookup compare(Expr.Comparison operator) {
        return (column, value, valueOf, key) -> new Expr.Compare(column, operator, valueOf.apply(value));
    }

    private static Lookup like(String before, String after, boolean ignoreCase) {
        return (column, value, valueOf, key) -> {
            Expr param = new Expr.Param(before + escape(text(value, key)) + after);
            return ignoreCase ? new Expr.Like(new Expr.Lower(column), new Expr.Lower(param)) : new Expr.Like(column, param);
        };
    }

    /** The user's % and _ are data, not wildcards; the writer says ESCAPE '\' on every dialect. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String text(Object value, String key) {
        if (value instanceof Expression) {
            throw new IllegalArgumentException("The lookup '" + key + "' compares text patterns and needs a plain"
                    + " value, not " + value);
        }
        return value.toString();
    }

    private static List<?> values(Object value, String key) {
        if (value instanceof Collection<?> collection) {
            return new ArrayList<>(collection);
        }
        if (value instanceof Object[] array) {
            return new ArrayList<>(java.util.Arrays.asList(array));
        }
        throw new IllegalArgumentException("The lookup '" + key + "' needs a collection of values (a List or a"
                + " Set), got " + value.getClass().getSimpleName() + " " + value);
    }
}
