package org.mtvkit.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Says, in the default run, whether the PostgreSQL run of this suite happens. The whole suite runs a
 * second time on PostgreSQL when {@code MTVKIT_POSTGRES_URL} names a server; without one this test is
 * the suite's single "skipped" line, and it tells how to run it.
 */
class PostgresSuiteTest {

    @Test
    @DisplayName("the PostgreSQL run of the ORM suite happens when MTVKIT_POSTGRES_URL is set")
    void postgresSuite() {
        if (TestDatabases.postgresUrl().isEmpty()) {
            System.out.println("[PostgreSQL suite SKIPPED] no server configured: run eval \"$(bash .ci/postgres start)\""
                    + " then mvn verify (see docs/04-orm.md)");
        }
        assumeTrue(TestDatabases.postgresUrl().isPresent(), "no MTVKIT_POSTGRES_URL");
        try (Database db = TestDatabases.freshPostgres()) {
            assertEquals(PostgresDialect.class, db.dialect().getClass());
        }
    }
}
