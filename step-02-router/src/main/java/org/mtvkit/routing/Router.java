package org.mtvkit.routing;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mtvkit.http.Handler;
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
 * It writes no page itself: what it cannot answer it raises ({@link Resolver404},
 * {@link MethodNotAllowed}), and the {@link ErrorMiddleware} turns that into a page.
 */
public final class Router implements Handler {

    private final RouteTable root;
    private final ReverseIndex names;
    private final List<NamedRoute> named;
    private final List<String> patterns;

    private Router(RouteTable root, ReverseIndex names, List<NamedRoute> named, List<String> patterns) {
        this.root = root;
        this.names = names;
        this.named = named;
        this.patterns = patterns;
    }

    /** A router over the entries, with the built-in converters. */
    public static Router of(UrlEntry... entries) {
        return builder().build(entries);
    }

    public static Builder builder() {
        return new Builder();
    }

    // region: handle
    @Override
    public Response handle(Request request) throws Exception {
        Optional<RouteTable.Hit> hit = find(request.path());
        if (hit.isEmpty()) {
            throw new Resolver404(request.path(), patterns);
        }
        ResolverMatch match = toMatch(hit.get());
        if (!match.allowedMethods().isEmpty()) {
            Set<String> allow = new LinkedHashSet<>(match.allowedMethods());
            allow.add("OPTIONS");
            if (request.method().equals("OPTIONS")) {    // Django's View.options: the methods, no body
                return Response.text("").withHeader("Allow", String.join(", ", allow));
            }
            if (!match.allows(request.method())) {
                throw new MethodNotAllowed(request.method(), allow);
            }
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
        return find(path).map(Router::toMatch);
    }
    // endregion

    private Optional<RouteTable.Hit> find(String path) {
        return path.startsWith("/") ? root.resolve(path.substring(1)) : Optional.empty();
    }

    private static ResolverMatch toMatch(RouteTable.Hit hit) {
        // The hit's map was built by this resolve, for this match, and nothing else holds it.
        return new ResolverMatch(hit.endpoint().view(), Kwargs.owning(hit.kwargs()), hit.endpoint().name(),
                List.copyOf(hit.namespaces()), List.copyOf(hit.appNames()), hit.route(), hit.endpoint().methods());
    }

    /** Whether append-slash may redirect to this path: it resolves, and its route did not opt out. */
    boolean acceptsAppendedSlash(String path) {
        return find(path).map(hit -> hit.endpoint().appendSlash()).orElse(false);
    }

    /**
     * The path of a named route, filled with positional arguments: {@code reverse("polls:detail", 7)}
     * gives {@code /polls/7/}. Values are turned into text by the parameter's converter, checked
     * against its regex, and percent-encoded.
     *
     * @throws NoReverseMatch naming the route and what it expected, when the name is unknown or the
     *                        arguments do not fit
     */
    public String reverse(String viewName, Object... args) {
        return names.reverse(viewName, Arrays.asList(args), Map.of(), Optional.empty());
    }

    /** The path of a named route, filled with keyword arguments: {@code reverse("detail", Map.of("id", 7))}. */
    public String reverse(String viewName, Map<String, ?> kwargs) {
        return names.reverse(viewName, List.of(), kwargs, Optional.empty());
    }

    /**
     * Django's {@code reverse(viewname, args, kwargs, current_app)}: an application namespace in the
     * name ({@code polls:index}) picks the instance named by {@code currentApp} when it is one of
     * that application's, its default instance otherwise, or else the last one deployed.
     *
     * @throws IllegalArgumentException if both args and kwargs are given
     */
    public String reverse(String viewName, List<?> args, Map<String, ?> kwargs, Optional<String> currentApp) {
        return names.reverse(viewName, args, kwargs, currentApp);
    }

    /**
     * Every name {@code reverse} knows, qualified with its instance namespaces, with the parameters it
     * takes, in the order the routes are written. A name given to several routes is listed once per route.
     */
    public List<NamedRoute> namedRoutes() {
        return named;
    }

    /** Every route, in the order they are tried, with its name, as the debug 404 page lists them. */
    public List<String> patterns() {
        return patterns;
    }

    /** Collects the converters, then checks and compiles the entries. */
    public static final class Builder {
        private Converters converters = Converters.builtIn();

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

        /** @throws ImproperlyConfigured quoting the pattern, for any mistake in the configuration */
        public Router build(UrlEntry... entries) {
            return build(List.of(entries));
        }

        /** @throws ImproperlyConfigured quoting the pattern, for any mistake in the configuration */
        public Router build(List<UrlEntry> entries) {
            UrlCompiler compiler = new UrlCompiler(converters);
            RouteTable root = compiler.compile(entries);
            return new Router(root, compiler.reverseIndex(), compiler.named(), compiler.described());
        }
    }
}
