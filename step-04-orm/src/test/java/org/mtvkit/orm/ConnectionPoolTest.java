package org.mtvkit.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The kit's own pool, on a real in-memory H2: what it keeps, what it undoes, and when it says no. */
@DisplayName("the connection pool")
class ConnectionPoolTest {
    private final String url = "jdbc:h2:mem:pool-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private final AtomicInteger opened = new AtomicInteger();
    private ConnectionPool pool;

    private ConnectionPool pool(int max, Duration wait) {
        pool = new ConnectionPool(() -> {
            opened.incrementAndGet();
            return DriverManager.getConnection(url, "sa", "");
        }, max, wait);
        return pool;
    }

    @BeforeEach
    void createTable() throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (n INT)");
        }
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        if (pool != null) {
            pool.close();
        }
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
    }

    private static int rows(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM t")) {
            r.next();
            return r.getInt(1);
        }
    }

    @Test
    @DisplayName("gives the same physical connection back for the next statement, so the database keeps what it parsed")
    void reusesTheConnection() throws SQLException {
        ConnectionPool pool = pool(2, Duration.ofSeconds(5));
        Connection first = pool.acquire();
        pool.release(first);
        Connection second = pool.acquire();
        assertSame(first, second, "the connection given back is the one handed out next");
        pool.release(second);
        assertEquals(1, opened.get(), "one statement after another needs one connection");
    }

    @Test
    @DisplayName("opens a second connection only while the first is in use")
    void opensOnlyWhenNeeded() throws SQLException {
        ConnectionPool pool = pool(2, Duration.ofSeconds(5));
        Connection a = pool.acquire();
        Connection b = pool.acquire();
        assertNotSame(a, b);
        pool.release(a);
        pool.release(b);
        assertEquals(2, opened.get());
        assertEquals(2, pool.idleCount());
    }

    @Test
    @DisplayName("rolls back a connection given back inside a transaction, and hands it out in auto-commit mode")
    void rollsBackWhatWasLeftOpen() throws SQLException {
        ConnectionPool pool = pool(1, Duration.ofSeconds(5));
        Connection c = pool.acquire();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO t VALUES (1)");
        }
        pool.release(c);                     // never committed
        Connection again = pool.acquire();
        assertTrue(again.getAutoCommit(), "the next user gets auto-commit, as a fresh connection has");
        assertEquals(0, rows(again), "the uncommitted row was rolled back, not left for the next user");
        pool.release(again);
    }

    @Test
    @DisplayName("drops a connection that was closed while in use, and opens a new one in its place")
    void replacesABrokenConnection() throws SQLException {
        ConnectionPool pool = pool(1, Duration.ofSeconds(5));
        Connection c = pool.acquire();
        c.close();
        pool.release(c);
        assertEquals(0, pool.idleCount(), "a closed connection is not kept");
        Connection fresh = pool.acquire();
        assertFalse(fresh.isClosed());
        assertEquals(2, opened.get());
        pool.release(fresh);
    }

    @Test
    @DisplayName("when every connection stays in use, a statement fails after the wait with a message that says what to do")
    void boundedWait() throws SQLException {
        ConnectionPool pool = pool(1, Duration.ofMillis(200));
        Connection held = pool.acquire();
        SQLException e = assertThrows(SQLException.class, pool::acquire);
        assertEquals("no connection was free after 200 ms: all 1 are in use. Give the pool more"
                + " (Database.open(url, maxConnections)), or look for work that holds a connection for long, such as"
                + " a transaction that waits for something else", e.getMessage());
        pool.release(held);
        pool.release(pool.acquire());        // and it serves again once one comes back
    }

    @Test
    @DisplayName("hands a connection to a waiting thread as soon as one comes back")
    void waiterIsServed() throws Exception {
        ConnectionPool pool = pool(1, Duration.ofSeconds(10));
        Connection held = pool.acquire();
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            CountDownLatch waiting = new CountDownLatch(1);
            Future<Connection> got = other.submit(() -> {
                waiting.countDown();
                return pool.acquire();
            });
            waiting.await();
            pool.release(held);
            Connection c = got.get(10, TimeUnit.SECONDS);
            assertSame(held, c);
            pool.release(c);
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    @DisplayName("never hands out more connections than its size, whatever the number of threads")
    void neverMoreThanMax() throws Exception {
        ConnectionPool pool = pool(3, Duration.ofSeconds(30));
        AtomicInteger inUse = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                work.add(threads.submit(() -> {
                    for (int n = 0; n < 200; n++) {
                        Connection c = pool.acquire();
                        most.accumulateAndGet(inUse.incrementAndGet(), Math::max);
                        rows(c);
                        inUse.decrementAndGet();
                        pool.release(c);
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        assertTrue(most.get() <= 3, "at most 3 at once, saw " + most.get());
        assertTrue(opened.get() <= 3, "opened " + opened.get());
    }

    @Test
    @DisplayName("once closed, closes its idle connections and each one given back, and refuses to hand out more")
    void close() throws SQLException {
        ConnectionPool pool = pool(2, Duration.ofSeconds(5));
        Connection idle = pool.acquire();
        Connection busy = pool.acquire();
        pool.release(idle);
        pool.close();
        assertTrue(idle.isClosed(), "an idle connection is closed at once");
        assertFalse(busy.isClosed(), "one in use is left to its user");
        pool.release(busy);
        assertTrue(busy.isClosed(), "and closed when it comes back");
        SQLException e = assertThrows(SQLException.class, pool::acquire);
        assertEquals("the database is closed: open it again with Database.open(...)", e.getMessage());
    }
}
