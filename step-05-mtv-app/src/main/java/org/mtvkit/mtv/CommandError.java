package org.mtvkit.mtv;

/** A management command could not do its work; the message says why, for the person who ran it. */
public class CommandError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CommandError(String message) {
        super(message);
    }

    public CommandError(String message, Throwable cause) {
        super(message, cause);
    }
}
