package testsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mtvkit.orm.Database;
import org.mtvkit.orm.PostgresDialect;
import org.mtvkit.testing.TestPostgres;

/**
 * Says, in the default run, whether the PostgreSQL run of the batteries' tests happens: they run a second
 * time on PostgreSQL when {@code MTVKIT_POSTGRES_URL} names a server; without one this test is the
 * run's single "skipped" line, and it tells how to run it.
 */
class BatteriesOnPostgresTest {

    @Test
    @DisplayName("the PostgreSQL run of the batteries' tests happens when MTVKIT_POSTGRES_URL is set")
    void postgresRun() {
        if (TestPostgres.serverUrl().isEmpty()) {
            System.out.println(TestPostgres.skippedLine("the batteries' tests", "docs/08-sessions-and-users.md"));
        }
        assumeTrue(TestPostgres.serverUrl().isPresent(), "no " + TestPostgres.URL_VARIABLE);
        try (Database db = Database.open(TestPostgres.freshSchemaUrl())) {
            assertEquals(PostgresDialect.class, db.dialect().getClass());
        }
    }
}
