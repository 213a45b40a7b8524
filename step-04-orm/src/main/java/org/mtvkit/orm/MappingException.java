package org.mtvkit.orm;

/**
 * A model class cannot be mapped to a table. Raised when the model is registered, never later,
 * with a message naming the class, the field and what to change.
 */
public final class MappingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MappingException(String message) {
        super(message);
    }
}
