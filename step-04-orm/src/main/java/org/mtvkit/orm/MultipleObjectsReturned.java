package org.mtvkit.orm;

/** {@code get()} found more than one row. The message names the model and the conditions. */
public final class MultipleObjectsReturned extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MultipleObjectsReturned(Class<?> model, String conditions) {
        super("get() returned more than one " + model.getSimpleName() + " for " + conditions
                + "; add conditions that match a single row, or use first() or list()");
    }
}
