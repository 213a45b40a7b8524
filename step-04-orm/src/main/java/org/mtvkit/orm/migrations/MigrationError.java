package org.mtvkit.orm.migrations;

/**
 * Migrations cannot go on: a file does not parse, a dependency is missing, the graph has a cycle or
 * two leaves, a target does not exist, a model change needs a decision. The message is one line that
 * says what was wrong and what to do.
 */
public class MigrationError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MigrationError(String message) {
        super(message);
    }

    public MigrationError(String message, Throwable cause) {
        super(message, cause);
    }
}
