package org.mtvkit.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Chapter 1, exercise 3: {@code Request.remoteAddress()}, filled by the servlet adapter. */
@Tag("exercise")
@Tag("exercise-01-remote-address")
@DisplayName("Exercise 01-remote-address: a Request knows the address of the client it came from")
class RemoteAddressExerciseTest {

    /** Request.remoteAddress(), called by reflection so that the kit compiles before it exists. */
    private static String remoteAddress(Request request) {
        try {
            Method read = Request.class.getMethod("remoteAddress");
            if (read.getReturnType() != String.class) {
                return fail("Request.remoteAddress() must return the address as a String, like \"127.0.0.1\"");
            }
            return (String) read.invoke(request);
        } catch (NoSuchMethodException e) {
            return fail("Request has no remoteAddress() yet: add it, and let the adapter (ServletRequests.toRequest) "
                    + "fill it from HttpServletRequest.getRemoteAddr()");
        } catch (ReflectiveOperationException e) {
            return fail("Request.remoteAddress() threw " + e.getCause());
        }
    }

    private static String fetch(HttpRequest.Builder request) throws Exception {
        try (WebServer server = WebServer.start(r -> Response.text(remoteAddress(r)), "127.0.0.1", 0)) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    request.uri(URI.create("http://127.0.0.1:" + server.port() + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), "the handler failed: " + response.body());
            return response.body();
        }
    }

    @Test
    @DisplayName("a request over real HTTP from this machine comes from 127.0.0.1")
    void overHttp() throws Exception {
        assertEquals("127.0.0.1", fetch(HttpRequest.newBuilder()),
                "remoteAddress() is not the client's address: the adapter must copy HttpServletRequest.getRemoteAddr()");
    }

    @Test
    @DisplayName("an X-Forwarded-For header sent by the client does not change the address")
    void headerIsNotTrusted() throws Exception {
        assertEquals("127.0.0.1", fetch(HttpRequest.newBuilder().header("X-Forwarded-For", "203.0.113.9")),
                "remoteAddress() believed the client's X-Forwarded-For header: any client can send one, so only a "
                        + "proxy you run may be trusted to set it (see the chapter's question)");
    }

    @Test
    @DisplayName("a request built in a test comes from 127.0.0.1 unless told otherwise, as Django's test client")
    void builderDefault() {
        assertEquals("127.0.0.1", remoteAddress(Request.builder("GET", "/").build()),
                "a Request from Request.builder should come from 127.0.0.1 by default, as Django's RequestFactory "
                        + "sets REMOTE_ADDR, so that tests of views need not say where a request came from");
    }
}
