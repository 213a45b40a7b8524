package org.mtvkit.template;

/** The test of an {@code if}: operands joined by Django's operators, as a tree. */
sealed interface Condition {

    /** A value: true when it is truthy. */
    record Operand(FilterExpression value) implements Condition {
    }

    record Not(Condition operand) implements Condition {
    }

    record And(Condition left, Condition right) implements Condition {
    }

    record Or(Condition left, Condition right) implements Condition {
    }

    /** {@code ==}, {@code !=}, {@code <}, {@code >}, {@code <=}, {@code >=}, {@code in}, {@code not in},
     * {@code is}, {@code is not}. */
    record Compare(String operator, Condition left, Condition right) implements Condition {
    }
}
