package org.mtvkit.demo.step02;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Chapter 2, exercise 3: a middleware that times every response, the redirects and error pages included. */
@Tag("exercise")
@Tag("exercise-02-response-time")
@DisplayName("Exercise 02-response-time: every answer of the demo carries X-Response-Time")
class ResponseTimeExerciseTest {

    private final DemoClient demo = new DemoClient(new Site().handler());

    @AfterEach
    void stop() {
        demo.close();
    }

    private void assertTimed(HttpResponse<String> response, int status, String what) {
        assertEquals(status, response.statusCode(), what);
        Optional<String> header = response.headers().firstValue("X-Response-Time");
        assertTrue(header.isPresent(), what + " has no X-Response-Time header: write a middleware that adds it, and "
                + "put it in the demo's chain where it also sees the redirects and the error pages.");
        assertTrue(header.get().matches("[0-9]+(\\.[0-9]+)?ms"),
                "X-Response-Time should be milliseconds, like 0.42ms, not '" + header.get() + "'");
    }

    @Test
    @DisplayName("a page a view answers is timed")
    void page() throws Exception {
        assertTimed(demo.get("/"), 200, "the home page");
    }

    @Test
    @DisplayName("the append-slash redirect is timed")
    void redirect() throws Exception {
        assertTimed(demo.get("/articles/2024/routing-tables"), 301, "the 301 to the slash");
    }

    @Test
    @DisplayName("a 404 and a 405 are timed")
    void errorPages() throws Exception {
        assertTimed(demo.get("/nowhere/"), 404, "the 404 page");
        assertTimed(demo.get("/vote/"), 405, "the 405 page");
    }
}
