package org.mtvkit.orm;

/** {@code get()} found no row. The message names the model and the conditions. */
public final class DoesNotExist extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final Class<?> model;

    DoesNotExist(Class<?> model, String conditions) {
        super(model.getSimpleName() + " matching query does not exist: " + conditions);
        this.model = model;
    }

    public Class<?> model() {
        return model;
    }
}
