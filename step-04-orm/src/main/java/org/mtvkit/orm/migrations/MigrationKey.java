package org.mtvkit.orm.migrations;

/** A migration's name within its app: {@code polls.0001_initial}. */
public record MigrationKey(String app, String name) implements Comparable<MigrationKey> {

    /** Reads {@code polls.0001_initial}, as a migration file lists its dependencies. */
    static MigrationKey parse(String text, String where) {
        int dot = text.indexOf('.');
        if (dot <= 0 || dot == text.length() - 1) {
            throw new MigrationError(where + " has the dependency \"" + text + "\"; a dependency is written"
                    + " app.name, e.g. \"polls.0001_initial\".");
        }
        return new MigrationKey(text.substring(0, dot), text.substring(dot + 1));
    }

    @Override
    public int compareTo(MigrationKey other) {
        int byApp = app.compareTo(other.app);
        return byApp != 0 ? byApp : name.compareTo(other.name);
    }

    @Override
    public String toString() {
        return app + "." + name;
    }
}
