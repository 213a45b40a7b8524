package org.mtvkit.orm;

import java.util.List;

/**
 * The SQL expression tree a query compiles to before it becomes text. Values never appear in the
 * text: a {@link Param} is written as {@code ?} and its value is bound by JDBC. Names come only from
 * the mapping, and the dialect quotes them; operators and functions come from closed enums.
 */
// region: expr
sealed interface Expr {
    /** {@code t0."pub_date"}: a column of the table joined under {@code alias}. */
    record Column(String alias, String name) implements Expr { }

    /** A value, sent as a bound parameter. */
    record Param(Object value) implements Expr { }

    /** {@code left + right}, for {@code F("votes").plus(1)}. */
    record Arithmetic(Expr left, Expression.Operator operator, Expr right) implements Expr { }

    /** {@code left = right}, {@code <}, {@code <=}, {@code >}, {@code >=}. */
    record Compare(Expr left, Comparison operator, Expr right) implements Expr { }

    /** {@code left LIKE pattern ESCAPE '\'}, the pattern's own % and _ already escaped. */
    record Like(Expr left, Expr pattern) implements Expr { }

    record Lower(Expr inner) implements Expr { }

    record In(Expr left, List<Expr> values) implements Expr { }

    /** {@code left IN (SELECT ...)}, for updates and deletes whose conditions need joins. */
    record InSelect(Expr left, Select select) implements Expr { }

    record IsNull(Expr inner, boolean isNull) implements Expr { }

    record Between(Expr inner, Expr low, Expr high) implements Expr { }

    record And(List<Expr> parts) implements Expr { }

    record Or(List<Expr> parts) implements Expr { }

    record Not(Expr inner) implements Expr { }

    /**
     * An aggregate: {@code COUNT(*)} when the argument is {@code null}, else {@code SUM(t0."votes")};
     * {@code COUNT(DISTINCT ...)}; {@code ... FILTER (WHERE filter)} when a filter is given (else {@code null}).
     */
    record Aggregate(org.mtvkit.orm.Aggregate.Function function, Expr argument, boolean distinct, Expr filter)
            implements Expr {
        Aggregate(org.mtvkit.orm.Aggregate.Function function, Expr argument) {
            this(function, argument, false, null);
        }
    }

    /** A part of a date or time: {@code EXTRACT(YEAR FROM t0."pub_date")}, written by the dialect; {@code utc} for an Instant. */
    record Extract(DatePart part, Expr inner, boolean utc) implements Expr { }

    /** The comparison operators a lookup may write: a closed set, so no text from outside reaches SQL. */
    enum Comparison {
        EQUALS("="), NOT_EQUALS("<>"), LESS("<"), LESS_OR_EQUAL("<="), GREATER(">"), GREATER_OR_EQUAL(">=");

        final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }
    }
}
// endregion
