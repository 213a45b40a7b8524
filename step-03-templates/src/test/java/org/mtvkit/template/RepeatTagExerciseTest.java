package org.mtvkit.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Method;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Chapter 3, exercise 1: a library with a {@code {% repeat n %}...{% endrepeat %}} block tag. */
@Tag("exercise")
@Tag("exercise-03-repeat-tag")
@DisplayName("Exercise 03-repeat-tag: a library's {% repeat n %} block tag")
class RepeatTagExerciseTest {

    /** RepeatLibrary.library(), called by reflection so that the kit compiles before it exists. */
    private static Library library() {
        try {
            Method library = Class.forName("org.mtvkit.demo.step03.RepeatLibrary").getDeclaredMethod("library");
            library.setAccessible(true);
            return (Library) library.invoke(null);
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            return fail("there is no org.mtvkit.demo.step03.RepeatLibrary with a static library() yet: write it, "
                    + "returning a Library with a blockTag(\"repeat\", ...)");
        } catch (ReflectiveOperationException e) {
            return fail("RepeatLibrary.library() threw " + e.getCause());
        }
    }

    private static String render(String source, Map<String, ?> context) {
        Engine engine = Engine.builder().loader(Loader.fromMap(Map.of("t.html", source)))
                .library("repeat", library()).build();
        return engine.render("t.html", context);
    }

    @Test
    @DisplayName("{% repeat 3 %}ab{% endrepeat %} renders its body three times")
    void repeats() {
        assertEquals("ababab", render("{% load repeat %}{% repeat 3 %}ab{% endrepeat %}", Map.of()),
                "repeat 3 did not render its body three times: parse the body with parseUntil(\"endrepeat\") and "
                        + "append rendering.render(body) as many times as the count says");
    }

    @Test
    @DisplayName("the body sees the context and is escaped as any other part of the page")
    void bodySeesTheContext() {
        assertEquals("&lt;b&gt;&lt;b&gt;", render("{% load repeat %}{% repeat 2 %}{{ name }}{% endrepeat %}",
                Map.of("name", "<b>")), "the body of repeat lost its context or its escaping: render it with "
                        + "Rendering.render, which keeps both");
    }

    @Test
    @DisplayName("repeat is unknown in a template that does not load its library")
    void needsLoad() {
        library(); // the library must exist, or this test proves nothing
        TemplateError e = assertThrows(TemplateError.class,
                () -> render("{% repeat 2 %}x{% endrepeat %}", Map.of()),
                "repeat worked without {% load repeat %}: register it in a library of its own, not in the built-ins");
        assertTrue(e.getMessage().contains("repeat"), e.getMessage());
    }

    @Test
    @DisplayName("a count that is not a number is an error naming the template and the line")
    void countMustBeANumber() {
        TemplateError e = assertThrows(TemplateError.class,
                () -> render("{% load repeat %}\n{% repeat many %}x{% endrepeat %}", Map.of()),
                "{% repeat many %} rendered: a count that is not a whole number must be refused with parser.error(...)");
        assertTrue(e.getMessage().contains("many") && e.getMessage().contains("t.html, line 2"),
                "the error for {% repeat many %} should quote 'many' and say where it is (t.html, line 2), as "
                        + "TagParser.error does; it was: " + e.getMessage());
    }
}
