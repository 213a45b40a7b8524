package org.mtvkit.orm;

/**
 * A reference to a field's value in the database, as Django's {@code F()}:
 * {@code filter("id", 1).update("votes", F.of("votes").plus(1))} is one UPDATE that adds 1 to
 * whatever the row holds at that moment, so two concurrent increments both count.
 */
public record F(String field) implements Expression {

    public static F of(String field) {
        return new F(field);
    }

    @Override
    public String toString() {
        return "F(" + field + ")";
    }
}
