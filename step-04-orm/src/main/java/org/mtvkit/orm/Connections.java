package org.mtvkit.orm;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Where the ORM's connections come from, and where they go back to. {@link #of(DataSource)} leaves
 * both to a data source the application brings (its close gives a connection back); {@link #open}
 * is the kit's own pool.
 */
interface Connections {

    /** A connection for one statement or one transaction, in auto-commit mode. */
    Connection acquire() throws SQLException;

    /** Gives back a connection {@link #acquire} handed out; never throws. */
    void release(Connection connection);

    /** Closes the connections not in use, and each one in use when it comes back. */
    void close();

    /** The application's pool: a connection goes back to it when closed. */
    static Connections of(DataSource dataSource) {
        return new Connections() {
            @Override
            public Connection acquire() throws SQLException {
                return dataSource.getConnection();
            }

            @Override
            public void release(Connection connection) {
                ConnectionPool.closeQuietly(connection);
            }

            @Override
            public void close() {
                // the application opened it and closes it
            }
        };
    }
}
