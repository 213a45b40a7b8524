package org.mtvkit.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Bulk updates and deletes, F expressions, values() and aggregates. */
class UpdateTest {
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

    private int votesOf(long id) {
        return db.objects(Choice.class).get("id", id).votes;
    }

    @Test
    @DisplayName("update with F adds in the database, in a single UPDATE statement")
    void increment() {
        int changed = db.objects(Choice.class).filter("id", 2L).update("votes", F.of("votes").plus(1));
        assertEquals(1, changed);
        assertEquals(1, queries.count());
        assertEquals("UPDATE \"choice\" t0 SET \"votes\" = (t0.\"votes\" + ?) WHERE t0.\"id\" = ?",
                queries.statements().get(0).sql());
        assertEquals(11, votesOf(2));
    }

    @Test
    @DisplayName("concurrent F increments from many threads are never lost")
    void concurrentIncrements() throws Exception {
        int threads = 8;
        int perThread = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            done.add(pool.submit(() -> {
                for (int i = 0; i < perThread; i++) {
                    db.objects(Choice.class).filter("id", 1L).update("votes", F.of("votes").plus(1));
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        assertEquals(threads * perThread, votesOf(1));
    }

    @Test
    @DisplayName("a bulk update sets several fields on every matching row and returns the count")
    void bulkUpdate() {
        int changed = db.objects(Choice.class).filter("choiceText", "The sky")
                .update(Map.of("votes", 0));
        assertEquals(3, changed);
        assertEquals(0, db.objects(Choice.class).filter("choiceText", "The sky").filter("votes__gt", 0).count());
    }

    @Test
    @DisplayName("update refuses an unknown field or the primary key, naming the fields")
    void updateUnknown() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> db.objects(Choice.class).update("id", 3));
        assertEquals("update(\"id\", ...): Choice has no field 'id' that can be updated. Its fields are: id, question,"
                + " choiceText, votes (the primary key cannot be updated).", e.getMessage());
    }

    @Test
    @DisplayName("update and delete refuse a sliced QuerySet")
    void slicedRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> db.objects(Choice.class).limit(1).delete());
        assertTrue(e.getMessage().startsWith("delete() cannot run on a QuerySet with limit() or offset()"), e.getMessage());
    }

    @Test
    @DisplayName("a bulk delete removes the matching rows in one statement")
    void bulkDelete() {
        assertEquals(new Deleted(2, java.util.Map.of("Choice", 2L)), db.objects(Choice.class).filter("votes", 0).delete());
        assertEquals(1, queries.count());
        assertEquals(5, db.objects(Choice.class).count());
    }

    @Test
    @DisplayName("values returns the named fields as maps, following foreign keys")
    void values() {
        List<Map<String, Object>> rows = db.objects(Choice.class).filter("votes__gte", 11).orderBy("votes")
                .values("choiceText", "votes", "question", "question__questionText");
        assertEquals(List.of(
                Map.of("choiceText", "The sky", "votes", 11, "question", 2L, "question__questionText", "Favourite colour?"),
                Map.of("choiceText", "The sky", "votes", 12, "question", 3L, "question__questionText", "Tabs or spaces?")),
                rows);
        assertEquals(List.of("choiceText", "votes", "question", "question__questionText"), new ArrayList<>(rows.get(0).keySet()));
    }

    @Test
    @DisplayName("aggregate computes count, sum, avg, min and max in one query")
    void aggregates() {
        Map<String, Object> result = db.objects(Choice.class).filter("question__id__in", List.of(1L, 2L))
                .aggregate(Aggregate.count("id"), Aggregate.sum("votes"), Aggregate.avg("votes"),
                        Aggregate.min("votes"), Aggregate.max("votes"));
        assertEquals(1, queries.count());
        assertEquals(4L, ((Number) result.get("id__count")).longValue());
        assertEquals(22L, ((Number) result.get("votes__sum")).longValue());
        assertEquals(5.5, ((Number) result.get("votes__avg")).doubleValue(), 1e-9);
        assertEquals(0, ((Number) result.get("votes__min")).intValue());
        assertEquals(11, ((Number) result.get("votes__max")).intValue());
    }
}
