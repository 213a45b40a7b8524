package org.mtvkit.demo.step02;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.mtvkit.routing.Urls.path;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mtvkit.http.HttpException;
import org.mtvkit.routing.ErrorMiddleware;
import org.mtvkit.routing.ErrorRenderer;
import org.mtvkit.routing.Middleware;
import org.mtvkit.routing.Router;

/** Chapter 2, exercise 4: an ErrorRenderer that writes JSON, plugged into the error seam. */
@Tag("exercise")
@Tag("exercise-02-json-errors")
@DisplayName("Exercise 02-json-errors: a JsonErrorRenderer writes the error pages as JSON")
class JsonErrorsExerciseTest {

    static final String CLASS = "org.mtvkit.demo.step02.JsonErrorRenderer";

    private DemoClient demo;

    /** Found by name, so that the kit compiles before the class exists. */
    static ErrorRenderer renderer() {
        try {
            return (ErrorRenderer) Class.forName(CLASS).getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            return fail("there is no class " + CLASS + " yet: write it in step-02-router/src/main/java, implementing "
                    + "ErrorRenderer, with a constructor that takes no arguments.");
        } catch (ReflectiveOperationException | ClassCastException e) {
            return fail(CLASS + " must implement ErrorRenderer and have a constructor that takes no arguments: " + e);
        }
    }

    @BeforeEach
    void start() {
        demo = new DemoClient(Middleware.chain(new Site().router(), ErrorMiddleware.create(false, renderer())));
    }

    @AfterEach
    void stop() {
        if (demo != null) {
            demo.close();
        }
    }

    @Test
    @DisplayName("a 404 is {\"status\": 404, \"message\": ...} with the visitor's message")
    void notFound() throws Exception {
        HttpResponse<String> page = demo.get("/nowhere/");
        assertEquals(404, page.statusCode());
        assertEquals("{\"status\": 404, \"message\": \"The requested path /nowhere/ was not found on this server.\"}",
                page.body().strip(), "the 404 body is not the JSON object the exercise asks for");
    }

    @Test
    @DisplayName("a 405 keeps its status and its Allow header: the seam's, not the renderer's")
    void methodNotAllowed() throws Exception {
        HttpResponse<String> page = demo.get("/vote/");
        assertEquals(405, page.statusCode());
        assertEquals("POST, OPTIONS", page.headers().firstValue("Allow").orElseThrow());
        assertTrue(page.body().strip().startsWith("{\"status\": 405, \"message\": \""), page.body());
    }

    @Test
    @DisplayName("quotes and backslashes in the message are escaped, so the body stays valid JSON")
    void escapes() throws Exception {
        Router quoting = Router.of(path("form/", request -> {
            throw new HttpException(400, "The field \"name\" is empty \\ fill it in.");
        }, "form"));
        try (DemoClient form = new DemoClient(Middleware.chain(quoting, ErrorMiddleware.create(false, renderer())))) {
            String body = form.get("/form/").body().strip();
            assertEquals("{\"status\": 400, \"message\": \"The field \\\"name\\\" is empty \\\\ fill it in.\"}", body,
                    "a quote or a backslash in the message must be escaped as \\\" and \\\\, or the body is not JSON");
        }
    }
}
