package org.mtvkit.orm;

import java.util.List;

/**
 * One statement sent to the database: its SQL and bound parameters. A batch of {@code batchSize}
 * rows is one event (one round trip) carrying the first row's parameters.
 */
public record StatementEvent(String sql, List<Object> parameters, int batchSize) {
    @Override
    public String toString() {
        return sql + (parameters.isEmpty() ? "" : "  " + parameters)
                + (batchSize > 1 ? "  (batch of " + batchSize + " rows)" : "");
    }
}
