package org.mtvkit.demo.step02;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mtvkit.routing.NoReverseMatch;

/** Chapter 2, exercise 1: a {@code <yyyy:year>} converter on the demo's articles route. */
@Tag("exercise")
@Tag("exercise-02-yyyy-converter")
@DisplayName("Exercise 02-yyyy-converter: the demo's articles take a four-digit <yyyy:year>")
class YyyyConverterExerciseTest {

    private final Site site = new Site();
    private final DemoClient demo = new DemoClient(site.handler());

    @AfterEach
    void stop() {
        demo.close();
    }

    @Test
    @DisplayName("a three-digit year matches no route: /articles/999/x/ answers 404")
    void threeDigits() throws Exception {
        assertEquals(404, demo.get("/articles/999/x/").statusCode(),
                "/articles/999/x/ still reaches the article: register a converter named yyyy whose regex takes "
                        + "exactly four digits, and write the route as articles/<yyyy:year>/<slug:slug>/.");
    }

    @Test
    @DisplayName("a five-digit year matches no route either")
    void fiveDigits() throws Exception {
        assertEquals(404, demo.get("/articles/20245/x/").statusCode(),
                "/articles/20245/x/ still reaches the article: the yyyy regex must take four digits, no more.");
    }

    @Test
    @DisplayName("a four-digit year still reaches the article, as a number")
    void fourDigits() throws Exception {
        String body = demo.get("/articles/2024/routing-tables/").body();
        assertTrue(body.contains("Published in 2024") && body.contains("href=\"/articles/2025/routing-tables/\""),
                "the article page lost its year: the converter's toJava must turn the four digits into an Integer, "
                        + "and its toUrl a number back into digits. The page: " + body);
    }

    @Test
    @DisplayName("the 404 page lists the articles route with its yyyy converter")
    void listed() throws Exception {
        String body = demo.get("/nowhere/").body();
        assertTrue(body.contains("articles/&lt;yyyy:year&gt;/&lt;slug:slug&gt;/"),
                "the debug 404 page does not list articles/<yyyy:year>/<slug:slug>/: the route still uses another "
                        + "converter. The page: " + body);
    }

    @Test
    @DisplayName("reverse refuses a year of five digits")
    void reverseRefuses() {
        assertThrows(NoReverseMatch.class, () -> site.router().reverse("article", 12345, "x"),
                "reverse(\"article\", 12345, \"x\") built a URL: with <yyyy:year> the value 12345 does not fit the "
                        + "converter's regex, and reverse must say so.");
    }
}
