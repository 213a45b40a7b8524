package org.mtvkit.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Chapter 1, exercise 1: a {@code Response.json(String)} helper beside {@code html} and {@code text}. */
@Tag("exercise")
@Tag("exercise-01-response-json")
@DisplayName("Exercise 01-response-json: Response.json(String) answers JSON")
class ResponseJsonExerciseTest {

    /** Called by reflection, so that the kit compiles before the method exists. */
    private static Response json(String body) {
        try {
            Method json = Response.class.getMethod("json", String.class);
            if (!Modifier.isStatic(json.getModifiers()) || json.getReturnType() != Response.class) {
                return fail("Response.json(String) must be static and return a Response, as html and text do");
            }
            return (Response) json.invoke(null, body);
        } catch (NoSuchMethodException e) {
            return fail("Response has no json(String) yet: add a static helper beside html(String) and text(String)");
        } catch (ReflectiveOperationException e) {
            return fail("Response.json(String) threw " + e.getCause());
        }
    }

    @Test
    @DisplayName("its content type is application/json, in UTF-8")
    void contentType() {
        assertEquals("application/json; charset=utf-8", json("{}").headers().first("Content-Type").orElse("none"),
                "Response.json gives the wrong Content-Type: a JSON body is application/json, and the kit says its "
                        + "charset as html and text do");
    }

    @Test
    @DisplayName("it answers 200 with the text as its body, encoded in UTF-8")
    void body() {
        Response response = json("{\"name\": \"Łukasz\"}");
        assertEquals(200, response.status(), "Response.json should answer 200, as html and text do");
        assertEquals("{\"name\": \"Łukasz\"}", new String(response.bodyBytes(), StandardCharsets.UTF_8),
                "the body of Response.json is not the text it was given, in UTF-8");
    }

    @Test
    @DisplayName("a client over real HTTP sees the JSON and its content type")
    void overHttp() throws Exception {
        try (WebServer server = WebServer.start(request -> json("[1, 2, 3]"), "127.0.0.1", 0)) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals("[1, 2, 3]", response.body());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                    "the client does not see application/json: " + response.headers().map());
        }
    }
}
