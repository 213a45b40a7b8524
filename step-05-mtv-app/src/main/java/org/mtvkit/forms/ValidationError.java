package org.mtvkit.forms;

import java.util.List;

/**
 * Django's {@code ValidationError}: a value is not acceptable, and the messages say why, in words for
 * the person filling in the form. Fields and hooks throw it; the {@link Form} catches every one and
 * files its messages under the field (or the whole form), so it never escapes {@link Form#isValid()}.
 */
public final class ValidationError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> messages;

    public ValidationError(String message) {
        this(List.of(message));
    }

    public ValidationError(List<String> messages) {
        super(String.join(" ", messages));
        this.messages = List.copyOf(messages);
    }

    public List<String> messages() {
        return messages;
    }
}
