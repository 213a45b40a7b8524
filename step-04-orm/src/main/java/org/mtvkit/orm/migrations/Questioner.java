package org.mtvkit.orm.migrations;

/**
 * The decisions makemigrations cannot take alone (Django's {@code MigrationQuestioner}). Without a
 * terminal the answer is always the safe one: no.
 */
@FunctionalInterface
public interface Questioner {
    /** Asks a yes/no question, e.g. {@code Did you rename question.text to question.title (a String(200))? [y/N]}. */
    boolean ask(String question);

    Questioner NO = question -> false;
}
