package org.mtvkit.template;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Chapter 3, exercise 3: strict mode reports every missing variable of a render, not only the first. */
@Tag("exercise")
@Tag("exercise-03-all-missing")
@DisplayName("Exercise 03-all-missing: a strict render names every missing variable at once")
class AllMissingExerciseTest {

    private static final Engine STRICT = Engine.builder().strict(true).loader(Loader.fromMap(Map.of(
            "page.html", "{{ a }}\n{{ b.c }}\n{% include 'part.html' %}{{ d }}\n",
            "part.html", "<p>{{ e }}</p>\n"))).build();

    private static String failure() {
        return assertThrows(TemplateError.class, () -> STRICT.render("page.html", Map.of("b", Map.of())),
                "a strict render with missing variables did not fail").getMessage();
    }

    @Test
    @DisplayName("the one error names every missing variable of the page, in the order they appear")
    void everyOne() {
        String message = failure();
        int a = message.indexOf("'a' is not in the context");
        int c = message.indexOf("has no key, component, getter, field, method or index 'c'");
        int d = message.indexOf("'d' is not in the context");
        assertTrue(a >= 0 && c > a && d > c, "the strict render did not report a, then b.c, then d: keep rendering "
                + "after a missing variable (as '', as a lenient engine would), collect each error, and fail once at "
                + "the end of the render with all of them. It said: " + message);
    }

    @Test
    @DisplayName("each missing variable comes with its template and line")
    void withTheirPlaces() {
        String message = failure();
        for (String place : new String[] {"page.html, line 1", "page.html, line 2", "page.html, line 3"}) {
            assertTrue(message.contains(place), "the report does not say '" + place + "': keep each missing "
                    + "variable's own error, with its position, in the list. It said: " + message);
        }
    }

    @Test
    @DisplayName("a missing variable in an included template is in the same report")
    void includedToo() {
        String message = failure();
        assertTrue(message.contains("'e' is not in the context") && message.contains("part.html, line 1"),
                "the missing 'e' of the included part.html is not in the report: an include must add to the same list "
                        + "as the page including it. It said: " + message);
    }
}
