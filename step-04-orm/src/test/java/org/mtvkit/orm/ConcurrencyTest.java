package org.mtvkit.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The registry is fixed once in use, atomic never loses its cause or a connection, and the pool is sized by the caller. */
class ConcurrencyTest {

    @Test
    @DisplayName("registering a model once the database is in use is refused, saying when to register")
    void registryFrozen() {
        try (Database db = Polls.empty()) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> db.register(Everything.class));
            assertEquals("register(Everything): the database is already in use, so its models are fixed. Register every"
                    + " model right after Database.open(...), before creating the schema or running a query.",
                    e.getMessage());
            assertEquals(List.of(Question.class, Choice.class), db.models());
        }
    }

    @Test
    @DisplayName("registering the same models again once in use changes nothing and is allowed")
    void sameModelsAgain() {
        try (Database db = Polls.empty()) {
            db.register(Question.class, Choice.class);
            assertEquals(List.of(Question.class, Choice.class), db.models());
        }
    }

    @Test
    @DisplayName("the registered models are an immutable snapshot")
    void modelsImmutable() {
        try (Database db = Polls.empty()) {
            assertThrows(UnsupportedOperationException.class, () -> db.models().add(Everything.class));
        }
    }

    /** An H2 connection whose rollback fails, counting how often connections are closed. */
    static DataSource brokenRollback(AtomicInteger closed) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:broken-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("getConnection")) {
                        return method.invoke(h2, args);
                    }
                    Connection real = h2.getConnection();
                    return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                            (p, m, a) -> {
                                if (m.getName().equals("rollback")) {
                                    throw new SQLException("the network went away");
                                }
                                if (m.getName().equals("close")) {
                                    closed.incrementAndGet();
                                }
                                return m.invoke(real, a);
                            });
                });
    }

    @Test
    @DisplayName("when the rollback fails too, atomic throws the block's exception with the rollback's as suppressed")
    void rollbackFailureKeepsCause() {
        AtomicInteger closed = new AtomicInteger();
        try (Database db = Database.open(brokenRollback(closed), new H2Dialect())) {
            IllegalStateException cause = new IllegalStateException("the block failed");
            IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> db.atomic(() -> {
                throw cause;
            }));
            assertSame(cause, thrown);
            assertEquals(1, thrown.getSuppressed().length);
            assertEquals("the network went away", thrown.getSuppressed()[0].getMessage());
            assertEquals(1, closed.get(), "the connection was closed, so it goes back to its pool");
        }
    }

    @Test
    @DisplayName("a pool opened for three connections serves three transactions at the same time")
    void poolSize() throws Exception {
        try (Database db = Database.open("jdbc:h2:mem:pool-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", 3)
                .register(Question.class, Choice.class)) {
            db.createSchema();
            CyclicBarrier allInside = new CyclicBarrier(3); // passes only when three connections are held at once
            ExecutorService threads = Executors.newFixedThreadPool(3);
            try {
                List<Future<Long>> results = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    results.add(threads.submit(() -> db.atomic(() -> {
                        long n = db.objects(Question.class).count();
                        try {
                            allInside.await();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                        return n;
                    })));
                }
                for (Future<Long> result : results) {
                    assertEquals(0L, result.get());
                }
            } finally {
                threads.shutdownNow();
            }
        }
    }

    @Test
    @DisplayName("a pool of no connections is refused")
    void poolOfNone() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Database.open("jdbc:h2:mem:x", 0));
        assertEquals("open(jdbc:h2:mem:x, 0): a pool needs at least one connection", e.getMessage());
    }
}
