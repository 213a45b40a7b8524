package org.mtvkit.template;

/**
 * Text that is already HTML: autoescaping leaves it alone. Django calls this a {@code SafeString}; a
 * value becomes one through {@code |safe}, through {@code |escape}, or by the application wrapping it.
 *
 * @param html the markup, written out exactly as it is
 */
public record SafeString(String html) {

    public SafeString {
        if (html == null) {
            throw new IllegalArgumentException("SafeString needs text, not null");
        }
    }

    /** Marks {@code html} as safe: the caller promises it holds no untrusted markup. */
    public static SafeString of(String html) {
        return new SafeString(html);
    }

    /**
     * Django's {@code conditional_escape}: text is escaped ({@code < > & ' "} become {@code &lt; &gt; &amp;
     * &#x27; &quot;}); a value that is already a SafeString comes back as it is.
     */
    public static SafeString escape(Object value) {
        return Escape.conditional(value);
    }

    @Override
    public String toString() {
        return html;
    }
}
