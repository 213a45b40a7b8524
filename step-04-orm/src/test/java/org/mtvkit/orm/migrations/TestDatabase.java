package org.mtvkit.orm.migrations;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.mtvkit.orm.Database;

/**
 * A fresh database for one test, on the dialect of this run: in-memory H2 by default, a new schema on
 * the PostgreSQL server when the ORM suite runs again with {@code -Dmtvkit.test.dialect=postgresql}
 * (the module's {@code postgresql} execution, active whenever {@code MTVKIT_POSTGRES_URL} is set).
 */
final class TestDatabase {
    private TestDatabase() {
    }

    static boolean postgres() {
        return "postgresql".equals(System.getProperty("mtvkit.test.dialect", "h2").toLowerCase(Locale.ROOT));
    }

    static Database fresh() {
        if (!postgres()) {
            return Database.inMemory();
        }
        String url = System.getenv("MTVKIT_POSTGRES_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("The PostgreSQL run needs MTVKIT_POSTGRES_URL (bash .ci/postgres start prints it)");
        }
        String schema = "mtvkit_migrations_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + url + " refused CREATE SCHEMA: " + e.getMessage(), e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            } catch (SQLException ignored) {
                // the throw-away server may be gone already
            }
        }));
        return Database.open(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    }
}
