package org.mtvkit.routing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mtvkit.http.Handler;

/**
 * Django's {@code django.urls} functions for writing a URL configuration:
 *
 * <pre>{@code
 * import static org.mtvkit.routing.Urls.*;
 *
 * Router router = Router.of(
 *         path("", Views::index, "index"),
 *         path("articles/<int:year>/<slug:slug>/", Views::article, "article"),
 *         include("polls/", "polls", List.of(
 *                 path("<int:question_id>/", Views::detail, "detail"))));
 * }</pre>
 */
public final class Urls {

    private Urls() {
    }

    /** A route in {@code path()} syntax to a view, with a name for {@code reverse}. */
    public static UrlEntry.Route path(String pattern, View view, String name) {
        return new UrlEntry.Route(pattern, false, view, Optional.of(name), Set.of(), Map.of(), true);
    }

    public static UrlEntry.Route path(String pattern, View view) {
        return new UrlEntry.Route(pattern, false, view, Optional.empty(), Set.of(), Map.of(), true);
    }

    /**
     * Django's {@code path(route, view, kwargs, name)}: the view also gets these keyword arguments,
     * which win over captured ones of the same name.
     */
    public static UrlEntry.Route path(String pattern, View view, Map<String, ?> kwargs, String name) {
        return path(pattern, view, name).kwargs(kwargs);
    }

    /**
     * A route to a plain handler, for views that need no keyword arguments (they can still read them
     * from {@link ResolverMatch#of}).
     */
    public static UrlEntry.Route path(String pattern, Handler handler, String name) {
        return path(pattern, asView(handler), name);
    }

    public static UrlEntry.Route path(String pattern, Handler handler) {
        return path(pattern, asView(handler));
    }

    /** A route as a regular expression with named groups, Django's {@code re_path}; values are strings. */
    public static UrlEntry.Route rePath(String regex, View view, String name) {
        return new UrlEntry.Route(regex, true, view, Optional.of(name), Set.of(), Map.of(), true);
    }

    public static UrlEntry.Route rePath(String regex, View view) {
        return new UrlEntry.Route(regex, true, view, Optional.empty(), Set.of(), Map.of(), true);
    }

    /** Mounts the entries under a prefix, in the application namespace {@code appName}. */
    public static UrlEntry.Include include(String prefix, String appName, List<UrlEntry> entries) {
        return new UrlEntry.Include(prefix, Optional.of(appName), Optional.empty(), Map.of(), List.copyOf(entries));
    }

    /** Mounts the entries under a prefix, without a namespace: their names join the enclosing one. */
    public static UrlEntry.Include include(String prefix, List<UrlEntry> entries) {
        return new UrlEntry.Include(prefix, Optional.empty(), Optional.empty(), Map.of(), List.copyOf(entries));
    }

    private static View asView(Handler handler) {
        return (request, kwargs) -> handler.handle(request);
    }
}
