package testsite;

import org.mtvkit.orm.Database;
import org.mtvkit.testing.TestPostgres;

/**
 * Where the batteries' tests get their database: a fresh in-memory H2 by default; a fresh schema on a
 * real PostgreSQL server in the module's {@code postgresql} run (the pom's second Surefire execution,
 * active whenever {@code MTVKIT_POSTGRES_URL} is set), so sessions, users, forms, messages, the generic
 * views and the admin are proven on both dialects the ORM speaks.
 */
public final class TestDatabase {
    private TestDatabase() {
    }

    /** A new, empty database private to the caller, on the dialect of this run. */
    public static Database fresh() {
        return TestPostgres.thisRun() ? Database.open(TestPostgres.freshSchemaUrl()) : Database.inMemory();
    }
}
