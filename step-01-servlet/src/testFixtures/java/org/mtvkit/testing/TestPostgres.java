package org.mtvkit.testing;

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
 * The PostgreSQL run of a suite: a module's pom runs its database tests a second time with
 * {@code -Dmtvkit.test.dialect=postgresql} whenever {@code MTVKIT_POSTGRES_URL} names a server
 * ({@code bash .ci/postgres start} prints it), and each test then gets a fresh schema of its own there.
 * Plain JDBC only, so that step 1's tests compile it too; the driver comes with the module that runs it.
 */
public final class TestPostgres {

    /** The environment variable naming the server, e.g. {@code jdbc:postgresql://127.0.0.1:54329/postgres?user=postgres}. */
    public static final String URL_VARIABLE = "MTVKIT_POSTGRES_URL";

    private static final List<String> SCHEMAS = new CopyOnWriteArrayList<>();

    private TestPostgres() {
    }

    /** Whether this run of the suite is the PostgreSQL one. */
    public static boolean thisRun() {
        return "postgresql".equals(System.getProperty("mtvkit.test.dialect", "h2").toLowerCase(Locale.ROOT));
    }

    /** The server's URL, when one is configured. */
    public static Optional<String> serverUrl() {
        String url = System.getenv(URL_VARIABLE);
        return url == null || url.isBlank() ? Optional.empty() : Optional.of(url);
    }

    /**
     * Creates a new, empty schema on the server, dropped when the test JVM ends, and returns the JDBC URL
     * that works in it.
     */
    public static String freshSchemaUrl() {
        String url = serverUrl().orElseThrow(() -> new IllegalStateException("The PostgreSQL run needs "
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
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** The one line a default run prints when no server is configured, saying how to have the PostgreSQL run. */
    public static String skippedLine(String suite, String chapter) {
        return "[PostgreSQL run of " + suite + " SKIPPED] no server configured: run eval \"$(bash .ci/postgres start)\""
                + " then mvn verify (see " + chapter + ")";
    }

    private static void run(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + url + " refused " + sql + ": " + e.getMessage(), e);
        }
    }
}
