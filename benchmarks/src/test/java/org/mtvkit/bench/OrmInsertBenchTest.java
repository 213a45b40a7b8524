package org.mtvkit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import mysite.polls.models.Choice;

class OrmInsertBenchTest {

    private final OrmInsertBench bench = new OrmInsertBench();

    @BeforeEach
    void setUp() {
        bench.setUp();
    }

    @AfterEach
    void tearDown() {
        bench.tearDown();
    }

    private long stored() {
        return bench.db.orm().objects(Choice.class).filter("question__id", bench.target.getId()).count();
    }

    @Test
    @DisplayName("the ORM and hand-written JDBC each insert 10,000 rows, and each learns the generated keys")
    void bothInsertTenThousandRowsWithKeys() throws SQLException {
        List<Choice> orm = bench.ormInsert();
        assertEquals(10_000, stored());
        bench.forgetInserts();
        long[] raw = bench.rawInsert();
        assertEquals(10_000, stored());
        assertTrue(orm.stream().allMatch(c -> c.getId() != null));
        assertEquals(10_000, raw.length);
        assertEquals(orm.get(9_999).getId() - orm.get(0).getId(), raw[9_999] - raw[0]);
    }

    @Test
    @DisplayName("after each insert the rows are deleted, so every call starts from the same table")
    void insertsAreForgottenBetweenCalls() throws SQLException {
        bench.rawInsert();
        bench.forgetInserts();
        assertEquals(0, stored());
    }
}
