package org.mtvkit.orm;

/** A delete refused because rows still point at the deleted ones through a {@link OnDelete#PROTECT} key. */
public final class ProtectedError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ProtectedError(String model, String field, int count) {
        super("Cannot delete some " + model + " objects: " + count + " " + field.substring(0, field.indexOf('.'))
                + " object(s) point at them through the protected foreign key " + field
                + " (@Related(onDelete = PROTECT)). Delete those first, or choose CASCADE or SET_NULL.");
    }
}
