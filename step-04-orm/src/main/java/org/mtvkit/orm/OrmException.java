package org.mtvkit.orm;

import java.util.List;

/** A statement failed in the database. The message carries the SQL and its parameters. */
public class OrmException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String sql;
    private final transient List<Object> parameters;

    OrmException(String problem, String sql, List<Object> parameters, Throwable cause) {
        super(problem + "\n  SQL: " + sql + "\n  parameters: " + parameters, cause);
        this.sql = sql;
        this.parameters = parameters;
    }

    public String sql() {
        return sql;
    }

    public List<Object> parameters() {
        return parameters;
    }

    /** Whether the database refused the statement for a constraint (SQLSTATE class 23: unique, foreign key, not null). */
    public boolean isIntegrityError() {
        for (Throwable cause = getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
