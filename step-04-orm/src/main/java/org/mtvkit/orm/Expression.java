package org.mtvkit.orm;

/**
 * A value computed by the database rather than sent from Java: a column ({@link F}), arithmetic on
 * columns, or a plain value inside such arithmetic. {@code F.of("votes").plus(1)} becomes
 * {@code "votes" + ?} in SQL, so the addition happens in the database, row by row. Operators come
 * from the closed set {@link Operator}: no caller text ever reaches the SQL.
 */
public sealed interface Expression permits F, Expression.Arithmetic, Expression.Value {

    /** The four arithmetic operators; each writes one fixed SQL symbol. */
    enum Operator {
        PLUS("+"), MINUS("-"), TIMES("*"), DIVIDED_BY("/");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        /** The SQL symbol, chosen here and never by a caller. */
        public String symbol() {
            return symbol;
        }
    }

    default Expression plus(Object other) {
        return new Arithmetic(this, Operator.PLUS, wrap(other));
    }

    default Expression minus(Object other) {
        return new Arithmetic(this, Operator.MINUS, wrap(other));
    }

    default Expression times(Object other) {
        return new Arithmetic(this, Operator.TIMES, wrap(other));
    }

    default Expression dividedBy(Object other) {
        return new Arithmetic(this, Operator.DIVIDED_BY, wrap(other));
    }

    private static Expression wrap(Object value) {
        return value instanceof Expression e ? e : new Value(value);
    }

    record Arithmetic(Expression left, Operator operator, Expression right) implements Expression {
        public Arithmetic {
            java.util.Objects.requireNonNull(left, "left");
            java.util.Objects.requireNonNull(operator, "operator: one of PLUS, MINUS, TIMES, DIVIDED_BY");
            java.util.Objects.requireNonNull(right, "right");
        }

        @Override
        public String toString() {
            return "(" + left + " " + operator.symbol() + " " + right + ")";
        }
    }

    record Value(Object value) implements Expression {
        @Override
        public String toString() {
            return String.valueOf(value);
        }
    }
}
