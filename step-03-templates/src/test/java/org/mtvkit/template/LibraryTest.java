package org.mtvkit.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** An application's tags and filters, registered as a library and loaded with {@code {% load %}}. */
class LibraryTest {

    // region: library
    private static final Library SHOP = new Library()
            .filter("shout", v -> Values.text(v).toUpperCase() + "!")
            .simpleTag("greet", args -> "Hello, " + args.get(0) + " <3")
            .inclusionTag("basket", "basket.html", args -> Map.of("items", args.get(0)))
            .blockTag("upper", parser -> {
                NodeList body = parser.parseUntil("endupper");
                return (rendering, out) -> out.append(rendering.render(body).html().toUpperCase());
            });
    // endregion

    private static Engine engine(String template) {
        return Engine.builder().loader(Loader.fromMap(Map.of("t.html", template, "other.html", "{{ 'a'|shout }}",
                "basket.html", "{% for i in items %}[{{ i }}]{% endfor %}"))).library("shop", SHOP).build();
    }

    private static String render(String template, Map<String, ?> context) {
        return engine(template).render("t.html", context);
    }

    @Test
    @DisplayName("a simple tag gets its arguments resolved and its result escaped")
    void simpleTag() {
        assertEquals("Hello, Ann &lt;3", render("{% load shop %}{% greet name %}", Map.of("name", "Ann")));
    }

    @Test
    @DisplayName("a simple tag with 'as' stores its result instead")
    void simpleTagAs() {
        assertEquals("[Hello, Bo &lt;3]", render("{% load shop %}{% greet 'Bo' as g %}[{{ g }}]", Map.of()));
    }

    @Test
    @DisplayName("an inclusion tag renders its template with the variables it returns")
    void inclusionTag() {
        assertEquals("[1][2]", render("{% load shop %}{% basket xs %}", Map.of("xs", List.of(1, 2))));
    }

    @Test
    @DisplayName("a block tag parses its own body and renders it as it likes")
    void blockTag() {
        assertEquals("HI ANN", render("{% load shop %}{% upper %}hi {{ name }}{% endupper %}", Map.of("name", "ann")));
    }

    @Test
    @DisplayName("a filter library is available after load, and 'load name from lib' takes only that name")
    void filterLibrary() {
        assertEquals("A!", render("{% load shop %}{{ 'a'|shout }}", Map.of()));
        assertEquals("A!", render("{% load shout from shop %}{{ 'a'|shout }}", Map.of()));
        TemplateError e = assertThrows(TemplateError.class,
                () -> render("{% load shout from shop %}{% greet 'x' %}", Map.of()));
        assertTrue(e.reason().startsWith("Unknown tag 'greet'"), e.reason());
    }

    @Test
    @DisplayName("a library loaded in one template is not seen by another")
    void loadIsPerTemplate() {
        Engine engine = engine("{% load shop %}{{ 'a'|shout }}");
        assertEquals("A!", engine.render("t.html", Map.of()));
        TemplateError e = assertThrows(TemplateError.class, () -> engine.render("other.html", Map.of()));
        assertTrue(e.reason().startsWith("Unknown filter 'shout'"), e.reason());
    }

    @Test
    @DisplayName("loading an unknown library is an error with the template's name, line and column")
    void unknownLibrary() {
        TemplateError e = assertThrows(TemplateError.class, () -> render("x\n{% load shoop %}", Map.of()));
        assertEquals("'shoop' is not a registered tag library. Registered: shop, static. Register it with"
                + " Engine.builder().library(\"shoop\", ...)", e.reason());
        assertEquals("t.html", e.templateName());
        assertEquals(2, e.line());
        assertEquals(9, e.column());
    }

    @Test
    @DisplayName("an iterable that is not a collection is false when empty, so {% if %} takes the else branch")
    void emptyIterableIsFalse() {
        Iterable<Object> empty = () -> new Iterator<>() {
            @Override
            public boolean hasNext() {
                return false;
            }

            @Override
            public Object next() {
                throw new java.util.NoSuchElementException();
            }
        };
        assertFalse(Values.truthy(empty));
        assertTrue(Values.truthy((Iterable<Object>) () -> List.<Object>of(1).iterator()));
        assertEquals("none", render("{% if rows %}some{% else %}none{% endif %}", Map.of("rows", empty)));
    }
}
