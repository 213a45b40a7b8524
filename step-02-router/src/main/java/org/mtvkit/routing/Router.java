package org.mtvkit.routing;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mtvkit.http.Handler;
import org.mtvkit.http.Html;
import org.mtvkit.http.Request;
import org.mtvkit.http.Response;

/**
 * The URL configuration, compiled: it resolves a path to a view, reverses a route name to a path,
 * and, as a {@link Handler}, answers requests by calling the view it resolves.
 *
 * <pre>{@code
 * Router router = Router.of(path("hello/<str:name>/", Views::hello, "hello"));
 * router.resolve("/hello/Ada/");          // Optional[ResolverMatch(..., kwargs={name=Ada}, ...)]
 * router.reverse("hello", "Ada");         // "/hello/Ada/"
 * WebServer.start(router, "127.0.0.1", 8000);
 * }</pre>
 *
 * Everything is checked when the router is built; a mistake in a pattern is an
 * {@link ImproperlyConfigured} at startup. A router is immutable and safe to share between threads.
 */
public final class Router implements Handler {

    private final RouteTable root;
    private final ReverseIndex names;
    private final List<String> patterns;
    private final boolean debug;

    private Router(RouteTable root, ReverseIndex names, List<String> patterns, boolean debug) {
        this.root = root;
        this.names = names;
        this.patterns = patterns;
        this.debug = debug;
    }

    /** A router over the entries, with the built-in converters and debug off. */
    public static Router of(UrlEntry... entries) {
        return builder().build(entries);
    }

    public static Builder builder() {
        return new Builder();
    }

    // region: handle
    @Override
    public Response handle(Request request) throws Exception {
        Optional<ResolverMatch> found = resolve(request.path());
        if (found.isEmpty()) {
            Resolver404 notFound = new Resolver404(request.path(), patterns);
            if (debug) {
                return Response.html(DebugPages.notFound(request, notFound)).withStatus(404);
            }
            throw notFound;
        }
        ResolverMatch match = found.get();
        if (!match.allows(request.method())) {
            String allow = String.join(", ", match.allowedMethods());
            return Response.html(Html.errorPage(405, request.method() + " is not allowed here; this URL answers "
                    + allow + ".")).withStatus(405).withHeader("Allow", allow);
        }
        return match.view().handle(request.withAttribute(ResolverMatch.ATTRIBUTE, match), match.kwargs());
    }
    // endregion

    // region: resolve
    /**
     * Finds the view for a decoded path such as {@code /polls/7/} (no query string): the patterns are
     * tried in order and the first match wins.
     */
    public Optional<ResolverMatch> resolve(String path) {
        if (!path.startsWith("/")) {
            return Optional.empty();
        }
        return root.resolve(path.substring(1)).map(hit -> new ResolverMatch(hit.endpoint().view(),
                Kwargs.of(hit.kwargs()), hit.endpoint().name(), List.copyOf(hit.namespaces()),
                List.copyOf(hit.appNames()), hit.route(), hit.endpoint().methods()));
    }
    // endregion

    /**
     * The path of a named route, filled with positional arguments: {@code reverse("polls:detail", 7)}
     * gives {@code /polls/7/}. Values are converted by the parameter's converter and percent-encoded.
     *
     * @throws NoReverseMatch naming the route and what it expected, when the name is unknown or the
     *                        arguments do not fit
     */
    public String reverse(String viewName, Object... args) {
        return names.reverse(viewName, Optional.of(Arrays.asList(args)), Map.of());
    }

    /** The path of a named route, filled with keyword arguments: {@code reverse("detail", Map.of("id", 7))}. */
    public String reverse(String viewName, Map<String, ?> kwargs) {
        return names.reverse(viewName, Optional.empty(), kwargs);
    }

    /** Every route, in the order they are tried, with its name, as the debug 404 page lists them. */
    public List<String> patterns() {
        return patterns;
    }

    /** In debug mode, a 404 page lists every pattern; otherwise it names only the path. */
    public boolean debug() {
        return debug;
    }

    /** Collects the converters and the debug switch, then checks and compiles the entries. */
    public static final class Builder {
        private Converters converters = Converters.builtIn();
        private boolean debug = false;

        private Builder() {
        }

        /**
         * Registers a converter for patterns like {@code <name:param>}.
         *
         * @throws ImproperlyConfigured if the name is taken or not a valid name
         */
        public Builder converter(String name, Converter converter) {
            converters = converters.with(name, converter);
            return this;
        }

        /** Debug mode: 404 pages list every pattern (off by default; never on in production). */
        public Builder debug(boolean debug) {
            this.debug = debug;
            return this;
        }

        /** @throws ImproperlyConfigured quoting the pattern, for any mistake in the configuration */
        public Router build(UrlEntry... entries) {
            return build(List.of(entries));
        }

        /** @throws ImproperlyConfigured quoting the pattern, for any mistake in the configuration */
        public Router build(List<UrlEntry> entries) {
            UrlCompiler compiler = new UrlCompiler(converters);
            RouteTable root = compiler.compile(entries);
            return new Router(root, compiler.reverseIndex(), compiler.described(), debug);
        }
    }
}
