package org.mtvkit.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** An application's own lookups, Django's register_lookup: built from Terms, every value a bound parameter. */
class CustomLookupTest {
    Database db;
    QueryCounter queries = new QueryCounter();

    @BeforeEach
    void setUp() {
        db = TestDatabases.fresh().register(Question.class, Choice.class);
        // region: register-ne
        db.registerLookup("ne", (column, value) -> column.ne(value));                   // Django's NotEqual
        db.registerLookup("ine", (column, value) -> column.lower().ne(value.lower()));  // and a case-insensitive one
        // endregion
        db.createSchema();
        Question q = db.save(new Question("What's up?", Polls.NOW));
        db.save(new Choice(q, "Not much", 0));
        db.save(new Choice(q, "The sky", 10));
        db.save(new Choice(q, "x' OR '1'='1", 3));
        db.addListener(queries);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private List<String> texts(QuerySet<Choice> choices) {
        return choices.orderBy("id").list().stream().map(c -> c.choiceText).toList();
    }

    @Test
    @DisplayName("Django's documentation example 'ne' writes <> with the value bound")
    void notEqual() {
        assertEquals(List.of("The sky", "x' OR '1'='1"), texts(db.objects(Choice.class).filter("votes__ne", 0)));
        String sql = queries.statements().get(0).sql();
        assertTrue(sql.contains("WHERE t0.\"votes\" <> ?"), sql);
        assertEquals(List.of(0), queries.statements().get(0).parameters());
    }

    @Test
    @DisplayName("a case-insensitive lookup built from lower() compares LOWER on both sides")
    void caseInsensitive() {
        assertEquals(List.of("The sky", "x' OR '1'='1"), texts(db.objects(Choice.class).filter("choiceText__ine", "NOT MUCH")));
        assertTrue(queries.statements().get(0).sql().contains("LOWER(t0.\"choice_text\") <> LOWER(?)"),
                queries.statements().get(0).sql());
    }

    @Test
    @DisplayName("a registered lookup works across a foreign key, in exclude, and with F")
    void everywhere() {
        assertEquals(3, db.objects(Choice.class).filter("question__questionText__ne", "Other").count());
        assertEquals(List.of("Not much"), texts(db.objects(Choice.class).exclude("votes__ne", 0)));
        assertEquals(0, db.objects(Choice.class).filter("votes__ne", F.of("votes")).count());
    }

    @Test
    @DisplayName("a value that looks like SQL stays a bound parameter and never becomes SQL text")
    void smuggling() {
        String hostile = "x' OR '1'='1";
        assertEquals(List.of("Not much", "The sky"), texts(db.objects(Choice.class).filter("choiceText__ne", hostile)));
        StatementEvent select = queries.statements().get(0);
        assertTrue(select.sql().endsWith(" WHERE t0.\"choice_text\" <> ? ORDER BY t0.\"id\" ASC"), select.sql());
        assertFalse(select.sql().contains("'"), select.sql());
        assertEquals(List.of(hostile), select.parameters());
        assertEquals(List.of("Not much", "The sky"), texts(db.objects(Choice.class).filter("choiceText__ine",
                "X' or '1'='1")));
    }

    @Test
    @DisplayName("a lookup name already taken, by a built-in too, is refused")
    void nameTaken() {
        try (Database other = TestDatabases.fresh()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> other.registerLookup("exact", (column, value) -> column.ne(value)));
            assertEquals("The lookup 'exact' is already registered", e.getMessage());
        }
    }

    @Test
    @DisplayName("a lookup name that is not a plain identifier is refused, so no name reaches SQL either")
    void badName() {
        try (Database other = TestDatabases.fresh()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> other.registerLookup("x) OR (1=1", (column, value) -> column.ne(value)));
            assertEquals("A lookup name is a plain identifier without '__', got 'x) OR (1=1'", e.getMessage());
        }
    }

    @Test
    @DisplayName("a lookup registered once the database is in use is refused, saying when to register")
    void afterUse() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> db.registerLookup("other", (column, value) -> column.ne(value)));
        assertEquals("registerLookup(\"other\"): the database is already in use, so its lookups are fixed."
                + " Register lookups right after Database.open(...), with the models.", e.getMessage());
    }

    @Test
    @DisplayName("a lookup that returns a value instead of a condition is refused before any SQL")
    void notACondition() {
        try (Database other = TestDatabases.fresh().register(Question.class, Choice.class)) {
            other.registerLookup("lowered", (column, value) -> column.lower());
            other.createSchema();
            other.addListener(queries);
            queries.reset();
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> other.objects(Choice.class).filter("choiceText__lowered", "x").list());
            assertTrue(e.getMessage().startsWith("The lookup 'lowered' (in 'choiceText__lowered'): "), e.getMessage());
            assertTrue(e.getMessage().endsWith(" is a value, not a condition; compare it (column.ne(value)) or test it"
                    + " (column.isNull())"), e.getMessage());
            assertEquals(0, queries.count());
        }
    }

    @Test
    @DisplayName("a registered lookup belongs to its database: another database does not know it")
    void perDatabase() {
        try (Database other = TestDatabases.fresh().register(Question.class, Choice.class)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> other.objects(Choice.class).filter("votes__ne", 0));
            assertTrue(e.getMessage().startsWith("Unknown lookup 'ne' in 'votes__ne'"), e.getMessage());
        }
    }
}
