package org.mtvkit.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mysite.polls.models.Choice;
import mysite.polls.models.Question;
import org.mtvkit.orm.Session;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The ORM against hand-written JDBC on a real PostgreSQL server, both through the same kind of pool to
 * the same schema: reading 1,000 rows, one typical query, and inserting 1,000 rows in one transaction.
 * Runs only when {@code MTVKIT_POSTGRES_URL} names a server; {@link Main} says so when it does not.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PostgresOrmBench {

    static final int INSERTS = 1_000;
    static final String RAW_QUERY = OrmBench.RAW_QUERY.replace("FETCH NEXT 5 ROWS ONLY", "LIMIT 5");

    PollsDatabase db;
    Question target;

    @Setup
    public void setUp() {
        String url = System.getenv(PollsDatabase.POSTGRES_URL);
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("PostgresOrmBench needs " + PollsDatabase.POSTGRES_URL);
        }
        db = PollsDatabase.seededOnPostgres(url, 10, 100);           // 10 questions, 1,000 choices
        target = db.orm().save(new Question("Where the inserts go", PollsData.PUBLISHED));
    }

    @TearDown(Level.Invocation)
    public void forgetInserts() throws SQLException {
        try (Connection c = db.raw().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM \"choice\" WHERE \"question_id\" = " + target.getId());
        }
    }

    @TearDown
    public void tearDown() {
        db.close();
    }

    // region: pg
    @Benchmark
    public List<Choice> pgOrmRead() {
        return db.orm().objects(Choice.class).orderBy("id").list();
    }

    @Benchmark
    public List<RawJdbc.ChoiceRow> pgRawRead() throws SQLException {
        return RawJdbc.allChoices(db.raw());
    }

    @Benchmark
    public List<Choice> pgOrmRunQuery() {
        return db.orm().objects(Choice.class).filter("question__pubDate__lte", OrmBench.CUTOFF)
                .filter("votes__gte", 0).orderBy("-votes", "id").limit(5).list();
    }

    @Benchmark
    public int pgRawRunQuery() throws SQLException {
        return RawJdbc.countRows(db.raw(), RAW_QUERY, OrmBench.CUTOFF, 0);
    }

    @Benchmark
    public List<Choice> pgOrmInsert() {
        Session session = db.orm().session();
        List<Choice> added = newChoices();
        added.forEach(session::add);
        session.commit();
        return added;
    }

    @Benchmark
    public long[] pgRawInsert() throws SQLException {
        return RawJdbc.insert(db.raw(), newChoices());
    }
    // endregion

    private List<Choice> newChoices() {
        List<Choice> choices = new ArrayList<>(INSERTS);
        for (int i = 0; i < INSERTS; i++) {
            choices.add(new Choice(target, "Inserted choice " + i));
        }
        return choices;
    }
}
