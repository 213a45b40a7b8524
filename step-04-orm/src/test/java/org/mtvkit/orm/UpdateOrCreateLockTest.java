package org.mtvkit.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** updateOrCreate reads its row with SELECT ... FOR UPDATE, as Django's does, so two callers never lose an update. */
class UpdateOrCreateLockTest {
    Database db;
    QueryCounter queries = new QueryCounter();

    @BeforeEach
    void setUp() {
        db = Polls.withData();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    @DisplayName("updateOrCreate reads the row with SELECT ... FOR UPDATE inside its transaction")
    void locksTheRow() {
        db.addListener(queries);
        db.objects(Choice.class).updateOrCreate(Map.of("id", 1L), Map.of("votes", 5));
        String select = queries.statements().get(0).sql();
        assertTrue(select.startsWith("SELECT ") && select.endsWith(" FOR UPDATE"), select);
        assertEquals(5, db.objects(Choice.class).get("id", 1L).votes);
    }

    @Test
    @DisplayName("two threads updating different fields of one row through updateOrCreate keep both changes")
    void noLostUpdate() throws Exception {
        Thread[] first = new Thread[1];
        CountDownLatch firstHasRead = new CountDownLatch(1);
        CountDownLatch secondIsReading = new CountDownLatch(1);
        db.addListener(event -> {
            // Listeners hear a statement before it runs: the first caller's UPDATE means it has read (and, with the
            // lock, holds) the row. It waits there until the second caller is about to read the same row.
            if (Thread.currentThread() == first[0] && event.sql().startsWith("UPDATE")) {
                firstHasRead.countDown();
                await(secondIsReading);
                pause(); // time for an unlocked read to slip in before the write; with the lock it waits instead
            } else if (Thread.currentThread() != first[0] && event.sql().startsWith("SELECT")) {
                secondIsReading.countDown();
            }
        });
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> votes = threads.submit(() -> {
                first[0] = Thread.currentThread();
                db.objects(Choice.class).updateOrCreate(Map.of("id", 1L), Map.of("votes", 42));
            });
            Future<?> text = threads.submit(() -> {
                await(firstHasRead);
                db.objects(Choice.class).updateOrCreate(Map.of("id", 1L), Map.of("choiceText", "Changed"));
            });
            votes.get(30, TimeUnit.SECONDS);
            text.get(30, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }
        Choice after = db.objects(Choice.class).get("id", 1L);
        assertEquals(List.of(42, "Changed"), List.of(after.votes, after.choiceText));
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other thread never got there");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
