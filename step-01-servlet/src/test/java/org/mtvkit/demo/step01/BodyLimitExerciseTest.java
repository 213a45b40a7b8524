package org.mtvkit.demo.step01;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mtvkit.http.WebServer;

/** Chapter 1, exercise 2: the demo's body limit, read from the environment variable MAX_BODY_BYTES. */
@Tag("exercise")
@Tag("exercise-01-body-limit")
@DisplayName("Exercise 01-body-limit: the demo takes its body limit from MAX_BODY_BYTES")
class BodyLimitExerciseTest {

    /** Main.maxBodyBytes(Map), called by reflection so that the kit compiles before it exists. */
    private static int maxBodyBytes(Map<String, String> environment) throws Throwable {
        try {
            Method read = Main.class.getDeclaredMethod("maxBodyBytes", Map.class);
            read.setAccessible(true);
            return (int) read.invoke(null, environment);
        } catch (NoSuchMethodException e) {
            return fail("Main has no maxBodyBytes(Map<String, String>) yet: add a static method that reads "
                    + "MAX_BODY_BYTES from the environment it is given, and call it from main with System.getenv()");
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Main.server(host, port, maxBodyBytes), by reflection too. */
    private static Server server(int limit) throws Exception {
        try {
            Method server = Main.class.getDeclaredMethod("server", String.class, int.class, int.class);
            server.setAccessible(true);
            return (Server) server.invoke(null, "127.0.0.1", 0, limit);
        } catch (NoSuchMethodException e) {
            return fail("Main has no server(String host, int port, int maxBodyBytes) yet: give the HandlerServlet the "
                    + "limit it is passed, and let server(host, port) pass WebServer.DEFAULT_MAX_BODY_BYTES");
        }
    }

    @Test
    @DisplayName("without MAX_BODY_BYTES the limit is the kit's default")
    void defaultLimit() throws Throwable {
        assertEquals(WebServer.DEFAULT_MAX_BODY_BYTES, maxBodyBytes(Map.of()),
                "with no MAX_BODY_BYTES in the environment, maxBodyBytes must give WebServer.DEFAULT_MAX_BODY_BYTES");
    }

    @Test
    @DisplayName("MAX_BODY_BYTES=16 gives a limit of 16 bytes")
    void readsTheVariable() throws Throwable {
        assertEquals(16, maxBodyBytes(Map.of("MAX_BODY_BYTES", "16")),
                "maxBodyBytes does not read MAX_BODY_BYTES: with MAX_BODY_BYTES=16 the limit must be 16");
    }

    @Test
    @DisplayName("a MAX_BODY_BYTES that is not a positive number is refused with a message naming it")
    void refusesNonsense() throws Throwable {
        for (String bad : new String[] {"lots", "-1", "0"}) {
            try {
                int limit = maxBodyBytes(Map.of("MAX_BODY_BYTES", bad));
                fail("MAX_BODY_BYTES=" + bad + " gave the limit " + limit + ": refuse it with an "
                        + "IllegalArgumentException that names MAX_BODY_BYTES and the value");
            } catch (IllegalArgumentException expected) {
                assertTrue(expected.getMessage() != null && expected.getMessage().contains("MAX_BODY_BYTES")
                        && expected.getMessage().contains(bad), "the message should name MAX_BODY_BYTES and the value '"
                        + bad + "', so the user knows what to fix; it was: " + expected.getMessage());
            }
        }
    }

    @Test
    @DisplayName("a demo server with a 16-byte limit takes 16 bytes and answers 413 to 17, whatever the limit")
    void smallLimitOverHttp() throws Exception {
        Server jetty = server(16);
        jetty.start();
        try {
            int port = ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
            HttpClient client = HttpClient.newHttpClient();
            assertEquals(200, post(client, port, "comment=12345678").statusCode(),
                    "a 16-byte body was refused by a server whose limit is 16 bytes");
            assertEquals(413, post(client, port, "comment=123456789").statusCode(),
                    "a 17-byte body was taken by a server whose limit is 16 bytes: pass the limit to the HandlerServlet");
        } finally {
            jetty.stop();
        }
    }

    private static HttpResponse<String> post(HttpClient client, int port, String form) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/echo"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
