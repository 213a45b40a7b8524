package org.mtvkit.orm;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A summary over the rows of a QuerySet, computed by the database:
 * {@code aggregate(Aggregate.sum("votes"))} returns {@code {votes__sum=...}}, and
 * {@code annotate(Aggregate.count("choices"))} gives each object its own count. The function comes from
 * the closed set {@link Function} and the field is resolved through the model, so no caller text
 * reaches the SQL. {@code distinct} counts (or sums) each distinct value once, Django's
 * {@code Count("choices", distinct=True)}; {@code filter} takes only the rows that meet a condition,
 * Django's {@code Count("choices", filter=Q(choices__votes__gt=0))}.
 */
public record Aggregate(Function function, String field, boolean distinct, Optional<Q> filter) {

    /** Django's five aggregates; each writes one fixed SQL function name. */
    public enum Function { COUNT, SUM, AVG, MIN, MAX }

    public Aggregate {
        Objects.requireNonNull(function, "function: one of COUNT, SUM, AVG, MIN, MAX");
        Objects.requireNonNull(field, "field: the name of a field, as in filter()");
        Objects.requireNonNull(filter, "filter: Optional.empty() for every row");
        if (distinct && (function == Function.MIN || function == Function.MAX)) {
            throw new IllegalArgumentException(function + "(\"" + field + "\") does not allow distinct, as in Django:"
                    + " the smallest and largest values are the same either way. COUNT, SUM and AVG do.");
        }
    }

    public Aggregate(Function function, String field) {
        this(function, field, false, Optional.empty());
    }

    /** This aggregate over distinct values only: {@code Aggregate.count("choices").asDistinct()}. */
    public Aggregate asDistinct() {
        return new Aggregate(function, field, true, filter);
    }

    /** This aggregate over the rows that meet {@code condition} only (SQL's {@code FILTER (WHERE ...)}). */
    public Aggregate filter(Q condition) {
        return new Aggregate(function, field, distinct, Optional.of(Objects.requireNonNull(condition, "condition")));
    }

    public static Aggregate count(String field) {
        return new Aggregate(Function.COUNT, field);
    }

    public static Aggregate sum(String field) {
        return new Aggregate(Function.SUM, field);
    }

    public static Aggregate avg(String field) {
        return new Aggregate(Function.AVG, field);
    }

    public static Aggregate min(String field) {
        return new Aggregate(Function.MIN, field);
    }

    public static Aggregate max(String field) {
        return new Aggregate(Function.MAX, field);
    }

    /** The key of the result, Django's default: {@code votes__sum}. */
    public String key() {
        return field + "__" + function.name().toLowerCase(Locale.ROOT);
    }
}
