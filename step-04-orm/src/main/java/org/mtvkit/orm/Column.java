package org.mtvkit.orm;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Adjusts how one field is stored, where the conventions do not fit. Without it a field becomes a
 * NOT NULL column named in snake_case ({@code pubDate} -> {@code pub_date}), strings up to 255
 * characters.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Column {
    /** The column name; empty means the field name in snake_case (foreign keys get {@code _id}). */
    String name() default "";

    /** Maximum length of a {@code String} or enum column. */
    int length() default 255;

    /** Whether the column accepts NULL. Primitive fields can never be null. */
    boolean nullable() default false;

    /** Whether the column carries a UNIQUE constraint. */
    boolean unique() default false;

    /**
     * A DEFAULT for the column in the schema, as a value of the field's type written as text
     * ({@code "0"}, {@code "true"}, {@code "draft"}). It serves rows inserted by other programs;
     * objects saved through the ORM always send their field's value.
     */
    String defaultValue() default "";

    /** Total digits of a {@code BigDecimal} column. */
    int precision() default 19;

    /** Digits after the decimal point of a {@code BigDecimal} column. */
    int scale() default 2;
}
