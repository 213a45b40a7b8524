package org.mtvkit.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mtvkit.http.Handler;
import org.mtvkit.http.HttpException;
import org.mtvkit.http.Request;
import org.mtvkit.http.Response;

/** The middleware chain, called directly: the order layers run in, and what each one does to errors. */
@DisplayName("The middleware chain runs its layers in order, and each handles errors as it should")
class MiddlewareTest {

    private final List<String> trace = new ArrayList<>();

    private Middleware named(String name) {
        return next -> request -> {
            trace.add(name + " in");
            Response response = next.handle(request);
            trace.add(name + " out");
            return response.withHeader("X-Through", name);
        };
    }

    private static Request get(String path) {
        return Request.builder("GET", path).build();
    }

    @Test
    @DisplayName("the first middleware listed is the outermost: it sees the request first and the response last")
    void order() throws Exception {
        Handler endpoint = request -> {
            trace.add("view");
            return Response.text("ok");
        };
        Response response = Middleware.chain(endpoint, named("a"), named("b")).handle(get("/"));
        assertEquals(List.of("a in", "b in", "view", "b out", "a out"), trace);
        assertEquals(List.of("b", "a"), response.headers().all("X-Through"));
    }

    @Test
    @DisplayName("an empty chain is the handler itself")
    void emptyChain() {
        Handler endpoint = request -> Response.text("ok");
        assertEquals(endpoint, Middleware.chain(endpoint));
    }

    @Test
    @DisplayName("the error middleware turns an HttpException into a page with its status and escaped message")
    void httpExceptionToPage() throws Exception {
        Handler failing = request -> {
            throw new HttpException(403, "no <entry>");
        };
        Response response = ErrorMiddleware.create(false).wrap(failing).handle(get("/"));
        assertEquals(403, response.status());
        assertTrue(response.bodyText().contains("no &lt;entry&gt;"));
    }

    @Test
    @DisplayName("the access log records the status of an HttpException and lets it through")
    void accessLogPassesExceptionsOn() {
        List<String> lines = new ArrayList<>();
        Handler failing = request -> {
            throw HttpException.notFound("gone");
        };
        assertThrows(HttpException.class, () -> AccessLog.to(lines::add).wrap(failing).handle(get("/x")));
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).matches("GET /x 404 \\d+ms"), lines.get(0));
    }

    @Test
    @DisplayName("append-slash never turns '//host' into a link to another site, whatever the container lets through")
    void appendSlashNoOpenRedirect() throws Exception {
        Router router = Router.of(Urls.path("<path:p>/", request -> Response.text("any")));
        Response response = AppendSlash.using(router).wrap(router).handle(get("//evil.example"));
        assertEquals(301, response.status());
        assertEquals("/%2Fevil.example/", response.headers().first("Location").orElseThrow());
    }

    @Test
    @DisplayName("a Router can be used as a plain handler inside another router's view")
    void routerAsView() throws Exception {
        Router inner = Router.of(Urls.path("x/", request -> Response.text("inner")));
        Router outer = Router.of(Urls.path("<path:rest>", inner::handle));
        assertEquals("inner", outer.handle(get("/x/")).bodyText());
    }
}
