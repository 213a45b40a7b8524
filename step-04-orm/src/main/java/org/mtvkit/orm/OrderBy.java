package org.mtvkit.orm;

import java.util.Objects;

/**
 * One ordering term, as Django's {@code F("field").asc(nulls_last=True)}: a field, a direction, and
 * where NULLs go. {@code orderBy("-pubDate")} is shorthand for {@code orderBy(OrderBy.desc("pubDate"))}.
 * Without an explicit choice NULLs sort as PostgreSQL (and so Django on it) sorts them: after every
 * value ascending, before every value descending, on every dialect.
 */
public record OrderBy(String field, boolean descending, Nulls nulls) {

    /** Where rows whose value is NULL go. */
    public enum Nulls {
        /** As if NULL were larger than every value: last ascending, first descending (PostgreSQL's rule). */
        DEFAULT, FIRST, LAST
    }

    public OrderBy {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(nulls, "nulls");
    }

    public static OrderBy asc(String field) {
        return new OrderBy(field, false, Nulls.DEFAULT);
    }

    public static OrderBy desc(String field) {
        return new OrderBy(field, true, Nulls.DEFAULT);
    }

    /** {@code "-pubDate"} descending, {@code "pubDate"} ascending. */
    public static OrderBy parse(String name) {
        return name.startsWith("-") ? desc(name.substring(1)) : asc(name);
    }

    public OrderBy nullsFirst() {
        return new OrderBy(field, descending, Nulls.FIRST);
    }

    public OrderBy nullsLast() {
        return new OrderBy(field, descending, Nulls.LAST);
    }

    /** Whether NULLs come first once the default is applied. */
    boolean nullsComeFirst() {
        return nulls == Nulls.DEFAULT ? descending : nulls == Nulls.FIRST;
    }

    @Override
    public String toString() {
        return (descending ? "-" : "") + field + (nulls == Nulls.DEFAULT ? "" : " NULLS " + nulls);
    }
}
