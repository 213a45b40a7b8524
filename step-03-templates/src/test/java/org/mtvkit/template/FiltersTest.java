package org.mtvkit.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mtvkit.template.Render.vars;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each built-in filter, value in, text out; the expected outputs are what Django gives for the same input. */
class FiltersTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("{{ v|default:'none' }}", "", "none"),
                Arguments.of("{{ v|default:'none' }}", 0, "none"),
                Arguments.of("{{ v|default:'none' }}", "x", "x"),
                Arguments.of("{{ v|default_if_none:'none' }}", null, "none"),
                Arguments.of("{{ v|default_if_none:'none' }}", "", ""),
                Arguments.of("{{ v|length }}", List.of(1, 2, 3), "3"),
                Arguments.of("{{ v|length }}", "héllo", "5"),
                Arguments.of("{{ v|length }}", Map.of("a", 1), "1"),
                Arguments.of("{{ v|lower }}", "HeLLo", "hello"),
                Arguments.of("{{ v|upper }}", "HeLLo", "HELLO"),
                Arguments.of("{{ v|title }}", "they're bill's 1st friends", "They&#x27;re Bill&#x27;s 1st Friends"),
                Arguments.of("{{ v|capfirst }}", "django rocks", "Django rocks"),
                Arguments.of("vote{{ v|pluralize }}", 1, "vote"),
                Arguments.of("vote{{ v|pluralize }}", 2, "votes"),
                Arguments.of("vote{{ v|pluralize }}", 0, "votes"),
                Arguments.of("class{{ v|pluralize:'es' }}", 2, "classes"),
                Arguments.of("cherr{{ v|pluralize:'y,ies' }}", 1, "cherry"),
                Arguments.of("cherr{{ v|pluralize:'y,ies' }}", 3, "cherries"),
                Arguments.of("item{{ v|pluralize }}", List.of("a"), "item"),
                Arguments.of("item{{ v|pluralize }}", List.of("a", "b"), "items"),
                Arguments.of("{{ v|truncatechars:7 }}", "Joel is a slug", "Joel i…"),
                Arguments.of("{{ v|truncatechars:20 }}", "Joel is a slug", "Joel is a slug"),
                Arguments.of("{{ v|truncatewords:2 }}", "Joel is a slug", "Joel is …"),
                Arguments.of("{{ v|truncatewords:5 }}", "Joel   is a slug", "Joel is a slug"),
                Arguments.of("{{ v|join:', ' }}", List.of("a", "b", "c"), "a, b, c"),
                Arguments.of("{{ v|join:sep }}", List.of("<a>", "b"), "&lt;a&gt; &amp; b"),
                Arguments.of("{{ v|join:' & ' }}", List.of("<a>", "b"), "&lt;a&gt; & b"),
                Arguments.of("{{ v|linebreaks }}", "one\ntwo\n\n<three>", "<p>one<br>two</p>\n\n<p>&lt;three&gt;</p>"),
                Arguments.of("{{ v|linebreaksbr }}", "a\r\n<b>", "a<br>&lt;b&gt;"),
                Arguments.of("{{ v|escape }}", "<&>", "&lt;&amp;&gt;"),
                Arguments.of("{{ v|safe }}", "<b>", "<b>"),
                Arguments.of("{{ v|striptags }}", "<b>Joel</b> <button>is</button> a <span>slug</span>", "Joel is a slug"),
                Arguments.of("{{ v|slugify }}", " Joel is a slug, déjà vu! ", "joel-is-a-slug-deja-vu"),
                Arguments.of("{{ v|add:2 }}", 4, "6"),
                Arguments.of("{{ v|add:'2' }}", "4", "6"),
                Arguments.of("{{ v|add:'b' }}", "a", "ab"),
                Arguments.of("{{ v|add:other }}", List.of(1), "[1, 2]"),
                Arguments.of("{{ v|add:'x' }}", 4, ""),
                Arguments.of("{{ v|yesno }}", true, "yes"),
                Arguments.of("{{ v|yesno }}", false, "no"),
                Arguments.of("{{ v|yesno }}", null, "maybe"),
                Arguments.of("{{ v|yesno:'yeah,no' }}", null, "no"),
                Arguments.of("{{ v|floatformat }}", 34.23234, "34.2"),
                Arguments.of("{{ v|floatformat }}", 34.0, "34"),
                Arguments.of("{{ v|floatformat }}", 34.26, "34.3"),
                Arguments.of("{{ v|floatformat:3 }}", 34.23234, "34.232"),
                Arguments.of("{{ v|floatformat:3 }}", 34, "34.000"),
                Arguments.of("{{ v|floatformat:'-3' }}", 34.0, "34"),
                Arguments.of("{{ v|floatformat:'-3' }}", 34.26, "34.260"),
                Arguments.of("{{ v|floatformat:0 }}", 39.56, "40"),
                Arguments.of("{{ v|floatformat }}", "abc", ""),
                Arguments.of("{{ v|first }}", List.of("a", "b"), "a"),
                Arguments.of("{{ v|last }}", List.of("a", "b"), "b"),
                Arguments.of("{{ v|first }}", "xyz", "x"),
                Arguments.of("{{ v|first }}", List.of(), ""),
                Arguments.of("{{ v|cut:' ' }}", "String with spaces", "Stringwithspaces"),
                Arguments.of("{{ v|wordcount }}", "Joel is a  slug", "4"),
                Arguments.of("{{ v|date:'D d M Y' }}", LocalDate.of(2026, 3, 9), "Mon 09 Mar 2026"),
                Arguments.of("{{ v|date }}", LocalDate.of(2026, 9, 1), "Sept. 1, 2026"),
                Arguments.of("{{ v|date:'Y-m-d H:i:s' }}", LocalDateTime.of(2026, 1, 2, 3, 4, 5), "2026-01-02 03:04:05"),
                Arguments.of("{{ v|date:'j F y, g:i a' }}", LocalDateTime.of(2026, 7, 4, 15, 30), "4 July 26, 3:30 p.m."),
                Arguments.of("{{ v|date:'l \\\\t\\\\o\\\\d\\\\a\\\\y' }}", LocalDate.of(2026, 3, 9), "Monday today"),
                Arguments.of("{{ v|date:'Y' }}", "not a date", ""),
                Arguments.of("{{ v|lower|truncatechars:4 }}", "ABCDEF", "abc…"));
    }

    @ParameterizedTest(name = "{0} with {1} gives {2}")
    @MethodSource("cases")
    @DisplayName("built-in filters")
    void builtIn(String template, Object value, String expected) {
        assertEquals(expected, Render.strict(template, vars("v", value, "other", List.of(2), "sep", " & ")));
    }

    @Test
    @DisplayName("lower keeps safe text safe, upper escapes it again, as Django's is_safe says")
    void keepsSafe() {
        assertEquals("<b>", Render.strict("{{ v|safe|lower }}", Map.of("v", "<B>")));
        assertEquals("&lt;B&gt;", Render.strict("{{ v|safe|upper }}", Map.of("v", "<b>")));
    }

    @Test
    @DisplayName("a custom filter without an argument can be registered")
    void customFilter() {
        Engine engine = Engine.builder().loader(Loader.fromMap(Map.of("t.html", "{{ name|shout }}")))
                .filter("shout", value -> value + "!").build();
        assertEquals("Ann!", engine.render("t.html", Map.of("name", "Ann")));
    }

    @Test
    @DisplayName("a custom filter with an argument can be registered, and its output is escaped")
    void customFilterWithArgument() {
        Engine engine = Engine.builder().loader(Loader.fromMap(Map.of("t.html", "{{ name|wrap:'<>' }}")))
                .filter("wrap", (value, argument) -> argument + "" + value + argument).build();
        assertEquals("&lt;&gt;Ann&lt;&gt;", engine.render("t.html", Map.of("name", "Ann")));
    }

    @Test
    @DisplayName("a filter name must be a word")
    void badFilterName() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Engine.builder().filter("no-dash", value -> value));
        assertEquals("a filter name is a word of letters, digits and underscores: 'no-dash' is not", e.getMessage());
    }

    @Test
    @DisplayName("a filter that needs an argument says so when it has none")
    void missingArgument() {
        assertEquals("Filter 'cut' needs an argument, like |cut:\"...\"", Render.error("{{ v|cut }}").reason());
    }

    @Test
    @DisplayName("a filter that takes no argument says so when given one")
    void unexpectedArgument() {
        assertEquals("Filter 'lower' takes no argument: remove the ':' and what follows",
                Render.error("{{ v|lower:2 }}").reason());
    }

    @Test
    @DisplayName("a filter that fails is a template error naming the filter and the value")
    void failingFilter() {
        TemplateError e = Render.error("{{ v|center:'many' }}", Map.of("v", "abc"));
        assertEquals("filter 'center' failed on String value 'abc': expected a whole number as argument,"
                + " got 'many'", e.reason());
    }

    @Test
    @DisplayName("date with a time format on a date without time is an error")
    void dateNeedsTime() {
        TemplateError e = Render.error("{{ v|date:'H:i' }}", Map.of("v", LocalDate.of(2026, 1, 1)));
        assertTrue(e.reason().endsWith("format character 'H' needs a time of day, and a LocalDate has none"), e.reason());
    }

    @Test
    @DisplayName("an empty filter name is an error")
    void emptyFilterName() {
        assertEquals("Expected a filter name after '|' in 'v|'", Render.error("{{ v| }}").reason());
    }
}
