package org.mtvkit.orm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/** Django's field lookups, each turned into a small piece of the expression tree. */
final class Lookups {
    static final List<String> NAMES = List.of("exact", "iexact", "contains", "icontains", "startswith",
            "istartswith", "endswith", "iendswith", "gt", "gte", "lt", "lte", "in", "isnull", "range");

    private Lookups() {
    }

    // region: lookup
    /**
     * The condition {@code column <lookup> value}; {@code value} turns a Java value (or an {@link F})
     * into an expression, always a bound parameter for plain values.
     */
    static Expr build(String lookup, Expr column, Object value, Function<Object, Expr> valueOf, String key) {
        if (value == null && !lookup.equals("exact")) {
            throw new IllegalArgumentException("The lookup '" + key + "' was given null; only 'exact' accepts"
                    + " null (it means IS NULL), or use '__isnull' with true or false.");
        }
        switch (lookup) {
            case "exact":
                return value == null ? new Expr.IsNull(column, true) : new Expr.Compare(column, "=", valueOf.apply(value));
            case "iexact":
                return new Expr.Compare(new Expr.Lower(column), "=", new Expr.Lower(valueOf.apply(value)));
            case "contains":
                return like(column, "%" + escape(text(value, key)) + "%", false);
            case "icontains":
                return like(column, "%" + escape(text(value, key)) + "%", true);
            case "startswith":
                return like(column, escape(text(value, key)) + "%", false);
            case "istartswith":
                return like(column, escape(text(value, key)) + "%", true);
            case "endswith":
                return like(column, "%" + escape(text(value, key)), false);
            case "iendswith":
                return like(column, "%" + escape(text(value, key)), true);
            case "gt":
                return new Expr.Compare(column, ">", valueOf.apply(value));
            case "gte":
                return new Expr.Compare(column, ">=", valueOf.apply(value));
            case "lt":
                return new Expr.Compare(column, "<", valueOf.apply(value));
            case "lte":
                return new Expr.Compare(column, "<=", valueOf.apply(value));
            case "in":
                return new Expr.In(column, values(value, key).stream().map(valueOf).toList());
            case "isnull":
                if (!(value instanceof Boolean isNull)) {
                    throw new IllegalArgumentException("The lookup '" + key + "' needs true or false, got " + value);
                }
                return new Expr.IsNull(column, isNull);
            case "range":
                List<?> bounds = values(value, key);
                if (bounds.size() != 2) {
                    throw new IllegalArgumentException("The lookup '" + key + "' needs two values (low, high),"
                            + " got " + bounds.size());
                }
                return new Expr.Between(column, valueOf.apply(bounds.get(0)), valueOf.apply(bounds.get(1)));
            default:
                throw new IllegalStateException("no lookup " + lookup);
        }
    }
    // endregion

    private static Expr like(Expr column, String pattern, boolean ignoreCase) {
        Expr param = new Expr.Param(pattern);
        return ignoreCase ? new Expr.Like(new Expr.Lower(column), new Expr.Lower(param)) : new Expr.Like(column, param);
    }

    /** The user's % and _ are data, not wildcards. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String text(Object value, String key) {
        if (value instanceof F || value instanceof Expression) {
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
            return List.of(array);
        }
        throw new IllegalArgumentException("The lookup '" + key + "' needs a collection of values (a List or a"
                + " Set), got " + value.getClass().getSimpleName() + " " + value);
    }
}
