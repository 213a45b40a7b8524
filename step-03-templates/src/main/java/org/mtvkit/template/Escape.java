package org.mtvkit.template;

/** Django's HTML escaping, character for character: the five characters that can break out of markup. */
final class Escape {

    private Escape() {
    }

    // region: escape
    static void html(CharSequence text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                default -> out.append(c);
            }
        }
    }
    // endregion

    static String html(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        html(text, out);
        return out.toString();
    }

    /** Escapes unless the value is already safe: Django's {@code conditional_escape}. */
    static SafeString conditional(Object value) {
        // task: 03-3 the safe-string rules
        if (value instanceof SafeString safe) {
            return safe;
        }
        return new SafeString(html(Values.text(value)));
        // endtask
    }
}
