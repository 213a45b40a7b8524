package org.mtvkit.routing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a URL configuration and compiles it, once, when the router is built: patterns are parsed,
 * names and namespaces checked for clashes, and the name index for {@code reverse} is filled. Every
 * problem is an {@link ImproperlyConfigured} quoting the pattern.
 */
final class UrlCompiler {

    /** Where in the tree an entry sits: the namespaces and prefixes of the includes around it. */
    private record Scope(List<String> namespaces, List<String> appNames, List<RoutePattern> prefixes) {
        Scope enter(Optional<String> namespace, Optional<String> appName, RoutePattern prefix) {
            List<String> ns = new ArrayList<>(namespaces);
            List<String> apps = new ArrayList<>(appNames);
            namespace.ifPresent(ns::add);
            appName.ifPresent(apps::add);
            List<RoutePattern> pre = new ArrayList<>(prefixes);
            pre.add(prefix);
            return new Scope(ns, apps, pre);
        }

        String qualify(List<String> parts, String name) {
            return parts.isEmpty() ? name : String.join(":", parts) + ":" + name;
        }

        String routeText() {
            StringBuilder text = new StringBuilder();
            prefixes.forEach(p -> text.append(p.text()));
            return text.toString();
        }
    }

    private final Converters converters;
    private final Map<String, ReverseIndex.Entry> byName = new HashMap<>();
    private final Map<String, ReverseIndex.Entry> byAppName = new HashMap<>();
    private final Map<String, String> namespaceOwners = new HashMap<>();
    private final List<String> described = new ArrayList<>();

    UrlCompiler(Converters converters) {
        this.converters = converters;
    }

    RouteTable compile(List<UrlEntry> entries) {
        return table(entries, new Scope(List.of(), List.of(), List.of()));
    }

    ReverseIndex reverseIndex() {
        return new ReverseIndex(byName, byAppName);
    }

    /** Every route in order, as the debug 404 page lists them. */
    List<String> described() {
        return List.copyOf(described);
    }

    private RouteTable table(List<UrlEntry> entries, Scope scope) {
        List<Node> nodes = new ArrayList<>();
        for (UrlEntry entry : entries) {
            if (entry instanceof UrlEntry.Route route) {
                nodes.add(endpoint(route, scope));
            } else if (entry instanceof UrlEntry.Include include) {
                nodes.add(branch(include, scope));
            }
        }
        return new RouteTable(nodes);
    }

    // region: endpoint
    private Node.Endpoint endpoint(UrlEntry.Route route, Scope scope) {
        RoutePattern pattern = route.regex() ? RegexPattern.compile(route.pattern())
                : PathPattern.compile(route.pattern(), converters);
        String fullRoute = scope.routeText() + pattern.text();
        checkParameters(scope, pattern, fullRoute);
        if (route.name().isPresent()) {
            String name = route.name().get();
            if (name.isEmpty() || name.contains(":")) {
                throw new ImproperlyConfigured("URL pattern '" + fullRoute + "' has the name '" + name
                        + "'; a name must be non-empty and must not contain ':' (namespaces come from include)");
            }
            String viewName = scope.qualify(scope.namespaces(), name);
            List<RoutePattern> patterns = new ArrayList<>(scope.prefixes());
            patterns.add(pattern);
            ReverseIndex.Entry entry = new ReverseIndex.Entry(viewName, fullRoute, List.copyOf(patterns));
            ReverseIndex.Entry previous = byName.putIfAbsent(viewName, entry);
            if (previous != null) {
                throw new ImproperlyConfigured("the route name '" + viewName + "' is used twice: by '"
                        + previous.route() + "' and by '" + fullRoute + "'. Give each route its own name.");
            }
            byAppName.put(scope.qualify(scope.appNames(), name), entry);   // the last deployed instance wins
        }
        described.add((fullRoute + route.name().map(n -> " [name='" + scope.qualify(scope.namespaces(), n) + "']")
                .orElse("")).strip());
        return new Node.Endpoint(pattern, route.view(), route.name(), route.methods());
    }
    // endregion

    // region: branch
    private Node.Branch branch(UrlEntry.Include include, Scope scope) {
        RoutePattern prefix = PathPattern.compile(include.prefix(), converters);
        String fullPrefix = scope.routeText() + include.prefix();
        checkParameters(scope, prefix, fullPrefix);
        if (include.namespace().isPresent() && include.appName().isEmpty()) {
            throw new ImproperlyConfigured("include('" + fullPrefix + "') has the namespace '"
                    + include.namespace().get() + "' but no application name; use include(prefix, appName, entries)"
                    + ".namespace(...), as Django requires an app_name for every namespace");
        }
        Optional<String> namespace = include.namespace().or(include::appName);
        if (namespace.isPresent()) {
            String full = scope.qualify(scope.namespaces(), namespace.get());
            String owner = namespaceOwners.putIfAbsent(full, fullPrefix);
            if (owner != null) {
                throw new ImproperlyConfigured("the namespace '" + full + "' is used by two includes, '" + owner
                        + "' and '" + fullPrefix + "'; give one of them another instance namespace with .namespace(...)");
            }
        }
        Scope inner = scope.enter(namespace, include.appName(), prefix);
        return new Node.Branch(prefix, include.appName(), namespace, table(include.entries(), inner));
    }
    // endregion

    /** A view gets one value per name, so an include and a pattern inside it cannot both capture the same one. */
    private static void checkParameters(Scope scope, RoutePattern pattern, String fullRoute) {
        Set<String> outer = new HashSet<>();
        scope.prefixes().forEach(p -> outer.addAll(parameterNames(p)));
        for (String name : parameterNames(pattern)) {
            if (outer.contains(name)) {
                throw new ImproperlyConfigured("URL pattern '" + fullRoute + "' names the parameter '" + name
                        + "' twice, once in an include's prefix and once inside it; give each parameter its own name.");
            }
        }
    }

    private static List<String> parameterNames(RoutePattern pattern) {
        if (pattern instanceof PathPattern path) {
            return path.params().stream().map(Segment.Param::name).toList();
        }
        return ((RegexPattern) pattern).names();
    }
}
