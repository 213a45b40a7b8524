package org.mtvkit.template;

/** Django's HTML escaping, character for character: the five characters that can break out of markup. */
final class Escape {

    private Escape() {
    }

    // region: escape
    /**
     * Appends {@code text} escaped. Most text needs no escaping at all, so the characters between two
     * that do are appended as one run, not one by one: text without any is a single append.
     */
    static void html(CharSequence text, StringBuilder out) {
        int written = 0; // text before this index is in out already
        for (int i = 0; i < text.length(); i++) {
            String entity = entity(text.charAt(i));
            if (entity != null) {
                out.append(text, written, i).append(entity);
                written = i + 1;
            }
        }
        out.append(text, written, text.length());
    }

    /** The entity that replaces {@code c}, or null when {@code c} stands for itself. */
    private static String entity(char c) {
        return switch (c) {
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '&' -> "&amp;";
            case '"' -> "&quot;";
            case '\'' -> "&#x27;";
            default -> null;
        };
    }
    // endregion

    /** The text escaped; text that needs no escaping comes back as it is, without a copy. */
    static String html(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (entity(text.charAt(i)) != null) {
                StringBuilder out = new StringBuilder(text.length() + 16);
                html(text, out);
                return out.toString();
            }
        }
        return text.toString();
    }

    /** Escapes unless the value is already safe: Django's {@code conditional_escape}. */
    static SafeString conditional(Object value) {
        // task: 03-4 the safe-string rules
        if (value instanceof SafeString safe) {
            return safe;
        }
        return new SafeString(html(Values.text(value)));
        // endtask
    }
}
