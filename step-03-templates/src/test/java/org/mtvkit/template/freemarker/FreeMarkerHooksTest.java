package org.mtvkit.template.freemarker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mtvkit.template.TemplateError;
import org.mtvkit.template.TemplateHooks;

/** The application's hooks as FreeMarker functions: url(...), static(...), csrf_input(). */
class FreeMarkerHooksTest {

    private static final FreeMarkerEngine ENGINE = new FreeMarkerEngine("templates", TemplateHooks.of((name, args) -> {
        if (!name.equals("polls:detail")) {
            throw new IllegalArgumentException("Reverse for '" + name + "' not found");
        }
        return "/polls/" + args.get(0) + "/";
    }, "/assets/"));

    @Test
    @DisplayName("url() calls the application's reverse with the route name and arguments")
    void url() {
        assertEquals("<a href=\"/polls/7/\">\n", ENGINE.render("hooks/url.ftlh", Map.of()));
    }

    @Test
    @DisplayName("a failing reverse is a TemplateError that keeps the application's message and the position")
    void urlFails() {
        TemplateError e = assertThrows(TemplateError.class, () -> ENGINE.render("hooks/unknown-route.ftlh", Map.of()));
        assertTrue(e.reason().contains("url('nope') failed: Reverse for 'nope' not found"), e.reason());
        assertEquals("hooks/unknown-route.ftlh", e.templateName());
        assertEquals(1, e.line());
    }

    @Test
    @DisplayName("static() prefixes the path with the application's static URL")
    void staticUrl() {
        assertEquals("/assets/polls/style.css", ENGINE.render("hooks/static.ftlh", Map.of()));
    }

    @Test
    @DisplayName("csrf_input() writes the hidden input with the token, escaped")
    void csrfInput() {
        assertEquals("<input type=\"hidden\" name=\"csrfmiddlewaretoken\" value=\"a&quot;b\">",
                ENGINE.render("hooks/csrf.ftlh", Map.of("csrf_token", "a\"b")));
    }

    @Test
    @DisplayName("csrf_input() without a token in the data model is an error saying who must supply it")
    void csrfMissing() {
        TemplateError e = assertThrows(TemplateError.class, () -> ENGINE.render("hooks/csrf.ftlh", Map.of()));
        assertTrue(e.reason().contains("csrf_input() found no 'csrf_token' in the data model: the application must"
                + " put the token there before rendering a form"), e.reason());
    }
}
