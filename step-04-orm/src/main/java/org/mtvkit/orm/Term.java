package org.mtvkit.orm;

import java.util.Arrays;
import java.util.List;

/**
 * A piece of SQL a {@link CustomLookup} may build: the field's column, the lookup's value, and what
 * the ORM's own lookups are made of (comparisons, {@code LOWER}, {@code IS NULL}, {@code NOT}, {@code AND},
 * {@code OR}). A term is a node of the ORM's expression tree, never text: the column is named by the
 * mapping and quoted by the dialect, and every value is a bound parameter, so nothing an application
 * or a user passes can become SQL.
 */
// region: term
public final class Term {
    final Expr expr;
    private final boolean condition; // true for a term that is true or false: what a lookup must return

    private Term(Expr expr, boolean condition) {
        this.expr = expr;
        this.condition = condition;
    }

    static Term of(Expr expr) {
        return new Term(expr, false);
    }

    /** A value, sent to the database as a bound parameter. */
    public static Term value(Object value) {
        return new Term(new Expr.Param(Values.toJdbc(value)), false);
    }

    /** {@code LOWER(term)}, for case-insensitive lookups. */
    public Term lower() {
        return new Term(new Expr.Lower(operand()), false);
    }

    /** {@code term = other}. */
    public Term eq(Term other) {
        return compare(Expr.Comparison.EQUALS, other);
    }

    /** {@code term <> other}, Django's {@code NotEqual} example. */
    public Term ne(Term other) {
        return compare(Expr.Comparison.NOT_EQUALS, other);
    }

    public Term lt(Term other) {
        return compare(Expr.Comparison.LESS, other);
    }

    public Term lte(Term other) {
        return compare(Expr.Comparison.LESS_OR_EQUAL, other);
    }

    public Term gt(Term other) {
        return compare(Expr.Comparison.GREATER, other);
    }

    public Term gte(Term other) {
        return compare(Expr.Comparison.GREATER_OR_EQUAL, other);
    }

    /** {@code term IS NULL}. */
    public Term isNull() {
        return new Term(new Expr.IsNull(operand(), true), true);
    }

    /** {@code NOT (condition)}. */
    public static Term not(Term condition) {
        return new Term(new Expr.Not(condition.asCondition("not")), true);
    }

    /** {@code (a AND b ...)}. */
    public static Term and(Term... conditions) {
        return new Term(new Expr.And(conditions(conditions, "and")), true);
    }

    /** {@code (a OR b ...)}. */
    public static Term or(Term... conditions) {
        return new Term(new Expr.Or(conditions(conditions, "or")), true);
    }
    // endregion

    private Term compare(Expr.Comparison operator, Term other) {
        return new Term(new Expr.Compare(operand(), operator, other.operand()), true);
    }

    private Expr operand() {
        if (condition) {
            throw new IllegalArgumentException("A condition (" + expr + ") cannot be compared or lowered; combine"
                    + " conditions with Term.and, Term.or and Term.not");
        }
        return expr;
    }

    Expr asCondition(String where) {
        if (!condition) {
            throw new IllegalArgumentException(where + ": " + expr + " is a value, not a condition; compare it"
                    + " (column.ne(value)) or test it (column.isNull())");
        }
        return expr;
    }

    private static List<Expr> conditions(Term[] terms, String where) {
        if (terms.length == 0) {
            throw new IllegalArgumentException("Term." + where + "() needs at least one condition");
        }
        return Arrays.stream(terms).map(t -> t.asCondition(where)).toList();
    }

    @Override
    public String toString() {
        return expr.toString();
    }
}
