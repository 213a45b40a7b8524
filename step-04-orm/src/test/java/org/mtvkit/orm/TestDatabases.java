package org.mtvkit.orm;

import java.util.Optional;
import org.mtvkit.testing.TestPostgres;

/**
 * Where the ORM's tests get their database: a fresh in-memory H2 by default; a fresh schema on a real
 * PostgreSQL server when the suite runs with {@code -Dmtvkit.test.dialect=postgresql} (which the
 * {@code postgresql} execution in this module's pom does whenever {@code MTVKIT_POSTGRES_URL} is set).
 * The schema comes from step 1's test tool {@link TestPostgres}, which step 5's batteries use too.
 */
public final class TestDatabases {
    static final String URL_VARIABLE = TestPostgres.URL_VARIABLE;

    private TestDatabases() {
    }

    /** Whether this run of the suite is the PostgreSQL one. */
    public static boolean postgres() {
        return TestPostgres.thisRun();
    }

    /** The server's URL, when one is configured. */
    public static Optional<String> postgresUrl() {
        return TestPostgres.serverUrl();
    }

    /** A new, empty database private to the caller, on the dialect of this run. */
    public static Database fresh() {
        return postgres() ? freshPostgres() : Database.inMemory();
    }

    /** A new schema on the PostgreSQL server, dropped when the test JVM ends. */
    public static Database freshPostgres() {
        return Database.open(TestPostgres.freshSchemaUrl());
    }
}
