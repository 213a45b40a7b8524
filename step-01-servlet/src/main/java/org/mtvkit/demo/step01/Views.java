package org.mtvkit.demo.step01;

import java.util.stream.Collectors;
import org.mtvkit.http.Handler;
import org.mtvkit.http.Html;
import org.mtvkit.http.HttpException;
import org.mtvkit.http.QueryDict;
import org.mtvkit.http.Request;
import org.mtvkit.http.Response;

/**
 * Part 2 of the step: the same pages as {@link RawEchoServlet}, written as {@link Handler}s.
 *
 * <p>With no router yet, one handler looks at the path itself; step 2 replaces that {@code if} chain
 * with a table of URL patterns.
 */
final class Views {

    private Views() {
    }

    // region: site
    static Handler site() {
        return request -> {
            if (request.path().equals("/")) {
                return home();
            }
            if (request.path().equals("/hello")) {
                return hello(request);
            }
            if (request.path().equals("/echo")) {
                return echo(request);
            }
            if (request.path().equals("/boom")) {
                throw new IllegalStateException("a bug in a view");   // the server answers 500, the trace is logged
            }
            throw HttpException.notFound("Nothing lives at " + request.path());
        };
    }

    static Response hello(Request request) {
        String name = request.query().get("name").orElse("world");
        return Response.html("<h1>Hello, " + Html.escape(name) + "!</h1>");
    }
    // endregion

    static Response home() {
        return Response.html("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Step 1</title></head>
                <body>
                <h1>Step 1: from a raw servlet to a Handler</h1>
                <h2>The framework's Handler</h2>
                <ul>
                  <li><a href="/hello?name=Ada">/hello?name=Ada</a></li>
                  <li><a href="/echo?tag=a&amp;tag=b&amp;q=caf%C3%A9">/echo?tag=a&amp;tag=b&amp;q=café</a></li>
                  <li><a href="/boom">/boom</a> (a handler that throws: a 500 page, the trace in the log)</li>
                  <li><a href="/nowhere">/nowhere</a> (404)</li>
                </ul>
                <form method="post" action="/echo"><input name="comment" value="héllo &amp; bye">
                  <button>POST a form to /echo</button></form>
                <h2>The raw servlet</h2>
                <ul>
                  <li><a href="/raw/hello?name=Ada">/raw/hello?name=Ada</a></li>
                  <li><a href="/raw/echo?tag=a&amp;tag=b&amp;q=caf%C3%A9">/raw/echo?tag=a&amp;tag=b&amp;q=café</a></li>
                </ul>
                <form method="post" action="/raw/echo"><input name="comment" value="héllo &amp; bye">
                  <button>POST a form to /raw/echo</button></form>
                </body></html>
                """);
    }

    // region: echo
    static Response echo(Request request) {
        return Response.html("<h1>What the handler received</h1>"
                + "<p>" + Html.escape(request.method() + " " + request.path()) + "</p>"
                + "<h2>Query parameters</h2>" + list(request.query())
                + "<h2>Form fields</h2>" + list(request.form())
                + "<h2>Headers</h2><ul>" + request.headers().names().stream()
                        .map(n -> "<li>" + Html.escape(n + ": " + String.join(", ", request.headers().all(n))) + "</li>")
                        .collect(Collectors.joining()) + "</ul>"
                + "<h2>Cookies</h2><ul>" + request.cookies().entrySet().stream()
                        .map(c -> "<li>" + Html.escape(c.getKey() + " = " + c.getValue()) + "</li>")
                        .collect(Collectors.joining()) + "</ul>");
    }
    // endregion

    private static String list(QueryDict params) {
        return "<ul>" + params.names().stream()
                .map(n -> "<li>" + Html.escape(n + " = " + String.join(", ", params.getList(n))) + "</li>")
                .collect(Collectors.joining()) + "</ul>";
    }
}
