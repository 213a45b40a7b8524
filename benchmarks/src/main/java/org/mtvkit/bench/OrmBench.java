package org.mtvkit.bench;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mysite.polls.models.Choice;
import mysite.polls.models.Question;
import org.mtvkit.orm.QuerySet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The ORM against hand-written JDBC on the same in-memory H2 database: reading 1,000 rows into
 * objects, one typical query (built and compiled, then run), and ten questions with their choices
 * loaded lazily (N+1 queries) or with {@code prefetchRelated} (2). Inserting is in {@link OrmInsertBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class OrmBench {

    static final Instant CUTOFF = PollsData.PUBLISHED.minusSeconds(5);
    static final String RAW_QUERY = "SELECT t0.\"id\", t0.\"question_id\", t0.\"choice_text\", t0.\"votes\""
            + " FROM \"choice\" t0 JOIN \"question\" t1 ON t1.\"id\" = t0.\"question_id\""
            + " WHERE (t1.\"pub_date\" <= ? AND t0.\"votes\" >= ?) ORDER BY t0.\"votes\" DESC, t0.\"id\" ASC"
            + " FETCH NEXT 5 ROWS ONLY";

    PollsDatabase db;

    @Setup
    public void setUp() {
        db = PollsDatabase.seededWithoutResultReuse(10, 100);                          // 10 questions, 1,000 choices
    }

    @TearDown
    public void tearDown() {
        db.close();
    }

    // region: read
    @Benchmark
    public List<Choice> ormRead() {
        return db.orm().objects(Choice.class).orderBy("id").list();
    }

    @Benchmark
    public List<RawJdbc.ChoiceRow> rawRead() throws SQLException {
        return RawJdbc.allChoices(db.raw());
    }
    // endregion

    // region: query
    QuerySet<Choice> typicalQuery() {
        return db.orm().objects(Choice.class)
                .filter("question__pubDate__lte", CUTOFF)
                .filter("votes__gte", 0)
                .orderBy("-votes", "id")
                .limit(5);
    }

    @Benchmark
    public String ormBuildQuery() {
        return typicalQuery().sql();                 // build the QuerySet and compile it to SQL; run nothing
    }

    @Benchmark
    public List<Choice> ormRunQuery() {
        return typicalQuery().list();
    }

    @Benchmark
    public int rawRunQuery() throws SQLException {
        return RawJdbc.countRows(db.raw(), RAW_QUERY, CUTOFF, 0);
    }
    // endregion

    // region: n-plus-one
    @Benchmark
    public int ormNPlusOne() {
        int n = 0;
        for (Question q : db.orm().objects(Question.class).filter("id__lte", 10L).orderBy("id")) {
            n += q.getChoices().size();             // one query per question, on first use
        }
        return n;
    }

    @Benchmark
    public int ormPrefetch() {
        int n = 0;
        for (Question q : db.orm().objects(Question.class).filter("id__lte", 10L).orderBy("id")
                .prefetchRelated("choices")) {
            n += q.getChoices().size();             // all the choices came in one more query
        }
        return n;
    }
    // endregion
}
