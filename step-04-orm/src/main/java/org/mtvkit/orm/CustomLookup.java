package org.mtvkit.orm;

/**
 * A field lookup of the application's own, Django's custom {@code Lookup} with its {@code as_sql}:
 * registered with {@link Database#registerLookup}, it turns {@code filter("field__name", value)} into a
 * condition built from {@link Term}s. {@code column} is the field's column, quoted by the dialect;
 * {@code value} is the filter's value as a bound parameter (or the column of an {@link F}).
 *
 * <pre>{@code
 * db.registerLookup("ne", (column, value) -> column.ne(value));   // Django's NotEqual
 * db.objects(Choice.class).filter("votes__ne", 0);                // WHERE t0."votes" <> ?
 * }</pre>
 */
// region: custom-lookup
@FunctionalInterface
public interface CustomLookup {
    Term condition(Term column, Term value);
}
// endregion
