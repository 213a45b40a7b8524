package org.mtvkit.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
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
 * hand-written JDBC ({@link KeepingPool} on H2, H2's pool over PostgreSQL's driver, which keeps each
 * physical connection as it is). Both pools open the same database, so both sides read the same rows. By
 * default an in-memory H2; {@link #seededOnPostgres} puts it in a schema of its own on a PostgreSQL server.
 */
public final class PollsDatabase implements AutoCloseable {
    /** Names the PostgreSQL server for the PostgreSQL figures, as for the ORM's PostgreSQL suite. */
    public static final String POSTGRES_URL = "MTVKIT_POSTGRES_URL";

    private final Database orm;
    private final DataSource raw;
    private final Runnable cleanUp;

    private PollsDatabase(Database orm, DataSource raw, Runnable cleanUp) {
        // every model the polls project installs (mysite.Main.installedApps), registered before the first query
        this.orm = orm.register(Question.class, Choice.class, User.class, StoredSession.class, LogEntry.class);
        this.raw = raw;
        this.cleanUp = cleanUp;
        orm.createSchema();
    }

    /**
     * A fresh database holding {@code questions} questions, each with {@code choicesPerQuestion} choices. The
     * hand-written side takes its connections from a {@link KeepingPool}, which keeps them as the ORM's own
     * pool does: on H2's pool, which rolls each connection back and so makes H2 parse every statement again,
     * the baseline would pay a cost the kit does not, and the ratios would measure the pools.
     */
    public static PollsDatabase seeded(int questions, int choicesPerQuestion) {
        return seededOnH2(questions, choicesPerQuestion, "");
    }

    /**
     * As {@link #seeded}, for the ORM benchmarks, with H2 told not to answer a query from its last result.
     * H2 keeps the result of each statement it has parsed and answers the same query with the same
     * parameters from it while no table changed, so a benchmark that sends one query again and again would
     * time that cache, not the query and the objects.
     */
    public static PollsDatabase seededWithoutResultReuse(int questions, int choicesPerQuestion) {
        return seededOnH2(questions, choicesPerQuestion, ";OPTIMIZE_REUSE_RESULTS=FALSE");
    }

    private static PollsDatabase seededOnH2(int questions, int choicesPerQuestion, String settings) {
        String url = "jdbc:h2:mem:bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1" + settings;
        KeepingPool raw = new KeepingPool(url, 10);
        return seed(new PollsDatabase(Database.open(url), raw, raw::close), questions, choicesPerQuestion);
    }

    /** The same, in a new schema on the PostgreSQL server {@code url} names; the schema is dropped on close. */
    public static PollsDatabase seededOnPostgres(String url, int questions, int choicesPerQuestion) {
        String schema = "mtvkit_bench_" + UUID.randomUUID().toString().replace("-", "");
        execute(url, "CREATE SCHEMA " + schema);
        String inSchema = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        PGConnectionPoolDataSource source = new PGConnectionPoolDataSource();
        source.setURL(inSchema);
        JdbcConnectionPool raw = JdbcConnectionPool.create(source);
        return seed(new PollsDatabase(Database.open(inSchema), raw, () -> {
            raw.dispose();
            execute(url, "DROP SCHEMA " + schema + " CASCADE");
        }), questions, choicesPerQuestion);
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

    public DataSource raw() {
        return raw;
    }

    @Override
    public void close() {
        orm.close();
        cleanUp.run();
    }
}
