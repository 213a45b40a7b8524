package org.mtvkit.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mtvkit.template.Render.vars;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class VariablesTest {

    record Question(String text, int votes) {
    }

    public static class Bean {
        public String field = "from field";

        public String getName() {
            return "from getter";
        }

        public boolean isOpen() {
            return true;
        }

        public String shout() {
            return "from method";
        }

        public String text() {
            return "method, not getter";
        }

        public String getText() {
            return "getter wins";
        }
    }

    @Test
    @DisplayName("a map key is looked up with a dot")
    void mapKey() {
        assertEquals("Ann", Render.strict("{{ user.name }}", Map.of("user", Map.of("name", "Ann"))));
    }

    @Test
    @DisplayName("a record component is looked up with a dot")
    void recordComponent() {
        assertEquals("Why? 3",
                Render.strict("{{ q.text }} {{ q.votes }}", Map.of("q", new Question("Why?", 3))));
    }

    @Test
    @DisplayName("a getter is found as getX or isX")
    void getters() {
        assertEquals("from getter True", Render.strict("{{ b.name }} {{ b.open }}", Map.of("b", new Bean())));
    }

    @Test
    @DisplayName("a public field and a no-argument method are found by name")
    void fieldAndMethod() {
        assertEquals("from field from method", Render.strict("{{ b.field }} {{ b.shout }}", Map.of("b", new Bean())));
    }

    @Test
    @DisplayName("a getter comes before a method of the bare name")
    void getterBeforeMethod() {
        assertEquals("getter wins", Render.strict("{{ b.text }}", Map.of("b", new Bean())));
    }

    @Test
    @DisplayName("a map key comes before the map's own methods")
    void mapKeyFirst() {
        assertEquals("key", Render.strict("{{ m.size }}", Map.of("m", Map.of("size", "key"))));
    }

    @Test
    @DisplayName("a list, an array and text are indexed with a number")
    void indexes() {
        assertEquals("b y c", Render.strict("{{ list.1 }} {{ array.0 }} {{ word.2 }}",
                Map.of("list", List.of("a", "b"), "array", new String[] {"y"}, "word", "abc")));
    }

    @Test
    @DisplayName("lookups chain through maps, records and lists")
    void chained() {
        assertEquals("3", Render.strict("{{ page.questions.0.votes }}",
                Map.of("page", Map.of("questions", List.of(new Question("q", 3))))));
    }

    @Test
    @DisplayName("True, False and None are always defined")
    void builtins() {
        assertEquals("True False ", Render.strict("{{ True }} {{ False }} {{ None }}"));
    }

    @Test
    @DisplayName("null renders as nothing, booleans as True and False")
    void nullAndBooleans() {
        assertEquals("[] True", Render.strict("[{{ nothing }}] {{ yes }}", vars("nothing", null, "yes", true)));
    }

    @Test
    @DisplayName("without strict mode a missing variable renders as nothing, as in Django")
    void missingIsEmptyWhenLenient() {
        assertEquals("[][]", Render.lenient("[{{ nope }}][{{ user.nope }}]", Map.of("user", Map.of())));
    }

    @Test
    @DisplayName("in strict mode a missing variable is an error naming it, what the context has, and the line")
    void missingIsErrorWhenStrict() {
        TemplateError e = Render.error("Hello\n  {{ nmae }}", Map.of("name", "Ann"));
        assertEquals("Variable 'nmae' is missing: 'nmae' is not in the context (it has: name). Strict mode makes"
                + " this an error: fix the name, or give a fallback with |default", e.reason());
        assertEquals("test.html", e.templateName());
        assertEquals(2, e.line());
        assertEquals(6, e.column()); // at the name, not at the {{
    }

    @Test
    @DisplayName("in strict mode a missing attribute names the part that failed and the type it was looked up on")
    void missingAttribute() {
        TemplateError e = Render.error("{{ q.titel }}", Map.of("q", new Question("x", 1)));
        assertTrue(e.reason().startsWith("Variable 'q.titel' is missing: 'q' (a Question) has no key, component,"
                + " getter, field, method or index 'titel'"), e.reason());
    }

    @Test
    @DisplayName("in strict mode a lookup through null says which part was null")
    void lookupThroughNull() {
        TemplateError e = Render.error("{{ q.author.name }}", Map.of("q", vars("author", null)));
        assertTrue(e.reason().contains("'q.author' is null, so it has no 'name'"), e.reason());
    }

    @Test
    @DisplayName("in strict mode |default handles a missing variable")
    void defaultHandlesMissing() {
        assertEquals("anonymous", Render.strict("{{ user|default:\"anonymous\" }}"));
    }

    @Test
    @DisplayName("an index past the end of a list is missing")
    void indexPastEnd() {
        TemplateError e = Render.error("{{ items.5 }}", Map.of("items", List.of(1)));
        assertTrue(e.reason().contains("has no key, component, getter, field, method or index '5'"), e.reason());
    }

    @Test
    @DisplayName("a variable may not start with an underscore")
    void underscore() {
        assertEquals("Variables and attributes may not begin with an underscore: 'q._secret'",
                Render.error("{{ q._secret }}").reason());
    }

    @Test
    @DisplayName("numbers and quoted strings are literals")
    void literals() {
        assertEquals("42 2.5 hi there", Render.strict("{{ 42 }} {{ 2.5 }} {{ \"hi there\" }}"));
    }

    @Test
    @DisplayName("text after a valid expression is an error quoting it")
    void remainder() {
        assertEquals("Could not parse the remainder: ' x' from 'a x'", Render.error("{{ a x }}").reason());
    }
}
