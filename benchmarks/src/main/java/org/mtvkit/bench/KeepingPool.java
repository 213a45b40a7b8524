package org.mtvkit.bench;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The hand-written JDBC's pool: at most {@code max} connections, each given back as it is when it is in
 * auto-commit mode, as the ORM's own pool and HikariCP do. H2's {@code JdbcConnectionPool} rolls back every
 * connection it is given back, and H2 then parses every statement again; a baseline on that pool would pay
 * a cost the ORM no longer pays, and the ratios would measure the pools, not the code above them.
 *
 * <p>It hands out a thin stand-in for each connection whose {@code close()} gives the real one back (a
 * dynamic proxy: a few nanoseconds a call, against the microseconds a statement takes).
 */
public final class KeepingPool implements DataSource, AutoCloseable {

    private final String url;
    private final ArrayBlockingQueue<Connection> idle;
    private final Semaphore permits;

    public KeepingPool(String url, int max) {
        this.url = url;
        this.idle = new ArrayBlockingQueue<>(max);
        this.permits = new Semaphore(max);
    }

    @Override
    public Connection getConnection() throws SQLException {
        try {
            if (!permits.tryAcquire(30, TimeUnit.SECONDS)) {
                throw new SQLException("no connection free after 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a connection", e);
        }
        Connection real = idle.poll();
        try {
            Connection connection = real != null ? real : DriverManager.getConnection(url, "sa", "");
            return lent(connection);
        } catch (SQLException | RuntimeException e) {
            permits.release();
            throw e;
        }
    }

    private Connection lent(Connection real) {
        boolean[] closed = {false};
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                        if (!closed[0]) {
                            closed[0] = true;
                            giveBack(real);
                        }
                        return null;
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private void giveBack(Connection real) throws SQLException {
        try {
            if (!real.getAutoCommit()) {
                real.rollback();
                real.setAutoCommit(true);
            }
            if (!idle.offer(real)) {
                real.close();
            }
        } finally {
            permits.release();
        }
    }

    @Override
    public void close() {
        for (Connection c; (c = idle.poll()) != null; ) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 30;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no java.util.logging here");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }
}
