package org.mtvkit.routing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An ordered list of patterns, scanned first-match-wins as Django does, with an index so that a
 * lookup only tries the patterns that could match.
 *
 * <p>Most patterns begin with a fixed first segment ({@code articles/...}, {@code polls/...}): the
 * index maps that segment to the positions of those patterns. A path whose first segment is
 * {@code polls} only tries the {@code polls} patterns and the few that begin with a parameter or a
 * regex, still in their original order, so the first match is the same one a full scan would find.
 */
final class RouteTable {

    /** A match found inside this table, with what the enclosing includes contribute added on the way out. */
    record Hit(UrlPattern endpoint, Map<String, Object> kwargs, List<String> namespaces, List<String> appNames,
               String route) {
    }

    private static final int[] NONE = new int[0];

    private final List<CompiledEntry> nodes;
    private final Map<String, int[]> byFirstSegment;
    private final int[] unindexed;

    RouteTable(List<CompiledEntry> nodes) {
        this.nodes = List.copyOf(nodes);
        Map<String, List<Integer>> buckets = new HashMap<>();
        List<Integer> rest = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Optional<String> key = indexKey(nodes.get(i));
            if (key.isPresent()) {
                buckets.computeIfAbsent(key.get(), k -> new ArrayList<>()).add(i);
            } else {
                rest.add(i);
            }
        }
        this.byFirstSegment = new HashMap<>();
        buckets.forEach((key, positions) -> byFirstSegment.put(key, toArray(positions)));
        this.unindexed = toArray(rest);
    }

    List<CompiledEntry> nodes() {
        return nodes;
    }

    // region: index-key
    /**
     * The first path segment every match of this node must start with, when the pattern fixes it:
     * {@code articles} for {@code articles/<int:year>/}, {@code about} for the endpoint {@code about}.
     */
    static Optional<String> indexKey(CompiledEntry node) {
        String prefix = node.pattern().literalPrefix();
        int slash = prefix.indexOf('/');
        if (slash >= 0) {
            return Optional.of(prefix.substring(0, slash));
        }
        boolean wholeLiteral = node.pattern() instanceof RoutePattern route && route.params().isEmpty();
        if (node instanceof UrlPattern && wholeLiteral) {
            return Optional.of(prefix);               // must equal the whole rest of the path
        }
        return Optional.empty();
    }
    // endregion

    // region: resolve
    Optional<Hit> resolve(String path) {
        // task: 02-3 the route table
        int slash = path.indexOf('/');
        int[] indexed = byFirstSegment.getOrDefault(slash < 0 ? path : path.substring(0, slash), NONE);
        int a = 0;
        int b = 0;
        while (a < indexed.length || b < unindexed.length) {    // merge the two lists, in table order
            int next = b >= unindexed.length || (a < indexed.length && indexed[a] < unindexed[b])
                    ? indexed[a++] : unindexed[b++];
            Optional<Hit> hit = tryNode(nodes.get(next), path);
            if (hit.isPresent()) {
                return hit;
            }
        }
        return Optional.empty();
        // endtask
    }

    private static Optional<Hit> tryNode(CompiledEntry node, String path) {
        // task: 02-3 the route table
        if (node instanceof UrlPattern endpoint) {
            return endpoint.pattern().match(path, true).map(m -> new Hit(endpoint, withDefaults(m.kwargs(),
                    endpoint.defaults()), List.of(), List.of(), endpoint.pattern().text()));
        }
        if (node instanceof UrlResolver include) {
            Optional<CompiledPattern.Match> prefix = include.pattern().match(path, false);
            if (prefix.isEmpty()) {
                return Optional.empty();
            }
            // The prefix is stripped: the patterns inside match what is left.
            return include.table().resolve(path.substring(prefix.get().end()))
                    .map(inner -> enclose(include, prefix.get(), inner));
        }
        throw new IllegalStateException("unknown kind of URL entry: " + node);
        // endtask
    }

    /** As in Django, a pattern's default keyword arguments win over what it captured. */
    private static Map<String, Object> withDefaults(Map<String, Object> captured, Map<String, Object> defaults) {
        if (defaults.isEmpty()) {
            return captured;
        }
        Map<String, Object> kwargs = new LinkedHashMap<>(captured);
        kwargs.putAll(defaults);
        return kwargs;
    }
    // endregion

    private static Hit enclose(UrlResolver branch, CompiledPattern.Match prefix, Hit inner) {
        // Django's order: what the prefix captured, then the include's defaults, then what came from inside.
        // Most includes capture nothing and have no defaults ("polls/"): then the inner map is the whole one.
        Map<String, Object> kwargs = inner.kwargs();
        if (!prefix.kwargs().isEmpty() || !branch.defaults().isEmpty()) {
            kwargs = new LinkedHashMap<>(prefix.kwargs());
            kwargs.putAll(branch.defaults());
            kwargs.putAll(inner.kwargs());
        }
        return new Hit(inner.endpoint(), kwargs, prepend(branch.namespace(), inner.namespaces()),
                prepend(branch.appName(), inner.appNames()), joinRoute(branch.pattern().text(), inner.route()));
    }

    private static List<String> prepend(Optional<String> outer, List<String> inner) {
        if (outer.isEmpty()) {
            return inner;
        }
        List<String> all = new ArrayList<>(inner.size() + 1);
        all.add(outer.get());
        all.addAll(inner);
        return all;
    }

    /** Django's {@code _join_route}: an inner regex's '^' is dropped when it follows a prefix. */
    static String joinRoute(String outer, String inner) {
        if (outer.isEmpty()) {
            return inner;
        }
        return outer + (inner.startsWith("^") ? inner.substring(1) : inner);
    }

    private static int[] toArray(List<Integer> positions) {
        return positions.stream().mapToInt(Integer::intValue).toArray();
    }
}
