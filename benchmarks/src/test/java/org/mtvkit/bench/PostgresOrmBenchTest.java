package org.mtvkit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.SQLException;
import mysite.polls.models.Choice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The PostgreSQL benchmarks do what they say, when a server is configured (CI has one). */
class PostgresOrmBenchTest {
    private final PostgresOrmBench bench = new PostgresOrmBench();

    @BeforeEach
    void setUp() {
        String url = System.getenv(PollsDatabase.POSTGRES_URL);
        assumeTrue(url != null && !url.isBlank(), "no " + PollsDatabase.POSTGRES_URL);
        bench.setUp();
    }

    @AfterEach
    void tearDown() {
        if (bench.db != null) {
            bench.tearDown();
        }
    }

    @Test
    @DisplayName("on PostgreSQL the ORM and hand-written JDBC read the same 1,000 rows and run the same query")
    void readsAgree() throws SQLException {
        assertEquals(1_000, bench.pgOrmRead().size());
        assertEquals(1_000, bench.pgRawRead().size());
        assertEquals(bench.pgOrmRunQuery().size(), bench.pgRawRunQuery());
    }

    @Test
    @DisplayName("on PostgreSQL the ORM and hand-written JDBC each insert 1,000 rows, and the rows are forgotten after")
    void insertsAgree() throws SQLException {
        bench.pgOrmInsert();
        assertEquals(1_000, bench.db.orm().objects(Choice.class).filter("question", bench.target).count());
        bench.forgetInserts();
        assertEquals(1_000, bench.pgRawInsert().length);
        bench.forgetInserts();
        assertEquals(0, bench.db.orm().objects(Choice.class).filter("question", bench.target).count());
    }
}
