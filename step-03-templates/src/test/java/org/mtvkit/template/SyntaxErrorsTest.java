package org.mtvkit.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every compile-time error names the template, line and column; each is checked with LF and with CRLF. */
class SyntaxErrorsTest {

    private static TemplateError compile(String template, String newline) {
        String text = template.replace("\n", newline);
        Engine engine = Render.engine(true, Map.of("page.html", text));
        return assertThrows(TemplateError.class, () -> engine.getTemplate("page.html"));
    }

    @ParameterizedTest(name = "newline {index}")
    @ValueSource(strings = {"\n", "\r\n"})
    @DisplayName("an unclosed block names its tag, where it opened, and the end tags it was looking for")
    void unclosed(String newline) {
        TemplateError e = compile("<ul>\n  {% for q in qs %}\n  <li>{% if q %}x{% endif %}\n</ul>", newline);
        assertEquals("Unclosed tag 'for' opened on line 2: looking for one of: empty, endfor", e.reason());
        assertEquals("page.html", e.templateName());
        assertEquals(2, e.line());
        assertEquals(3, e.column());
    }

    @ParameterizedTest(name = "newline {index}")
    @ValueSource(strings = {"\n", "\r\n"})
    @DisplayName("a wrong end tag says what was found and what was expected")
    void wrongEndTag(String newline) {
        TemplateError e = compile("{% for q in qs %}\n{% if q %}\n  {% endfor %}", newline);
        assertEquals("Invalid block tag 'endfor', expected 'elif' or 'else' or 'endif'", e.reason());
        assertEquals(3, e.line());
        assertEquals(3, e.column());
    }

    @ParameterizedTest(name = "newline {index}")
    @ValueSource(strings = {"\n", "\r\n"})
    @DisplayName("an unknown tag is named, with the known ones")
    void unknownTag(String newline) {
        TemplateError e = compile("a\nb {% frobnicate x %}", newline);
        assertTrue(e.reason().startsWith("Unknown tag 'frobnicate'. Known tags: autoescape, block, comment"), e.reason());
        assertEquals(2, e.line());
        assertEquals(3, e.column());
    }

    @ParameterizedTest(name = "newline {index}")
    @ValueSource(strings = {"\n", "\r\n"})
    @DisplayName("an unknown filter is named, with the known ones")
    void unknownFilter(String newline) {
        TemplateError e = compile("\n\n   {{ name|shout }}", newline);
        assertTrue(e.reason().startsWith("Unknown filter 'shout' in 'name|shout'. Known filters: add, addslashes, capfirst"),
                e.reason());
        assertEquals(3, e.line());
        assertEquals(12, e.column()); // at the filter's name
    }

    @Test
    @DisplayName("an end tag with nothing open is an error")
    void strayEndTag() {
        assertEquals("Invalid block tag 'endif': there is no open tag it could close or continue",
                Render.error("{% endif %}").reason());
    }

    @Test
    @DisplayName("an unterminated string literal is an error")
    void unterminatedString() {
        assertEquals("Unterminated string in '\"abc': expected a closing \"", Render.error("{{ \"abc }}").reason());
    }

    @Test
    @DisplayName("a tag that takes one argument says so")
    void oneArgument() {
        assertEquals("'block' takes exactly one argument, got 2", Render.error("{% block a b %}{% endblock %}").reason());
    }

    @Test
    @DisplayName("a tag that needs arguments says so")
    void needsArguments() {
        assertEquals("'firstof' takes at least 1 argument, like {% firstof a b 'fallback' %}",
                Render.error("{% firstof %}").reason());
    }

    @Test
    @DisplayName("the error message ends with the position, and the excerpt points at the column")
    void messageAndExcerpt() {
        TemplateError e = compile("one\ntwo {% nope %}\nthree", "\n");
        assertTrue(e.getMessage().endsWith("(page.html, line 2, column 5)"), e.getMessage());
        assertEquals("  1 | one\n> 2 | two {% nope %}\n          ^\n  3 | three\n", e.sourceExcerpt(1));
        assertEquals("one\ntwo {% nope %}\nthree", e.source().orElseThrow());
    }

    @Test
    @DisplayName("an empty tag is an error")
    void emptyTag() {
        TemplateError e = assertThrows(TemplateError.class, () -> Render.strict("{%  %}"));
        assertEquals("Empty block tag '{% %}': put a tag inside, like {% if x %}", e.reason());
    }
}
