package org.mtvkit.orm;

import java.util.Map;

/**
 * What a delete removed, as Django's {@code (total, {"polls.Choice": 2, ...})}: the total, and the count
 * per model (by simple class name) for every model that lost rows.
 */
public record Deleted(long total, Map<String, Long> perModel) {
    public Deleted {
        perModel = Map.copyOf(perModel);
    }
}
