package org.mtvkit.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Chapter 4, exercise 6: optimistic locking. A model with a {@code version} field is updated with
 * {@code UPDATE ... WHERE id = ? AND version = ?}, and a flush that changes no row is refused.
 */
@Tag("exercise")
@Tag("exercise-04-optimistic-lock")
@DisplayName("Exercise 04-optimistic-lock: a session refuses to overwrite a row that changed since it was loaded")
class OptimisticLockExerciseTest {

    /** A model with a version column; the ORM maps it as any int field until the exercise gives it a meaning. */
    static class Poll {
        Long id;
        @Column(length = 100)
        String title;
        int version;

        Poll() {
        }

        Poll(String title) {
            this.title = title;
        }
    }

    private final Database db = TestDatabases.fresh().register(Poll.class);
    private final long id;

    OptimisticLockExerciseTest() {
        db.createSchema();
        id = db.save(new Poll("Lunch?")).id;
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Poll inSession(Session session) {
        return session.get(Poll.class, id).orElseThrow();
    }

    @Test
    @DisplayName("each update through a session raises the version by one, in the object and in the row")
    void versionGrows() {
        Session session = db.session();
        Poll poll = inSession(session);
        poll.title = "Dinner?";
        session.flush();
        assertEquals(1, poll.version, "after an update the object's version is not 1: the flush must write version + 1"
                + " and set it on the object");
        assertEquals(1, db.objects(Poll.class).get("id", id).version, "the row's version is not 1 after one update");
        poll.title = "Breakfast?";
        session.flush();
        assertEquals(2, db.objects(Poll.class).get("id", id).version, "the row's version is not 2 after two updates");
    }

    @Test
    @DisplayName("a flush whose row was changed by another session since it was loaded is refused, and writes nothing")
    void staleUpdateIsRefused() {
        Session mine = db.session();
        Session theirs = db.session();
        Poll poll = inSession(mine);
        Poll same = inSession(theirs);
        same.title = "Theirs";
        theirs.flush();
        poll.title = "Mine";
        RuntimeException e = assertThrows(RuntimeException.class, mine::flush, "the second session overwrote a row "
                + "that changed since it loaded it: update WHERE id = ? AND version = ?, and refuse the flush when no "
                + "row changed");
        assertTrue(e.getMessage() != null && e.getMessage().contains("Poll") && e.getMessage().contains(String.valueOf(id)),
                "the refusal should name the model and the id, so the user knows which object to load again; it said: "
                        + e.getMessage());
        assertEquals("Theirs", db.objects(Poll.class).get("id", id).title, "the refused flush still wrote its title");
    }

    @Test
    @DisplayName("an object loaded again after the refusal can be saved")
    void reloadAndRetry() {
        Session theirs = db.session();
        inSession(theirs).title = "Theirs";
        theirs.flush();
        Session fresh = db.session();
        Poll poll = inSession(fresh);
        poll.title = "Mine, on top of theirs";
        fresh.flush();
        assertEquals("Mine, on top of theirs", db.objects(Poll.class).get("id", id).title);
        assertEquals(2, poll.version);
    }
}
