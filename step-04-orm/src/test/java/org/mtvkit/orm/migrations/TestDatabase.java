package org.mtvkit.orm.migrations;

import org.mtvkit.orm.Database;
import org.mtvkit.orm.TestDatabases;

/**
 * A fresh database for one test, on the dialect of this run: in-memory H2 by default, a new schema on
 * the PostgreSQL server when the ORM suite runs again with {@code -Dmtvkit.test.dialect=postgresql}
 * (the module's {@code postgresql} execution, active whenever {@code MTVKIT_POSTGRES_URL} is set).
 */
final class TestDatabase {
    private TestDatabase() {
    }

    static boolean postgres() {
        return TestDatabases.postgres();
    }

    static Database fresh() {
        return TestDatabases.fresh();
    }
}
