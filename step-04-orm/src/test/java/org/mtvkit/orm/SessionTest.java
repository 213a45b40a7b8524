package org.mtvkit.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The identity map and the unit of work. */
class SessionTest {
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

    @Test
    @DisplayName("loading the same row twice in a session yields the same instance")
    void sameInstance() {
        Session session = db.session();
        Question a = session.query(Question.class).get("id", 2);
        Question b = session.query(Question.class).filter("questionText__startswith", "Fav").get();
        assertSame(a, b);
    }

    @Test
    @DisplayName("without a session every load builds a new object")
    void noSessionNewObjects() {
        Question a = db.objects(Question.class).get("id", 2);
        Question b = db.objects(Question.class).get("id", 2);
        assertFalse(a == b);
    }

    @Test
    @DisplayName("get by key runs no query when the object is already loaded")
    void getWithoutQuery() {
        Session session = db.session();
        List<Question> all = session.query(Question.class).list();
        queries.reset();
        assertSame(all.get(1), session.get(Question.class, all.get(1).id).orElseThrow());
        assertEquals(0, queries.count());
        assertTrue(session.get(Question.class, 99).isEmpty());
        assertEquals(1, queries.count());
    }

    @Test
    @DisplayName("foreign keys loaded in a session point at the session's objects")
    void foreignKeysShareInstances() {
        Session session = db.session();
        Question tabs = session.get(Question.class, 3).orElseThrow();
        List<Choice> choices = session.query(Choice.class).filter("question", tabs).list();
        assertEquals(3, choices.size());
        queries.reset();
        choices.forEach(c -> assertSame(tabs, c.question.get()));
        assertEquals(0, queries.count());
    }

    @Test
    @DisplayName("a foreign key read in a session loads its row through the identity map, once")
    void referenceThroughIdentityMap() {
        Session session = db.session();
        Choice first = session.get(Choice.class, 1).orElseThrow();
        Choice second = session.get(Choice.class, 2).orElseThrow();
        queries.reset();
        Question loaded = first.question.get();
        assertEquals("What's up?", loaded.questionText);
        assertSame(loaded, second.question.get());
        assertSame(loaded, session.get(Question.class, 1).orElseThrow());
        assertEquals(1, queries.count());
    }

    @Test
    @DisplayName("flush updates only the changed fields of loaded objects")
    void dirtyTracking() {
        Session session = db.session();
        Choice choice = session.get(Choice.class, 1).orElseThrow();
        session.get(Choice.class, 2).orElseThrow();
        choice.votes = 42;
        queries.reset();
        session.commit();
        assertEquals(1, queries.count());
        assertEquals("UPDATE \"choice\" t0 SET \"votes\" = ? WHERE t0.\"id\" = ?", queries.statements().get(0).sql());
        assertEquals(42, db.objects(Choice.class).get("id", 1).votes);
        queries.reset();
        session.commit();
        assertEquals(0, queries.count(), "after a commit the objects are clean");
    }

    @Test
    @DisplayName("objects with the same changed fields are updated through one batched statement")
    void batchedUpdates() {
        Session session = db.session();
        List<Choice> choices = session.query(Choice.class).orderBy("id").list();
        choices.forEach(c -> c.votes = 100);
        choices.get(0).choiceText = "Renamed";
        queries.reset();
        session.commit();
        assertEquals(2, queries.count(), queries.statements().toString());
        assertEquals(List.of(6, 1), queries.statements().stream().map(StatementEvent::batchSize).sorted((a, b) -> b - a).toList());
        assertEquals(7, db.objects(Choice.class).filter("votes", 100).count());
        assertEquals("Renamed", db.objects(Choice.class).get("id", choices.get(0).id).choiceText);
    }

    @Test
    @DisplayName("commit inserts parents before children, whatever order they were added in, and sets their keys")
    void insertOrder() {
        Session session = db.session();
        Question q = new Question("New?", Polls.NOW);
        Choice yes = session.add(new Choice(q, "Yes", 0));
        Choice no = session.add(new Choice(q, "No", 0));
        session.add(q);
        session.commit();
        assertNotNull(q.id);
        assertEquals(List.of("Yes", "No"), db.objects(Choice.class).filter("question", q).orderBy("id").list()
                .stream().map(c -> c.choiceText).toList());
        assertTrue(yes.id < no.id);
        assertSame(q, session.get(Question.class, q.id).orElseThrow(), "inserted objects join the identity map");
    }

    @Test
    @DisplayName("new objects of one model are inserted as one batch")
    void batchInsert() {
        Session session = db.session();
        for (int i = 0; i < 100; i++) {
            session.add(new Question("q" + i, Polls.NOW));
        }
        queries.reset();
        session.commit();
        assertEquals(1, queries.count());
        assertEquals(100, queries.statements().get(0).batchSize());
        assertEquals(103, db.objects(Question.class).count());
    }

    @Test
    @DisplayName("commit deletes children before parents, whatever order they were deleted in")
    void deleteOrder() {
        Session session = db.session();
        Question q = session.query(Question.class).prefetchRelated("choices").get("id", 3);
        session.delete(q);
        q.choices.forEach(session::delete);
        session.commit();
        assertEquals(2, db.objects(Question.class).count());
        assertEquals(4, db.objects(Choice.class).count());
        assertFalse(session.contains(q));
    }

    @Test
    @DisplayName("deleting an object the session never loaded is refused")
    void deleteUnknown() {
        Session session = db.session();
        Question detached = db.objects(Question.class).get("id", 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> session.delete(detached));
        assertEquals("delete(): this Question (id 1) was not loaded through this session; load it with get() or"
                + " query() first", e.getMessage());
    }

    @Test
    @DisplayName("rollback discards pending changes and forgets loaded objects")
    void rollback() {
        Session session = db.session();
        Choice choice = session.get(Choice.class, 1).orElseThrow();
        choice.votes = 99;
        session.add(new Question("never", Polls.NOW));
        session.rollback();
        queries.reset();
        session.commit();
        assertEquals(0, queries.count());
        assertEquals(3, db.objects(Question.class).count());
        assertEquals(0, db.objects(Choice.class).get("id", 1).votes);
        assertFalse(session.contains(choice));
    }

    @Test
    @DisplayName("a failed flush writes nothing and leaves new objects without keys")
    void failedFlush() {
        Session session = db.session();
        Question ok = session.add(new Question("fine", Polls.NOW));
        session.add(new Choice(ok, null, 0)); // inserted after the question, and fails
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, session::flush);
        assertEquals("Cannot save Choice.choiceText: it is null, but its column 'choice_text' is NOT NULL."
                + " Set a value, or declare the field @Column(nullable = true).", e.getMessage());
        assertNull(ok.id, "the question's insert was rolled back, so it has no key");
        assertEquals(3, db.objects(Question.class).count());
    }

    @Test
    @DisplayName("objects added with an explicit key keep it, and later generated keys do not collide")
    void explicitKeys() {
        Session session = db.session();
        Question fixture = new Question("from a fixture", Polls.NOW);
        fixture.id = 50L;
        session.add(fixture);
        session.commit();
        assertEquals("from a fixture", db.objects(Question.class).get("id", 50L).questionText);
        Question next = db.save(new Question("next", Polls.NOW));
        assertEquals(51L, next.id);
    }
}
