package org.mtvkit.orm;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Where the ORM's tests get their database: a fresh in-memory H2 by default; a fresh schema on a real
 * PostgreSQL server when the suite runs with {@code -Dmtvkit.test.dialect=postgresql} (which the
 * {@code postgresql} execution in this module's pom does whenever {@code MTVKIT_POSTGRES_URL} is set).
 */
public final class TestDatabases {
    static final String URL_VARIABLE = "MTVKIT_POSTGRES_URL";
    private static final List<String> SCHEMAS = new CopyOnWriteArrayList<>();

    private TestDatabases() {
    }

    /** Whether this run of the suite is the PostgreSQL one. */
    public static boolean postgres() {
        return "postgresql".equals(System.getProperty("mtvkit.test.dialect", "h2").toLowerCase(Locale.ROOT));
    }

    /** The server's URL, when one is configured. */
    public static Optional<String> postgresUrl() {
        String url = System.getenv(URL_VARIABLE);
        return url == null || url.isBlank() ? Optional.empty() : Optional.of(url);
    }

    /** A new, empty database private to the caller, on the dialect of this run. */
    public static Database fresh() {
        return postgres() ? freshPostgres() : Database.inMemory();
    }

    /** A new schema on the PostgreSQL server, dropped when the test JVM ends. */
    public static Database freshPostgres() {
        String url = postgresUrl().orElseThrow(() -> new IllegalStateException("The PostgreSQL suite needs "
                + URL_VARIABLE + ", e.g. jdbc:postgresql://127.0.0.1:54329/postgres?user=postgres"
                + " (bash .ci/postgres start prints it)"));
        String schema = "mtvkit_test_" + UUID.randomUUID().toString().replace("-", "");
        run(url, "CREATE SCHEMA " + schema);
        if (SCHEMAS.isEmpty()) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> SCHEMAS.forEach(s -> {
                try {
                    run(url, "DROP SCHEMA IF EXISTS " + s + " CASCADE");
                } catch (RuntimeException ignored) {
                    // the server may already be gone; its data directory is thrown away with it
                }
            })));
        }
        SCHEMAS.add(schema);
        return Database.open(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    }

    private static void run(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + url + " refused " + sql + ": " + e.getMessage(), e);
        }
    }
}
