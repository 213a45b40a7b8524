package org.mtvkit.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EscapingTest {

    private static final String HOSTILE = "<script>alert('x')</script> & \"q\"";
    private static final String ESCAPED = "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;q&quot;";

    @Test
    @DisplayName("variables are escaped by default, exactly as Django escapes < > & ' \"")
    void escapedByDefault() {
        assertEquals(ESCAPED, Render.strict("{{ v }}", Map.of("v", HOSTILE)));
    }

    @Test
    @DisplayName("text written in the template is never escaped")
    void templateTextNotEscaped() {
        assertEquals("<b>'&'</b>", Render.strict("<b>'&'</b>"));
    }

    @Test
    @DisplayName("|safe writes the value as it is")
    void safeFilter() {
        assertEquals(HOSTILE, Render.strict("{{ v|safe }}", Map.of("v", HOSTILE)));
    }

    @Test
    @DisplayName("a SafeString from the application is not escaped")
    void safeString() {
        assertEquals("<em>hi</em>", Render.strict("{{ v }}", Map.of("v", SafeString.of("<em>hi</em>"))));
    }

    @Test
    @DisplayName("autoescape off writes values as they are, until endautoescape")
    void autoescapeOff() {
        assertEquals("<i> &lt;i&gt;",
                Render.strict("{% autoescape off %}{{ v }}{% endautoescape %} {{ v }}", Map.of("v", "<i>")));
    }

    @Test
    @DisplayName("|escape inside autoescape off escapes once")
    void escapeFilter() {
        assertEquals("&lt;i&gt;", Render.strict("{% autoescape off %}{{ v|escape }}{% endautoescape %}",
                Map.of("v", "<i>")));
    }

    @Test
    @DisplayName("escaping is never applied twice")
    void notTwice() {
        assertEquals("&lt;i&gt;", Render.strict("{{ v|escape }}", Map.of("v", "<i>")));
    }

    @Test
    @DisplayName("string literals in a template are trusted, as in Django")
    void literalsAreSafe() {
        assertEquals("<b>none</b>", Render.strict("{{ v|default:\"<b>none</b>\" }}", Map.of("v", "")));
    }

    @Test
    @DisplayName("autoescape takes only on or off")
    void autoescapeArgument() {
        assertEquals("'autoescape' argument should be 'on' or 'off', not 'maybe'",
                Render.error("{% autoescape maybe %}{% endautoescape %}").reason());
    }

    @Test
    @DisplayName("escaping in runs gives what escaping character by character gives, wherever the special characters are")
    void runsMatchCharacterByCharacter() {
        for (String text : new String[] {"", "plain", "<", "<<", "a<", "<a", "a<b>c", "&&&", "\"'\"", "x'y&z<",
                HOSTILE, "ünïcødé < €"}) {
            StringBuilder expected = new StringBuilder();
            for (char c : text.toCharArray()) {
                expected.append(switch (c) {
                    case '<' -> "&lt;";
                    case '>' -> "&gt;";
                    case '&' -> "&amp;";
                    case '"' -> "&quot;";
                    case '\'' -> "&#x27;";
                    default -> String.valueOf(c);
                });
            }
            StringBuilder appended = new StringBuilder("before|");
            Escape.html(text, appended);
            assertEquals("before|" + expected, appended.toString(), text);
            assertEquals(expected.toString(), Escape.html(text), text);
        }
    }

    @Test
    @DisplayName("text that needs no escaping comes back as the same string")
    void plainTextIsNotCopied() {
        String plain = "What's new?".replace("'", "");
        org.junit.jupiter.api.Assertions.assertSame(plain, Escape.html(plain));
    }
}
