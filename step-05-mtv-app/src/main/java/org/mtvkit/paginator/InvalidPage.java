package org.mtvkit.paginator;

/**
 * A page number that names no page: Django's {@code InvalidPage}, with its two cases told apart by
 * {@link #notAnInteger()} ({@code PageNotAnInteger}, {@code EmptyPage} otherwise). A view turns it into
 * a 404, never a 500.
 */
public final class InvalidPage extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean notAnInteger;

    InvalidPage(String message, boolean notAnInteger) {
        super(message);
        this.notAnInteger = notAnInteger;
    }

    /** Whether the number was not a whole number at all, rather than out of range. */
    public boolean notAnInteger() {
        return notAnInteger;
    }
}
