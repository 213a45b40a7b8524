package org.mtvkit.orm;

import java.util.function.Function;

/**
 * One field lookup, as Django's {@code Lookup} classes: how {@code field__name=value} becomes a piece
 * of the expression tree. {@code valueOf} turns a Java value (or an {@link F}) into an expression,
 * always a bound parameter for plain values; {@code key} is what the caller wrote, for errors.
 */
@FunctionalInterface
interface Lookup {
    Expr build(Expr column, Object value, Function<Object, Expr> valueOf, String key);
}
