package org.mtvkit.orm;

/** What deleting a row does to the rows whose foreign key points at it, as Django's {@code on_delete}. */
public enum OnDelete {
    /** Delete them too, and what points at them, in one transaction. */
    CASCADE,
    /** Refuse the delete with {@link ProtectedError} while any of them exist. */
    PROTECT,
    /** Set their foreign key to NULL (the field must be nullable). */
    SET_NULL,
    /** Leave them; the database's foreign key constraint then refuses the delete. The default. */
    DO_NOTHING
}
