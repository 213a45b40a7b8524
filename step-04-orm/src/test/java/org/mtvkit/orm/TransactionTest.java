package org.mtvkit.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** atomic: all or nothing, with nested blocks as savepoints. */
class TransactionTest {
    Database db;

    @BeforeEach
    void setUp() {
        db = Polls.empty();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private long questions() {
        return db.objects(Question.class).count();
    }

    @Test
    @DisplayName("an atomic block that returns is committed")
    void commits() {
        long id = db.atomic(() -> db.save(new Question("a", Polls.NOW)).id);
        assertEquals(1, questions());
        assertEquals("a", db.objects(Question.class).get("id", id).questionText);
    }

    @Test
    @DisplayName("an atomic block that throws is rolled back as a whole, and the exception propagates")
    void rollsBack() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> db.atomic(() -> {
            db.save(new Question("a", Polls.NOW));
            db.save(new Question("b", Polls.NOW));
            throw new IllegalStateException("boom");
        }));
        assertEquals("boom", e.getMessage());
        assertEquals(0, questions());
    }

    @Test
    @DisplayName("a failing nested block rolls back to its savepoint; the outer block still commits")
    void nestedSavepoint() {
        db.atomic(() -> {
            db.save(new Question("outer", Polls.NOW));
            assertThrows(IllegalStateException.class, () -> db.atomic(() -> {
                db.save(new Question("inner", Polls.NOW));
                throw new IllegalStateException("inner fails");
            }));
            assertEquals(1, questions());
        });
        assertEquals(1, questions());
        assertEquals("outer", db.objects(Question.class).first().orElseThrow().questionText);
    }

    @Test
    @DisplayName("when the outer block fails, the work of its nested blocks is rolled back too")
    void outerFailsUndoesInner() {
        assertThrows(IllegalStateException.class, () -> db.atomic(() -> {
            db.atomic(() -> {
                db.save(new Question("inner", Polls.NOW));
            });
            throw new IllegalStateException("outer fails");
        }));
        assertEquals(0, questions());
    }

    @Test
    @DisplayName("a SQL error inside atomic rolls everything back and reports the SQL")
    void sqlErrorRollsBack() {
        OrmException e = assertThrows(OrmException.class, () -> db.atomic(() -> {
            db.save(new Question("a", Polls.NOW));
            db.save(new Question("x".repeat(201), Polls.NOW));
        }));
        assertEquals(true, e.getMessage().contains("SQL: INSERT INTO \"question\" (\"question_text\", \"pub_date\") VALUES (?, ?)"),
                e.getMessage());
        assertEquals(0, questions());
    }

    @Test
    @DisplayName("statements and transactions over a pool of two connections give every connection back, a failed one too")
    void everyConnectionGoesBack() {
        Database db = Database.open("jdbc:h2:mem:two-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", 2)
                .register(Question.class, Choice.class);
        try {
            db.createSchema();
            db.atomic(() -> db.save(new Question("in a transaction", Polls.NOW)));
            assertThrows(IllegalStateException.class, () -> db.atomic(() -> {
                db.save(new Question("rolled back", Polls.NOW));
                throw new IllegalStateException("boom");
            }));
            for (int i = 0; i < 20; i++) {             // more statements than connections: each was given back
                assertEquals(1, db.objects(Question.class).count());
            }
        } finally {
            db.close();
        }
    }
}
