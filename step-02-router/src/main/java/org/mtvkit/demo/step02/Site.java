package org.mtvkit.demo.step02;

import static org.mtvkit.routing.Urls.path;

import org.mtvkit.http.Handler;
import org.mtvkit.http.Html;
import org.mtvkit.http.Request;
import org.mtvkit.http.Response;
import org.mtvkit.routing.AccessLog;
import org.mtvkit.routing.AppendSlash;
import org.mtvkit.routing.ErrorMiddleware;
import org.mtvkit.routing.Kwargs;
import org.mtvkit.routing.Middleware;
import org.mtvkit.routing.Router;

/** Step 2's demo site: a URL configuration, its views, and the middleware around them. */
final class Site {

    /** The demo is for a developer: error pages show what was tried and what failed. */
    static final boolean DEBUG = true;

    private final Router router;

    // region: urls
    Site() {
        router = Router.of(
                path("", this::home, "home"),
                path("hello/<str:name>/", this::hello, "hello"),
                path("articles/<int:year>/<slug:slug>/", this::article, "article"),
                path("vote/", request -> Response.text("Thanks for voting.\n"), "vote").allow("POST"));
    }

    /** The router inside its middleware; the first one listed is the outermost. */
    Handler handler() {
        return Middleware.chain(router,
                AccessLog.to(System.out::println),
                ErrorMiddleware.create(DEBUG),
                AppendSlash.using(router, DEBUG));
    }
    // endregion

    Router router() {
        return router;
    }

    // region: views
    Response home(Request request) {
        return Response.html("<h1>Step 2: a URL dispatcher</h1>\n<ul>\n"
                + link(router.reverse("hello", "Ada Lovelace"), "a name in the path")
                + link(router.reverse("article", 2024, "routing-tables"), "an int and a slug")
                + link("/articles/2024/routing-tables", "no trailing slash: 301 to the slash")
                + link(router.reverse("vote"), "POST only: a GET gets 405")
                + link("/nowhere/", "nothing here: 404, listing the patterns tried")
                + "</ul>\n");
    }

    Response hello(Request request, Kwargs kwargs) {
        return Response.html("<h1>Hello, " + Html.escape(kwargs.string("name")) + "!</h1>\n");
    }

    Response article(Request request, Kwargs kwargs) {
        long year = kwargs.longValue("year");         // already a number: <int:year> converted it
        String slug = kwargs.string("slug");
        return Response.html("<h1>" + Html.escape(slug) + "</h1>\n<p>Published in " + year + ". Next year's: <a href=\""
                + Html.escape(router.reverse("article", year + 1, slug)) + "\">" + (year + 1) + "</a></p>\n");
    }
    // endregion

    private static String link(String href, String what) {
        return "<li><a href=\"" + Html.escape(href) + "\">" + Html.escape(href) + "</a>: " + Html.escape(what) + "</li>\n";
    }
}
