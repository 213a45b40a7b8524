package org.mtvkit.orm;

/**
 * Hears every statement a {@link Database} runs, before it runs. The demo prints them; an application
 * can log them or count them per request. Called on the thread that runs the statement.
 */
@FunctionalInterface
public interface StatementListener {
    void onStatement(StatementEvent event);
}
