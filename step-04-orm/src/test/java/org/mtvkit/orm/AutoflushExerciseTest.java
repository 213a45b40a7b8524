package org.mtvkit.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Chapter 4, exercise 4: a session's queries see its pending changes, because it flushes before each one. */
@Tag("exercise")
@Tag("exercise-04-autoflush")
@DisplayName("Exercise 04-autoflush: Session.query flushes pending changes before it runs")
class AutoflushExerciseTest {

    private final Database db = Polls.withData(); // three questions, seven choices
    private final Session session = db.session();

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    @DisplayName("an added object is found by the session's next query, before any flush")
    void addedIsFound() {
        session.add(new Question("Autoflush?", Polls.NOW));
        assertTrue(session.query(Question.class).filter("questionText", "Autoflush?").exists(),
                "the session's query did not see the question added to it: flush the pending changes before a "
                        + "query of the session runs (list, count, exists, values...)");
    }

    @Test
    @DisplayName("a changed field is what the session's next query filters on")
    void changedIsFiltered() {
        Choice choice = session.get(Choice.class, 1).orElseThrow();
        choice.votes = 500;
        assertEquals(List.of(choice), session.query(Choice.class).filter("votes", 500).list(),
                "the session's query filtered on the old value of a changed field: flush before it runs");
    }

    @Test
    @DisplayName("a deleted object is no longer counted by the session's next query")
    void deletedIsNotCounted() {
        Choice choice = session.get(Choice.class, 1).orElseThrow();
        session.delete(choice);
        assertEquals(6, session.query(Choice.class).count(),
                "the session's count still includes the choice deleted in it: flush before the COUNT runs");
    }

    @Test
    @DisplayName("a query outside the session does not flush it")
    void otherQueriesDoNot() {
        session.add(new Question("Pending?", Polls.NOW));
        assertEquals(3, db.objects(Question.class).count(),
                "a query of the Database, outside the session, flushed the session's pending question: only the "
                        + "session's own queries autoflush");
        assertTrue(session.query(Question.class).filter("questionText", "Pending?").exists(),
                "the session's own query did not see its pending question");
    }
}
