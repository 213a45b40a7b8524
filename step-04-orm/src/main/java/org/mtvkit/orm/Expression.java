package org.mtvkit.orm;

/**
 * A value computed by the database rather than sent from Java: a column ({@link F}), arithmetic on
 * columns, or a plain value inside such arithmetic. {@code F.of("votes").plus(1)} becomes
 * {@code "votes" + ?} in SQL, so the addition happens in the database, row by row.
 */
public sealed interface Expression permits F, Expression.Arithmetic, Expression.Value {

    default Expression plus(Object other) {
        return new Arithmetic(this, "+", wrap(other));
    }

    default Expression minus(Object other) {
        return new Arithmetic(this, "-", wrap(other));
    }

    default Expression times(Object other) {
        return new Arithmetic(this, "*", wrap(other));
    }

    default Expression dividedBy(Object other) {
        return new Arithmetic(this, "/", wrap(other));
    }

    private static Expression wrap(Object value) {
        return value instanceof Expression e ? e : new Value(value);
    }

    record Arithmetic(Expression left, String operator, Expression right) implements Expression {
        @Override
        public String toString() {
            return "(" + left + " " + operator + " " + right + ")";
        }
    }

    record Value(Object value) implements Expression {
        @Override
        public String toString() {
            return String.valueOf(value);
        }
    }
}
