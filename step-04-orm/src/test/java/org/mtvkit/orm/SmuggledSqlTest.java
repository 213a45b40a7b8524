package org.mtvkit.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No caller text becomes SQL: every public constructor and builder that takes a name resolves it
 * through the mapping or refuses it, before any statement runs; operators and functions are enums.
 */
class SmuggledSqlTest {
    static final String DROP = "votes) FROM \"choice\"; DROP TABLE \"question\"; --";
    static final String ALWAYS = "votes + 0) OR (1 = 1) OR (0 =";
    Database db;
    QueryCounter counter;

    @BeforeEach
    void setUp() {
        db = Polls.withData();
        counter = new QueryCounter();
        db.addListener(counter);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    static Stream<Arguments> attempts() {
        return Stream.of(
                Arguments.of("Aggregate.sum", (Smuggle) db -> db.objects(Choice.class).aggregate(Aggregate.sum(DROP))),
                Arguments.of("new Aggregate", (Smuggle) db -> db.objects(Choice.class)
                        .aggregate(new Aggregate(Aggregate.Function.COUNT, DROP))),
                Arguments.of("F in a filter", (Smuggle) db -> db.objects(Choice.class).filter("votes", F.of(ALWAYS))),
                Arguments.of("F in arithmetic", (Smuggle) db -> db.objects(Choice.class)
                        .filter("votes", F.of("votes").plus(F.of(ALWAYS)))),
                Arguments.of("F in an update", (Smuggle) db -> db.objects(Choice.class).update("votes", F.of(DROP))),
                Arguments.of("Q.of key", (Smuggle) db -> db.objects(Choice.class).filter(Q.of(ALWAYS, 0))),
                Arguments.of("filter key", (Smuggle) db -> db.objects(Choice.class).filter(DROP, 0)),
                Arguments.of("exclude key", (Smuggle) db -> db.objects(Choice.class).exclude(DROP, 0)),
                Arguments.of("get key", (Smuggle) db -> db.objects(Choice.class).get(DROP, 0)),
                Arguments.of("orderBy", (Smuggle) db -> db.objects(Choice.class).orderBy(DROP)),
                Arguments.of("OrderBy.asc", (Smuggle) db -> db.objects(Choice.class).orderBy(OrderBy.asc("1 DESC; --"))),
                Arguments.of("selectRelated", (Smuggle) db -> db.objects(Choice.class).selectRelated(DROP)),
                Arguments.of("prefetchRelated", (Smuggle) db -> db.objects(Question.class).prefetchRelated(DROP)),
                Arguments.of("values", (Smuggle) db -> db.objects(Choice.class).values(DROP)),
                Arguments.of("valuesList", (Smuggle) db -> db.objects(Choice.class).valuesList(DROP)),
                Arguments.of("valuesListFlat", (Smuggle) db -> db.objects(Choice.class).valuesListFlat(DROP)),
                Arguments.of("latest", (Smuggle) db -> db.objects(Choice.class).latest(DROP)),
                Arguments.of("update field", (Smuggle) db -> db.objects(Choice.class).update(Map.of(DROP, 1))),
                Arguments.of("a lookup after a lookup", (Smuggle) db -> db.objects(Choice.class).filter("votes__gt__lt", 1)));
    }

    interface Smuggle {
        Object run(Database db);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attempts")
    @DisplayName("a name carrying SQL is refused before any statement, and both tables are still there")
    void refused(String where, Smuggle attempt) {
        Executable call = () -> attempt.run(db);
        assertThrows(IllegalArgumentException.class, call, where);
        assertEquals(0, counter.count(), where + " ran " + counter.statements());
        assertEquals(3, db.objects(Question.class).count());
        assertEquals(7, db.objects(Choice.class).count());
    }

    @Test
    @DisplayName("an aggregate function and an arithmetic operator cannot be null, and have no text form to pass")
    void closedSets() {
        assertThrows(NullPointerException.class, () -> new Aggregate(null, "votes"));
        assertThrows(NullPointerException.class, () -> new Expression.Arithmetic(F.of("votes"), null, F.of("votes")));
        assertEquals("[+, -, *, /]", Stream.of(Expression.Operator.values()).map(Expression.Operator::symbol).toList().toString());
    }

    @Table("question; DROP TABLE choice")
    static class BadTable {
        Long id;
    }

    static class BadColumn {
        Long id;
        @Column(name = "x\" TEXT); DROP TABLE choice; --")
        String x;
    }

    @Test
    @DisplayName("a table name that is not a plain identifier is refused when the model is registered")
    void badTableName() {
        MappingException e = assertThrows(MappingException.class, () -> TestDatabases.fresh().register(BadTable.class));
        assertEquals("Cannot map model " + BadTable.class.getName() + ": its table name 'question; DROP TABLE choice'"
                + " is not a plain name; use ASCII letters, digits and '_', not starting with a digit (@Table(\"...\")).",
                e.getMessage());
    }

    @Test
    @DisplayName("a column name that is not a plain identifier is refused when the model is registered")
    void badColumnName() {
        MappingException e = assertThrows(MappingException.class, () -> TestDatabases.fresh().register(BadColumn.class));
        assertEquals("Cannot map model " + BadColumn.class.getName() + ": field 'x' has the column name"
                + " 'x\" TEXT); DROP TABLE choice; --'; a column name is made of ASCII letters, digits and '_' and does"
                + " not start with a digit: rename it with @Column(name = ...).", e.getMessage());
    }
}
