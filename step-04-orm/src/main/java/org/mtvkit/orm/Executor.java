package org.mtvkit.orm;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * Runs SQL over JDBC: every value bound as a parameter, every statement announced to the listeners,
 * every {@link SQLException} wrapped with the SQL and its parameters. Inside {@link #atomic} all
 * statements of the thread share one connection and one transaction.
 */
final class Executor {
    /** Reads a result set into a value. */
    interface Rows<R> {
        R read(ResultSet rows) throws SQLException;
    }

    private final Connections connections;
    private final List<StatementListener> listeners = new CopyOnWriteArrayList<>();
    private final ThreadLocal<Connection> transaction = new ThreadLocal<>();

    Executor(Connections connections) {
        this.connections = connections;
    }

    void addListener(StatementListener listener) {
        listeners.add(listener);
    }

    void removeListener(StatementListener listener) {
        listeners.remove(listener);
    }

    void removeAllListeners() {
        listeners.clear();
    }

    <R> R query(Sql sql, Rows<R> reader) {
        return run(sql.text(), sql.parameters(), connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql.text())) {
                bind(statement, sql.parameters());
                try (ResultSet rows = statement.executeQuery()) {
                    return reader.read(rows);
                }
            }
        });
    }

    int update(Sql sql) {
        return run(sql.text(), sql.parameters(), connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql.text())) {
                bind(statement, sql.parameters());
                return statement.executeUpdate();
            }
        });
    }

    void execute(String sql) {
        update(new Sql(sql, List.of()));
    }

    // region: batch
    /**
     * Runs one statement for many rows, as one JDBC batch through one prepared statement. With a
     * {@code keyColumn}, returns the keys the database generated, in row order, so new objects
     * learn their ids without a query each.
     */
    List<Long> batch(String sql, List<List<Object>> rows, String keyColumn, boolean batchKeys) {
        List<Object> first = rows.get(0);
        if (keyColumn != null && !batchKeys && rows.size() > 1) {
            List<Long> keys = new ArrayList<>();
            rows.forEach(row -> keys.addAll(batch(sql, List.of(row), keyColumn, false)));
            return keys;
        }
        notify(new StatementEvent(sql, first, rows.size()));
        return withConnection(sql, first, connection -> {
            try (PreparedStatement statement = keyColumn == null ? connection.prepareStatement(sql)
                    : connection.prepareStatement(sql, new String[] {keyColumn})) {
                for (List<Object> row : rows) {
                    bind(statement, row);
                    if (rows.size() > 1) {
                        statement.addBatch();
                    }
                }
                if (rows.size() > 1) {
                    statement.executeBatch();
                } else {
                    statement.executeUpdate();
                }
                List<Long> keys = new ArrayList<>();
                if (keyColumn != null) {
                    try (ResultSet generated = statement.getGeneratedKeys()) {
                        while (generated.next()) {
                            keys.add(generated.getLong(1));
                        }
                    }
                }
                return keys;
            }
        });
    }
    // endregion

    // region: atomic
    /**
     * Runs {@code work} in a transaction; a nested call becomes a savepoint inside the outer one. When
     * the rollback fails too, the work's exception is the one thrown, the rollback's attached to it as
     * suppressed; the connection goes back to the pool whatever happens.
     */
    <R> R atomic(Supplier<R> work) {
        Connection outer = transaction.get();
        if (outer != null) {
            Savepoint savepoint = call(outer, Connection::setSavepoint);
            try {
                R result = work.get();
                call(outer, c -> { c.releaseSavepoint(savepoint); return null; });
                return result;
            } catch (RuntimeException | Error e) {
                rollback(e, () -> outer.rollback(savepoint));
                throw e;
            }
        }
        Connection connection = call(null, c -> connections.acquire());
        try {
            call(connection, c -> { c.setAutoCommit(false); return null; });
            transaction.set(connection);
            R result;
            try {
                result = work.get();
                call(connection, c -> { c.commit(); return null; });
            } catch (RuntimeException | Error e) {
                rollback(e, connection::rollback);
                rollback(e, () -> connection.setAutoCommit(true));
                throw e; // the finally below still gives the connection back
            } finally {
                transaction.remove();
            }
            call(connection, c -> { c.setAutoCommit(true); return null; });
            return result;
        } finally {
            connections.release(connection); // one left inside a transaction is rolled back by the pool
        }
    }

    private interface Step {
        void run() throws SQLException;
    }

    /** Rolls back; a failure there must not hide why we are rolling back, so it rides along as suppressed. */
    private static void rollback(Throwable cause, Step rollback) {
        try {
            rollback.run();
        } catch (SQLException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }
    // endregion

    private interface Work<R> {
        R run(Connection connection) throws SQLException;
    }

    private <R> R run(String sql, List<Object> parameters, Work<R> work) {
        if (!listeners.isEmpty()) {   // no event built for no one: most statements have no listener
            notify(new StatementEvent(sql, parameters, 1));
        }
        return withConnection(sql, parameters, work);
    }

    private <R> R withConnection(String sql, List<Object> parameters, Work<R> work) {
        try {
            Connection current = transaction.get();
            if (current != null) {
                return work.run(current);
            }
            Connection connection = connections.acquire();
            try {
                return work.run(connection);
            } finally {
                connections.release(connection);
            }
        } catch (SQLException e) {
            throw new OrmException("The database rejected a statement: " + firstLine(e.getMessage()), sql, parameters, e);
        }
    }

    private static <R> R call(Connection connection, Work<R> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new OrmException("A transaction step failed: " + firstLine(e.getMessage()), "(transaction control)",
                    List.of(), e);
        }
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    private void notify(StatementEvent event) {
        for (StatementListener listener : listeners) {
            listener.onStatement(event);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
