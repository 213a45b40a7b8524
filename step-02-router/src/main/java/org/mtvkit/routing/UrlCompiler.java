package org.mtvkit.routing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a URL configuration and compiles it, once, when the router is built: patterns are parsed,
 * namespaces checked for clashes, and the name index for {@code reverse} is filled. Every problem is
 * an {@link ImproperlyConfigured} quoting the pattern.
 */
final class UrlCompiler {

    /**
     * Where in the tree an entry sits. {@code level} is the innermost namespace, the one whose names
     * the entry joins; {@code sinceLevel} and {@code defaults} are what the includes between that
     * namespace and the entry add (Django merges an include without a namespace into its parent).
     */
    private record Scope(List<String> namespaces, List<String> appNames, List<CompiledPattern> prefixes,
                         ReverseIndex.Level level, List<CompiledPattern> sinceLevel, Map<String, Object> defaults) {

        String qualify(String name) {
            return namespaces.isEmpty() ? name : String.join(":", namespaces) + ":" + name;
        }

        String routeText() {
            String text = "";
            for (CompiledPattern prefix : prefixes) {
                text = RouteTable.joinRoute(text, prefix.text());
            }
            return text;
        }
    }

    private final Converters converters;
    private final ReverseIndex.Level root = new ReverseIndex.Level();
    private final List<NamedRoute> named = new ArrayList<>();
    private final Map<String, String> namespaceOwners = new LinkedHashMap<>();
    private final List<String> described = new ArrayList<>();

    UrlCompiler(Converters converters) {
        this.converters = converters;
    }

    RouteTable compile(List<UrlEntry> entries) {
        return table(entries, new Scope(List.of(), List.of(), List.of(), root, List.of(), Map.of()));
    }

    ReverseIndex reverseIndex() {
        return new ReverseIndex(root.finish());
    }

    /** Every named route in the order written. */
    List<NamedRoute> named() {
        return List.copyOf(named);
    }

    /** Every route in order, as the debug 404 page lists them. */
    List<String> described() {
        return List.copyOf(described);
    }

    private RouteTable table(List<UrlEntry> entries, Scope scope) {
        List<CompiledEntry> nodes = new ArrayList<>();
        for (UrlEntry entry : entries) {
            if (entry instanceof UrlEntry.Route route) {
                nodes.add(endpoint(route, scope));
            } else if (entry instanceof UrlEntry.Include include) {
                nodes.add(resolver(include, scope));
            } else {
                throw new IllegalStateException("unknown kind of URL entry: " + entry);
            }
        }
        return new RouteTable(nodes);
    }

    // region: endpoint
    private UrlPattern endpoint(UrlEntry.Route route, Scope scope) {
        CompiledPattern pattern = route.regex() ? RegexPattern.compile(route.pattern())
                : RoutePattern.compile(route.pattern(), converters);
        String fullRoute = RouteTable.joinRoute(scope.routeText(), pattern.text());
        checkParameters(scope, pattern, fullRoute);
        if (route.name().isPresent()) {
            String name = route.name().get();
            if (name.isEmpty() || name.contains(":")) {
                throw new ImproperlyConfigured("URL pattern '" + fullRoute + "' has the name '" + name
                        + "'; a name must be non-empty and must not contain ':' (namespaces come from include)");
            }
            // The same name on several patterns is allowed, as in Django: reverse picks by the arguments.
            List<CompiledPattern> patterns = new ArrayList<>(scope.sinceLevel());
            patterns.add(pattern);
            Map<String, Object> defaults = new LinkedHashMap<>(scope.defaults());
            defaults.putAll(route.kwargs());
            scope.level().add(name, new ReverseIndex.Candidate(scope.qualify(name), fullRoute, List.copyOf(patterns),
                    Map.copyOf(defaults)));
            List<String> parameters = new ArrayList<>();
            scope.prefixes().forEach(p -> parameters.addAll(p.parameterNames()));
            parameters.addAll(pattern.parameterNames());
            named.add(new NamedRoute(scope.qualify(name), fullRoute, parameters));
        }
        described.add((fullRoute + route.name().map(n -> " [name='" + scope.qualify(n) + "']").orElse("")).strip());
        return new UrlPattern(pattern, route.view(), route.name(), route.methods(), route.kwargs(), route.appendSlash());
    }
    // endregion

    // region: resolver
    private UrlResolver resolver(UrlEntry.Include include, Scope scope) {
        CompiledPattern prefix = RoutePattern.compile(include.prefix(), converters);
        String fullPrefix = scope.routeText() + include.prefix();
        checkParameters(scope, prefix, fullPrefix);
        if (include.namespace().isPresent() && include.appName().isEmpty()) {
            throw new ImproperlyConfigured("include('" + fullPrefix + "') has the namespace '"
                    + include.namespace().get() + "' but no application name; use include(prefix, appName, entries)"
                    + ".namespace(...), as Django requires an app_name for every namespace");
        }
        Optional<String> namespace = include.namespace().or(include::appName);
        List<CompiledPattern> prefixes = new ArrayList<>(scope.prefixes());
        prefixes.add(prefix);
        List<CompiledPattern> sinceLevel = new ArrayList<>(scope.sinceLevel());
        sinceLevel.add(prefix);
        Scope inner;
        if (namespace.isPresent()) {
            String full = scope.qualify(namespace.get());
            String owner = namespaceOwners.putIfAbsent(full, fullPrefix);
            if (owner != null) {
                throw new ImproperlyConfigured("the namespace '" + full + "' is used by two includes, '" + owner
                        + "' and '" + fullPrefix + "'; give one of them another instance namespace with .namespace(...)");
            }
            ReverseIndex.Level level = scope.level().enter(namespace.get(), include.appName().orElseThrow(),
                    List.copyOf(sinceLevel));
            List<String> namespaces = new ArrayList<>(scope.namespaces());
            namespaces.add(namespace.get());
            List<String> appNames = new ArrayList<>(scope.appNames());
            appNames.add(include.appName().get());
            // Django drops a namespaced include's own default kwargs when it reverses inside it.
            inner = new Scope(namespaces, appNames, prefixes, level, List.of(), Map.of());
        } else {
            Map<String, Object> defaults = new LinkedHashMap<>(scope.defaults());
            defaults.putAll(include.kwargs());
            inner = new Scope(scope.namespaces(), scope.appNames(), prefixes, scope.level(), sinceLevel, defaults);
        }
        return new UrlResolver(prefix, include.appName(), namespace, include.kwargs(), table(include.entries(), inner));
    }
    // endregion

    /** A view gets one value per name, so an include and a pattern inside it cannot both capture the same one. */
    private static void checkParameters(Scope scope, CompiledPattern pattern, String fullRoute) {
        Set<String> outer = new HashSet<>();
        scope.prefixes().forEach(p -> outer.addAll(p.parameterNames()));
        for (String name : pattern.parameterNames()) {
            if (outer.contains(name)) {
                throw new ImproperlyConfigured("URL pattern '" + fullRoute + "' names the parameter '" + name
                        + "' twice, once in an include's prefix and once inside it; give each parameter its own name.");
            }
        }
    }
}
