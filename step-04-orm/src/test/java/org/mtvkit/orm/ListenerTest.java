package org.mtvkit.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every statement reaches the listeners with its SQL and parameters. */
class ListenerTest {
    Database db;

    @BeforeEach
    void setUp() {
        db = Polls.empty();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    @DisplayName("a listener hears each statement with its SQL and bound parameters, in order")
    void hearsStatements() {
        List<String> heard = new ArrayList<>();
        db.addListener(event -> heard.add(event.toString()));
        Question q = db.save(new Question("Hi?", Polls.NOW));
        db.objects(Question.class).filter("questionText__startswith", "H").list();
        assertEquals(List.of(
                "INSERT INTO \"question\" (\"question_text\", \"pub_date\") VALUES (?, ?)  [Hi?, 2026-01-15T12:00Z]",
                "SELECT t0.\"id\", t0.\"question_text\", t0.\"pub_date\" FROM \"question\" t0 WHERE t0.\"question_text\""
                        + " LIKE ? ESCAPE '\\'  [H%]"), heard);
        assertEquals(1L, q.id);
    }

    @Test
    @DisplayName("a removed listener hears nothing more")
    void removed() {
        QueryCounter counter = new QueryCounter();
        db.addListener(counter);
        db.objects(Question.class).count();
        db.removeListener(counter);
        db.objects(Question.class).count();
        assertEquals(1, counter.count());
    }

    @Test
    @DisplayName("a query counter can be reset between the parts it measures")
    void counterReset() {
        QueryCounter counter = new QueryCounter();
        db.addListener(counter);
        db.objects(Question.class).exists();
        counter.reset();
        assertEquals(0, counter.count());
        db.objects(Question.class).exists();
        assertEquals(1, counter.count());
    }

    @Test
    @DisplayName("a counter for the current thread ignores statements run by other threads")
    void perThread() throws InterruptedException {
        QueryCounter mine = QueryCounter.forCurrentThread();
        QueryCounter everyone = new QueryCounter();
        db.addListener(mine);
        db.addListener(everyone);
        Thread other = new Thread(() -> db.objects(Question.class).count());
        other.start();
        other.join();
        db.objects(Question.class).exists();
        assertEquals(1, mine.count());
        assertEquals(2, everyone.count());
    }
}
