package org.mtvkit.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.h2.jdbcx.JdbcConnectionPool;
import mysite.polls.models.Choice;
import mysite.polls.models.Question;
import org.mtvkit.contrib.admin.LogEntry;
import org.mtvkit.contrib.auth.User;
import org.mtvkit.contrib.sessions.StoredSession;
import org.mtvkit.orm.Database;
import org.mtvkit.orm.Session;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * One database seen two ways: through the ORM, and through a plain connection pool for the
 * hand-written JDBC. Both pools open the same database, so both sides read the same rows. By default
 * an in-memory H2; {@link #seededOnPostgres} puts it in a schema of its own on a PostgreSQL server.
 */
public final class PollsDatabase implements AutoCloseable {
    /** Names the PostgreSQL server for the PostgreSQL figures, as for the ORM's PostgreSQL suite. */
    public static final String POSTGRES_URL = "MTVKIT_POSTGRES_URL";

    private final Database orm;
    private final JdbcConnectionPool raw;
    private final Runnable cleanUp;

    private PollsDatabase(Database orm, JdbcConnectionPool raw, Runnable cleanUp) {
        // every model the polls project installs (mysite.Main.installedApps), registered before the first query
        this.orm = orm.register(Question.class, Choice.class, User.class, StoredSession.class, LogEntry.class);
        this.raw = raw;
        this.cleanUp = cleanUp;
        orm.createSchema();
    }

    /** A fresh database holding {@code questions} questions, each with {@code choicesPerQuestion} choices. */
    public static PollsDatabase seeded(int questions, int choicesPerQuestion) {
        String url = "jdbc:h2:mem:bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        return seed(new PollsDatabase(Database.open(url), JdbcConnectionPool.create(url, "sa", ""), () -> { }),
                questions, choicesPerQuestion);
    }

    /** The same, in a new schema on the PostgreSQL server {@code url} names; the schema is dropped on close. */
    public static PollsDatabase seededOnPostgres(String url, int questions, int choicesPerQuestion) {
        String schema = "mtvkit_bench_" + UUID.randomUUID().toString().replace("-", "");
        execute(url, "CREATE SCHEMA " + schema);
        String inSchema = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        PGConnectionPoolDataSource source = new PGConnectionPoolDataSource();
        source.setURL(inSchema);
        return seed(new PollsDatabase(Database.open(inSchema), JdbcConnectionPool.create(source),
                () -> execute(url, "DROP SCHEMA " + schema + " CASCADE")), questions, choicesPerQuestion);
    }

    private static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + url + " refused " + sql + ": " + e.getMessage(), e);
        }
    }

    private static PollsDatabase seed(PollsDatabase db, int questions, int choicesPerQuestion) {
        Session session = db.orm.session();
        for (int q = 1; q <= questions; q++) {
            Question question = session.add(new Question("Question " + q + ": tabs or <spaces>?",
                    PollsData.PUBLISHED.minusSeconds(q)));
            for (int c = 1; c <= choicesPerQuestion; c++) {
                session.add(new Choice(question, "Choice " + c + " of " + q + " & more"));
            }
        }
        session.commit();
        return db;
    }

    public Database orm() {
        return orm;
    }

    public JdbcConnectionPool raw() {
        return raw;
    }

    @Override
    public void close() {
        orm.close();
        raw.dispose();
        cleanUp.run();
    }
}
