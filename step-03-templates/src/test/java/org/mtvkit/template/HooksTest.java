package org.mtvkit.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HooksTest {

    private static final TemplateHooks HOOKS = TemplateHooks.of((name, arguments) -> {
        if (!name.equals("polls:detail")) {
            throw new IllegalArgumentException("Reverse for '" + name + "' not found");
        }
        return "/polls/" + arguments.get(0) + "/";
    }, "/assets/");

    private static String render(String template, Map<String, ?> context) {
        Engine engine = Engine.builder().loader(Loader.fromMap(Map.of("t.html", template))).strict(true)
                .hooks(HOOKS).build();
        return engine.render("t.html", context);
    }

    @Test
    @DisplayName("url calls the application's reverse with the route name and the arguments")
    void url() {
        assertEquals("<a href=\"/polls/7/\">", render("<a href=\"{% url 'polls:detail' q.id %}\">",
                Map.of("q", Map.of("id", 7))));
    }

    @Test
    @DisplayName("url ... as name stores the path instead of writing it")
    void urlAs() {
        assertEquals("[/polls/1/]", render("{% url 'polls:detail' 1 as link %}[{{ link }}]", Map.of()));
    }

    @Test
    @DisplayName("a failing reverse is a template error at the tag, keeping the application's message")
    void urlFails() {
        TemplateError e = assertThrows(TemplateError.class, () -> render("\n {% url 'nope' %}", Map.of()));
        assertEquals("{% url 'nope' %} failed: Reverse for 'nope' not found", e.reason());
        assertEquals(2, e.line());
        assertEquals(2, e.column());
    }

    @Test
    @DisplayName("without hooks, url says how to supply them")
    void noHooks() {
        TemplateError e = Render.error("{% url 'polls:index' %}");
        assertEquals("{% url 'polls:index' %} failed: no url hook is configured, so route 'polls:index' cannot be"
                + " reversed: build the engine with .hooks(TemplateHooks.of(router::reverse, \"/static/\"))", e.reason());
    }

    @Test
    @DisplayName("static prefixes the path with the application's static URL")
    void staticTag() {
        assertEquals("/assets/polls/style.css", render("{% static 'polls/style.css' %}", Map.of()));
    }

    @Test
    @DisplayName("csrf_token writes the hidden input with the token from the context, escaped")
    void csrfToken() {
        assertEquals("<input type=\"hidden\" name=\"csrfmiddlewaretoken\" value=\"a&quot;b\">",
                render("{% csrf_token %}", Map.of("csrf_token", "a\"b")));
    }

    @Test
    @DisplayName("in strict mode csrf_token without a token is an error saying who must supply it")
    void csrfTokenMissing() {
        TemplateError e = assertThrows(TemplateError.class, () -> render("{% csrf_token %}", Map.of()));
        assertEquals("{% csrf_token %} found no 'csrf_token' in the context: the application must put the token"
                + " there before rendering a form", e.reason());
    }

    @Test
    @DisplayName("csrf_token ignores words after its name, as Django does")
    void csrfTokenArguments() {
        assertEquals("<input type=\"hidden\" name=\"csrfmiddlewaretoken\" value=\"t\">",
                Render.strict("{% csrf_token x %}", Map.of("csrf_token", "t")));
    }

    @Test
    @DisplayName("the hooks receive the resolved argument values")
    void argumentValues() {
        Engine engine = Engine.builder().loader(Loader.fromMap(Map.of("t.html", "{% url 'r' 1 'a' x %}")))
                .hooks(TemplateHooks.of((name, arguments) -> name + arguments, "/")).build();
        assertEquals("r[1, a, 2.5]", engine.render("t.html", Map.of("x", 2.5)));
    }
}
