package org.mtvkit.routing;

import org.mtvkit.http.Html;

/** The framework's own error pages: step 1's plain page, and with DEBUG on what helps a developer. */
final class PlainErrorRenderer implements ErrorRenderer {

    static final PlainErrorRenderer INSTANCE = new PlainErrorRenderer();

    private PlainErrorRenderer() {
    }

    // region: plain-renderer
    @Override
    public String render(ErrorPage page) {
        if (!page.debug()) {
            return Html.errorPage(page.status(), page.message());
        }
        StringBuilder html = new StringBuilder(head(page.title()))
                .append("<p>Request: <code>").append(Html.escape(page.request().method())).append(' ')
                .append(Html.escape(page.request().fullPath())).append("</code></p>\n");
        if (page.serverError()) {
            html.append("<p>").append(Html.escape(page.exception().getClass().getName())).append(": ")
                    .append(Html.escape(String.valueOf(page.exception().getMessage()))).append("</p>\n")
                    .append("<h2>Traceback</h2>\n<pre>").append(Html.escape(page.traceback())).append("</pre>\n");
        } else {
            html.append("<p>").append(Html.escape(page.message())).append("</p>\n");
        }
        if (!page.tried().isEmpty()) {
            html.append("<p>The router tried these URL patterns, in this order:</p>\n<ol>\n");
            for (String pattern : page.tried()) {
                html.append("<li><code>").append(Html.escape(pattern)).append("</code></li>\n");
            }
            html.append("</ol>\n<p>The current path, <code>").append(Html.escape(page.request().path().substring(1)))
                    .append("</code>, didn't match any of these.</p>\n");
        }
        return html.append(foot()).toString();
    }
    // endregion

    private static String head(String title) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>" + Html.escape(title)
                + "</title></head>\n<body>\n<h1>" + Html.escape(title) + "</h1>\n";
    }

    private static String foot() {
        return "<p><small>You see this page because DEBUG is on. Turn it off and visitors see a short page"
                + " instead.</small></p>\n</body>\n</html>\n";
    }
}
