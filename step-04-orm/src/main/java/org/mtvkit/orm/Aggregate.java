package org.mtvkit.orm;

/**
 * A summary over the rows of a QuerySet, computed by the database:
 * {@code aggregate(Aggregate.sum("votes"))} returns {@code {votes__sum=...}}.
 */
public record Aggregate(String function, String field) {

    public static Aggregate count(String field) {
        return new Aggregate("COUNT", field);
    }

    public static Aggregate sum(String field) {
        return new Aggregate("SUM", field);
    }

    public static Aggregate avg(String field) {
        return new Aggregate("AVG", field);
    }

    public static Aggregate min(String field) {
        return new Aggregate("MIN", field);
    }

    public static Aggregate max(String field) {
        return new Aggregate("MAX", field);
    }

    /** The key of the result, Django's default: {@code votes__sum}. */
    public String key() {
        return field + "__" + function.toLowerCase(java.util.Locale.ROOT);
    }
}
