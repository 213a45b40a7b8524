package org.mtvkit.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Chapter 4, exercise 1: Django's {@code iregex} lookup, registered as an application's own lookup would be. */
@Tag("exercise")
@Tag("exercise-04-iregex")
@DisplayName("Exercise 04-iregex: choiceText__iregex matches a regular expression, ignoring case")
class IregexExerciseTest {
    Database db;
    QueryCounter queries = new QueryCounter();

    @BeforeEach
    void setUp() {
        db = Polls.withData();
        db.addListener(queries);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private List<Long> ids(String lookup, String pattern) {
        try {
            return db.objects(Choice.class).filter(lookup, pattern).orderBy("id").list().stream().map(c -> c.id).toList();
        } catch (IllegalArgumentException e) {
            throw new AssertionError("filter(\"" + lookup + "\", ...) is refused (" + e.getMessage() + "): register"
                    + " an iregex lookup in Lookups.standard(), built from a regex node the dialect writes", e);
        }
    }

    @Test
    @DisplayName("an anchored pattern matches whatever the case: ^the finds 'The sky'")
    void anchoredIgnoringCase() {
        assertEquals(List.of(2L, 4L, 6L), ids("choiceText__iregex", "^the"),
                "^the must match the three 'The sky' choices: compare case-insensitively (H2's REGEXP_LIKE with 'i',"
                        + " PostgreSQL's ~*)");
    }

    @Test
    @DisplayName("alternation and an end anchor work on both databases")
    void alternation() {
        assertEquals(List.of(1L, 3L, 5L, 7L), ids("choiceText__iregex", "(MUCH|both)$"));
    }

    @Test
    @DisplayName("the pattern is a bound parameter, never SQL text")
    void patternIsAParameter() {
        ids("choiceText__iregex", "x' OR '1'='1");
        StatementEvent select = queries.statements().get(0);
        assertTrue(!select.sql().contains("'1'") && select.parameters().contains("x' OR '1'='1"),
                "the pattern must be sent as a parameter (Expr.Param), not written into the SQL: " + select);
    }

    @Test
    @DisplayName("exclude keeps the rows the pattern does not match")
    void exclude() {
        try {
            assertEquals(List.of(1L, 3L, 5L, 7L), db.objects(Choice.class).exclude("choiceText__iregex", "SKY")
                    .orderBy("id").list().stream().map(c -> c.id).toList());
        } catch (IllegalArgumentException e) {
            throw new AssertionError("exclude(\"choiceText__iregex\", ...) is refused: " + e.getMessage(), e);
        }
    }
}
