package org.mtvkit.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Saving and deleting single objects without a session. */
class SaveTest {
    Database db;
    QueryCounter queries = new QueryCounter();

    @BeforeEach
    void setUp() {
        db = Polls.empty();
        db.addListener(queries);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    @DisplayName("saving a new object inserts it and gives it the generated key")
    void insert() {
        Question q = db.save(new Question("a", Polls.NOW));
        assertEquals(1L, q.id);
        assertEquals(1, queries.count());
    }

    @Test
    @DisplayName("saving an object with a key updates its row")
    void update() {
        Question q = db.save(new Question("a", Polls.NOW));
        q.questionText = "b";
        db.save(q);
        assertEquals("b", db.objects(Question.class).get("id", q.id).questionText);
        assertEquals(1, db.objects(Question.class).count());
    }

    @Test
    @DisplayName("saving an object whose key has no row inserts it with that key, as fixtures need")
    void explicitKey() {
        Question q = new Question("from a fixture", Polls.NOW);
        q.id = 7L;
        db.save(q);
        assertEquals("from a fixture", db.objects(Question.class).get("id", 7L).questionText);
        assertEquals(8L, db.save(new Question("next", Polls.NOW)).id);
    }

    @Test
    @DisplayName("saving a child whose parent was never saved is refused, with the fix")
    void unsavedParent() {
        Choice orphan = new Choice(new Question("unsaved", Polls.NOW), "x", 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> db.save(orphan));
        assertEquals("Cannot save Choice.question: the Question it points at has not been saved yet (it has no key)."
                + " Save it first, or add both to a Session, which inserts parents first.", e.getMessage());
    }

    @Test
    @DisplayName("delete removes the object's row")
    void delete() {
        Question q = db.save(new Question("a", Polls.NOW));
        db.delete(q);
        assertEquals(0, db.objects(Question.class).count());
    }

    @Test
    @DisplayName("deleting an object that was never saved is refused")
    void deleteUnsaved() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> db.delete(new Question("a", Polls.NOW)));
        assertEquals("delete(): this Question has no primary key yet, so it has no row to delete; save it first",
                e.getMessage());
    }
}
