package org.mtvkit.orm;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the table of a model when the convention (the class name in snake_case, {@code Question} ->
 * {@code question}) does not fit.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Table {
    /** The table name, used exactly as written (the dialect quotes it). */
    String value();
}
