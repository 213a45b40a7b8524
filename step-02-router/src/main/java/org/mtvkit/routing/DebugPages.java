package org.mtvkit.routing;

import org.mtvkit.http.Html;
import org.mtvkit.http.Request;

/** The pages a developer sees in debug mode. Everything shown comes from the request or the code: all escaped. */
final class DebugPages {

    private DebugPages() {
    }

    // region: debug-404
    static String notFound(Request request, Resolver404 notFound) {
        StringBuilder page = new StringBuilder(head("Page not found (404)"));
        page.append("<p>Request: <code>").append(Html.escape(request.method())).append(' ')
                .append(Html.escape(request.fullPath())).append("</code></p>\n")
                .append("<p>The router tried these URL patterns, in this order:</p>\n<ol>\n");
        for (String pattern : notFound.tried()) {
            page.append("<li><code>").append(Html.escape(pattern)).append("</code></li>\n");
        }
        page.append("</ol>\n<p>The current path, <code>").append(Html.escape(notFound.path().substring(1)))
                .append("</code>, didn't match any of these.</p>\n");
        return page.append(foot()).toString();
    }
    // endregion

    static String serverError(Request request, Exception error) {
        return head("Server error (500): " + error.getClass().getSimpleName())
                + "<p>Request: <code>" + Html.escape(request.method()) + " " + Html.escape(request.fullPath())
                + "</code></p>\n<pre>" + Html.escape(String.valueOf(error.getMessage())) + "</pre>\n"
                + "<p>The stack trace is in the server's log.</p>\n" + foot();
    }

    private static String head(String title) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>" + Html.escape(title)
                + "</title></head>\n<body>\n<h1>" + Html.escape(title) + "</h1>\n";
    }

    private static String foot() {
        return "<p><small>You see this page because the router is in debug mode. Turn debug off and visitors see a"
                + " short page instead.</small></p>\n</body>\n</html>\n";
    }
}
