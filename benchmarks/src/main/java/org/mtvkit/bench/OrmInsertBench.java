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
 * Inserting 10,000 choices in one transaction: the ORM's unit of work against a hand-written JDBC
 * batch. The rows are deleted after every call, outside the measured time, so each call starts alike.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class OrmInsertBench {

    static final int INSERTS = 10_000;

    PollsDatabase db;
    Question target;              // the question the inserted choices belong to

    @Setup
    public void setUp() {
        db = PollsDatabase.seededWithoutResultReuse(10, 100);
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

    // region: insert
    @Benchmark
    public List<Choice> ormInsert() {
        Session session = db.orm().session();
        List<Choice> added = newChoices();
        added.forEach(session::add);
        session.commit();
        return added;
    }

    @Benchmark
    public long[] rawInsert() throws SQLException {
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
