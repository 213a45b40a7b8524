package org.mtvkit.orm;

import java.util.List;

/** SQL text with its bound parameters, ready for a PreparedStatement. */
record Sql(String text, List<Object> parameters) {
    @Override
    public String toString() {
        return text + (parameters.isEmpty() ? "" : "  " + parameters);
    }
}
