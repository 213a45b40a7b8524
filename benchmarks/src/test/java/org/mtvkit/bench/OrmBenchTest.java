package org.mtvkit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import mysite.polls.models.Choice;

class OrmBenchTest {

    private final OrmBench bench = new OrmBench();

    @BeforeEach
    void setUp() {
        bench.setUp();
    }

    @AfterEach
    void tearDown() {
        bench.tearDown();
    }

    @Test
    @DisplayName("the ORM and hand-written JDBC read the same 1,000 rows into the same values")
    void readsTheSameRows() throws SQLException {
        List<Choice> orm = bench.ormRead();
        List<RawJdbc.ChoiceRow> raw = bench.rawRead();
        assertEquals(1000, orm.size());
        assertEquals(raw.stream().map(r -> r.id() + "/" + r.questionId() + "/" + r.choiceText() + "/" + r.votes()).toList(),
                describe(orm));
    }

    @Test
    @DisplayName("the typical query, run by the ORM and as hand-written SQL, finds the same rows")
    void typicalQueryFindsTheSameRows() throws SQLException {
        assertEquals(bench.rawRunQuery(), bench.ormRunQuery().size());
        assertEquals(5, bench.rawRunQuery());
    }

    @Test
    @DisplayName("the hand-written SQL of the typical query is the SQL the ORM compiles")
    void typicalQueryCompilesToTheHandWrittenSql() {
        assertEquals(OrmBench.RAW_QUERY, bench.ormBuildQuery().replaceFirst("\\s+\\[.*\\]$", ""));
    }

    @Test
    @DisplayName("lazy loading (N+1) and prefetchRelated count the same choices")
    void nPlusOneAndPrefetchAgree() {
        assertEquals(1000, bench.ormNPlusOne());
        assertEquals(1000, bench.ormPrefetch());
    }

    static List<String> describe(List<Choice> choices) {
        return choices.stream().map(c -> c.getId() + "/" + c.getQuestion().getId() + "/" + c.getChoiceText() + "/" + c.getVotes())
                .toList();
    }
}
