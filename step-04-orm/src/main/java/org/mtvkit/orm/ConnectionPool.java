package org.mtvkit.orm;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

// region: pool
/**
 * The kit's connection pool: at most {@code max} physical connections, opened when first needed and
 * kept for the next statement. A connection comes back in auto-commit mode with nothing to undo,
 * so giving it back costs nothing; only one that comes back inside a transaction is rolled back.
 *
 * <p>That is the reason the kit has its own pool rather than H2's {@code JdbcConnectionPool}: H2's
 * rolls back every connection it is given back, and H2 then throws away the statements it has
 * parsed for that connection, so every statement is parsed again (chapter 6 measures it).
 */
final class ConnectionPool implements Connections {

    /** Opens one new physical connection. */
    interface Opener {
        Connection open() throws SQLException;
    }

    private final Opener opener;
    private final int max;
    private final Duration wait;
    private final Semaphore permits;
    private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();
    private volatile boolean closed;

    ConnectionPool(Opener opener, int max, Duration wait) {
        if (max < 1) {
            throw new IllegalArgumentException("a pool needs at least one connection, not " + max);
        }
        this.opener = opener;
        this.max = max;
        this.wait = wait;
        this.permits = new Semaphore(max);
    }

    @Override
    public Connection acquire() throws SQLException {
        if (closed) {
            throw new SQLException("the database is closed: open it again with Database.open(...)");
        }
        try {
            if (!permits.tryAcquire() && !permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new SQLException("no connection was free after " + (wait.toMillis() < 1000 ? wait.toMillis() + " ms"
                        : wait.toSeconds() + " s") + ": all " + max
                        + " are in use. Give the pool more (Database.open(url, maxConnections)), or look for work"
                        + " that holds a connection for long, such as a transaction that waits for something else");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a free connection", e);
        }
        try {
            // the most recently used first: its statements are the likeliest to be parsed already
            Connection connection = idle.pollFirst();
            return connection != null ? connection : opener.open();
        } catch (SQLException | RuntimeException e) {
            permits.release();
            throw e;
        }
    }

    @Override
    public void release(Connection connection) {
        try {
            if (closed || !reset(connection)) {
                closeQuietly(connection);
            } else {
                idle.addFirst(connection);
                if (closed && idle.remove(connection)) { // closed while we put it back
                    closeQuietly(connection);
                }
            }
        } finally {
            permits.release();
        }
    }

    /** Whether the connection can serve again: open, and in auto-commit mode with no transaction left. */
    private static boolean reset(Connection connection) {
        try {
            if (connection.isClosed()) {
                return false;
            }
            if (!connection.getAutoCommit()) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
            return true;
        } catch (SQLException broken) {
            return false;
        }
    }

    @Override
    public void close() {
        closed = true;
        for (Connection connection; (connection = idle.pollFirst()) != null; ) {
            closeQuietly(connection);
        }
    }

    /** How many connections are open and waiting for work. */
    int idleCount() {
        return idle.size();
    }

    static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException alreadyBroken) {
            // nothing more to give back
        }
    }
}
// endregion
