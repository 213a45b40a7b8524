package org.mtvkit.routing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The names {@code reverse} knows, namespace by namespace, and the code that turns a name and its
 * arguments back into a path, following Django's {@code reverse} step by step.
 */
final class ReverseIndex {

    /** A named route: its full name, its whole pattern text, the patterns inside its namespace, its defaults. */
    record Candidate(String viewName, String route, List<CompiledPattern> patterns, Map<String, Object> defaults) {
    }

    /** An instance namespace inside another one: the prefixes leading to it, and its own names. */
    record Child(List<CompiledPattern> prefixes, Level level) {
    }

    /** One namespace: Django's {@code reverse_dict}, {@code namespace_dict} and {@code app_dict} of one resolver. */
    static final class Level {
        private final Map<String, List<Candidate>> byName = new LinkedHashMap<>();
        private final Map<String, Child> namespaces = new LinkedHashMap<>();
        private final Map<String, List<String>> apps = new LinkedHashMap<>();

        void add(String name, Candidate candidate) {
            byName.computeIfAbsent(name, n -> new ArrayList<>()).add(candidate);
        }

        Level enter(String namespace, String appName, List<CompiledPattern> prefixes) {
            Level level = new Level();
            namespaces.put(namespace, new Child(prefixes, level));
            apps.computeIfAbsent(appName, a -> new ArrayList<>()).add(namespace);
            return level;
        }

        // region: django-order
        /**
         * Django fills its dictionaries walking the patterns backwards, so for a repeated name the last
         * pattern written is tried first, and an application's default instance is the last deployed.
         */
        Level finish() {
            byName.values().forEach(Collections::reverse);
            apps.values().forEach(Collections::reverse);
            namespaces.values().forEach(child -> child.level().finish());
            return this;
        }
        // endregion
    }

    private static final int LISTED_NAMES = 12;
    private static final int MAX_TARGETS = 10_000;

    /**
     * A candidate where a name's walk through the namespaces ends, with its segments (the namespaces' prefixes
     * first) gathered once: its parameters, their names, and each literal already percent-encoded; or why it
     * cannot be reversed at all (a regex pattern).
     */
    private record Shape(Candidate candidate, List<Segment> segments, List<Segment.Param> params, Set<String> names,
                         String[] encoded, String notReversible, boolean plainConverters) {

        static Shape of(List<CompiledPattern> prefixes, Candidate candidate) {
            List<Segment> segments = new ArrayList<>();
            try {
                prefixes.forEach(p -> segments.addAll(p.segments()));
                candidate.patterns().forEach(p -> segments.addAll(p.segments()));
            } catch (NoReverseMatch notReversible) {
                return new Shape(candidate, List.of(), List.of(), Set.of(), new String[0], notReversible.getMessage(), false);
            }
            List<Segment.Param> params = segments.stream()
                    .filter(s -> s instanceof Segment.Param).map(s -> (Segment.Param) s).toList();
            Set<String> names = new LinkedHashSet<>();
            params.forEach(p -> names.add(p.name()));
            String[] encoded = new String[segments.size()];
            for (int i = 0; i < encoded.length; i++) {
                if (segments.get(i) instanceof Segment.Literal literal) {
                    encoded[i] = PercentEncoder.encodePath(literal.text());
                }
            }
            // Every parameter through a built-in converter: the path then depends on the values alone.
            boolean plain = params.stream().allMatch(p -> Converters.isBuiltIn(p.converter()));
            return new Shape(candidate, List.copyOf(segments), params, Collections.unmodifiableSet(names), encoded, null,
                    plain);
        }
    }

    private final Level root;
    private final Map<String, List<Shape>> targets = new ConcurrentHashMap<>();
    // Paths already reversed from positional values that are numbers or text, for names whose every
    // candidate uses built-in converters only: a page reverses the same routes with the same ids on every
    // render, and the path depends on nothing else. Bounded, like the walks; other calls are fitted each time.
    private final Map<Reversal, String> reversed = new ConcurrentHashMap<>();
    private static final int MAX_REVERSED = 10_000;

    private record Reversal(String target, List<Object> args) {
    }

    ReverseIndex(Level root) {
        this.root = root;
    }

    // region: reverse
    String reverse(String viewName, List<?> args, Map<String, ?> kwargs, Optional<String> currentApp) {
        if (!args.isEmpty() && !kwargs.isEmpty()) {
            throw new IllegalArgumentException("reverse('" + viewName + "') was given both positional and keyword"
                    + " arguments; pass them all by position or all by name, as Django's reverse requires");
        }
        String key = currentApp.map(app -> app + "\u0000" + viewName).orElse(viewName);
        List<Shape> candidates = target(key, viewName, currentApp);
        Reversal reversal = kwargs.isEmpty() && plainValues(args) && plainConverters(candidates)
                ? new Reversal(key, List.copyOf(args)) : null;
        if (reversal != null) {
            String known = reversed.get(reversal);
            if (known != null) {
                return known;
            }
        }
        List<String> reasons = new ArrayList<>(1);
        for (Shape candidate : candidates) {
            Optional<String> fitted = fit(candidate, args, kwargs, reasons);
            if (fitted.isPresent()) {
                if (reversal != null && reversed.size() < MAX_REVERSED) {
                    reversed.put(reversal, fitted.get());
                }
                return fitted.get();
            }
        }
        throw noFit(viewName, candidates.size(), args, kwargs, reasons);
    }

    private static boolean plainConverters(List<Shape> candidates) {
        for (Shape candidate : candidates) {
            if (!candidate.plainConverters()) {
                return false;
            }
        }
        return true;
    }

    /** Values whose text is all a built-in converter reads of them, and which compare by value. */
    private static boolean plainValues(List<?> args) {
        for (Object arg : args) {
            if (!(arg instanceof Long || arg instanceof Integer || arg instanceof Short || arg instanceof String)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The namespaces walked for a name: the candidates at the end, each with its shape (the prefixes met on
     * the way and its own segments, in one list), in Django's order. The walk depends only on the name and the current app, and
     * a page reverses the same few names on every render, so each walk is kept with its shapes (a bounded
     * number of them; failed walks are not kept), and a {@code {% url %}} only fits its arguments.
     */
    private List<Shape> target(String key, String viewName, Optional<String> currentApp) {
        List<Shape> known = targets.get(key);
        if (known != null) {
            return known;
        }
        List<Shape> walked = walk(viewName, currentApp);
        if (targets.size() < MAX_TARGETS) {
            targets.put(key, walked);
        }
        return walked;
    }

    private List<Shape> walk(String viewName, Optional<String> currentApp) {
        List<String> path = new ArrayList<>(List.of(viewName.split(":", -1)));
        String name = path.remove(path.size() - 1);
        Deque<String> current = new ArrayDeque<>(currentApp.map(app -> List.of(app.split(":"))).orElse(List.of()));
        Level level = root;
        List<CompiledPattern> prefixes = new ArrayList<>();
        List<String> resolved = new ArrayList<>();
        for (String ns : path) {
            String currentNs = current.pollFirst();
            List<String> instances = level.apps.get(ns);
            if (instances != null) {                  // an application namespace: pick one of its instances
                if (currentNs != null && instances.contains(currentNs)) {
                    ns = currentNs;
                } else if (!instances.contains(ns)) {
                    ns = instances.get(0);
                }
            }
            if (!ns.equals(currentNs)) {
                current.clear();
            }
            Child child = level.namespaces.get(ns);
            if (child == null) {
                throw unknownNamespace(viewName, ns, resolved, level);
            }
            resolved.add(ns);
            prefixes.addAll(child.prefixes());
            level = child.level();
        }
        List<Candidate> candidates = level.byName.get(name);
        if (candidates == null) {
            throw unknownName(viewName);
        }
        return candidates.stream().map(c -> Shape.of(prefixes, c)).toList();
    }
    // endregion

    // region: fit
    /** The path for one candidate, or empty with the reason added, as Django's {@code _reverse_with_prefix}. */
    private static Optional<String> fit(Shape shape, List<?> args, Map<String, ?> kwargs, List<String> reasons) {
        Candidate candidate = shape.candidate();
        if (shape.notReversible() != null) {
            reasons.add(shape.notReversible());
            return Optional.empty();
        }
        List<Segment.Param> params = shape.params();
        Set<String> names = shape.names();
        Map<String, Object> values = new HashMap<>();
        if (!args.isEmpty()) {
            if (args.size() != params.size()) {
                reasons.add(takes(candidate, names));
                return Optional.empty();
            }
            for (int i = 0; i < params.size(); i++) {
                values.put(params.get(i).name(), args.get(i));
            }
        } else {
            Set<String> difference = new TreeSet<>(names);
            difference.addAll(kwargs.keySet());
            Set<String> both = new LinkedHashSet<>(names);
            both.retainAll(kwargs.keySet());
            difference.removeAll(both);
            difference.removeAll(candidate.defaults().keySet());
            if (!difference.isEmpty() || !names.stream().allMatch(kwargs::containsKey)) {
                reasons.add(takes(candidate, names));
                return Optional.empty();
            }
            for (Map.Entry<String, Object> fixed : candidate.defaults().entrySet()) {
                if (kwargs.containsKey(fixed.getKey()) && !fixed.getValue().equals(kwargs.get(fixed.getKey()))) {
                    reasons.add("'" + candidate.route() + "' fixes " + fixed.getKey() + "=" + fixed.getValue());
                    return Optional.empty();
                }
            }
            values.putAll(kwargs);
        }
        StringBuilder path = new StringBuilder(64).append('/');
        List<Segment> segments = shape.segments();
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            if (segment instanceof Segment.Literal) {
                path.append(shape.encoded()[i]);
            } else if (segment instanceof Segment.Param param) {
                Optional<String> text = toUrl(candidate, param, values.get(param.name()), reasons);
                if (text.isEmpty()) {
                    return Optional.empty();
                }
                path.append(PercentEncoder.encodePath(text.get()));
            } else {
                throw new IllegalStateException("unknown kind of segment: " + segment);
            }
        }
        return Optional.of(PercentEncoder.escapeLeadingSlashes(path.toString()));
    }

    /** The converter's text for the value, checked against its regex as Django checks the candidate path. */
    private static Optional<String> toUrl(Candidate candidate, Segment.Param param, Object value, List<String> reasons) {
        // The reason is built only when there is one: reverse runs for every {% url %} of every page.
        if (value == null) {
            reasons.add(misfit(candidate, param, value) + "null is not a value a URL can hold");
            return Optional.empty();
        }
        String text;
        try {
            text = param.converter().toUrl(value);
        } catch (IllegalArgumentException e) {        // Django's ValueError from to_url: "not this one"
            reasons.add(misfit(candidate, param, value) + "the converter refused it (" + e.getMessage() + ")");
            return Optional.empty();
        }
        if (!param.converter().accepts(text)) {
            reasons.add(misfit(candidate, param, value) + "its text '" + text + "' does not match "
                    + param.converter().regex());
            return Optional.empty();
        }
        return Optional.of(text);
    }

    private static String misfit(Candidate candidate, Segment.Param param, Object value) {
        return "the value " + value + " for <" + param.converterName() + ":" + param.name() + "> in pattern '"
                + candidate.route() + "' does not fit: ";
    }
    // endregion

    private static String takes(Candidate candidate, Set<String> names) {
        return "its pattern '" + candidate.route() + "' takes " + names.size() + " argument"
                + (names.size() == 1 ? "" : "s") + " " + names;
    }

    private static NoReverseMatch noFit(String viewName, int candidates, List<?> args, Map<String, ?> kwargs,
                                        List<String> reasons) {
        String given = !args.isEmpty() ? "the arguments " + args
                : !kwargs.isEmpty() ? "the keyword arguments " + new TreeSet<>(kwargs.keySet()) : "no arguments";
        String why = candidates == 1 ? reasons.get(0)
                : candidates + " patterns have that name, tried in Django's order (the last written first): "
                + String.join("; ", reasons);
        return new NoReverseMatch("Reverse for '" + viewName + "' with " + given + " not found: " + why
                + ". Pass one value per parameter, either all by position or all by name.");
    }

    private NoReverseMatch unknownNamespace(String viewName, String ns, List<String> resolved, Level level) {
        String inside = resolved.isEmpty() ? "" : " inside '" + String.join(":", resolved) + "'";
        Set<String> known = new TreeSet<>(level.namespaces.keySet());
        known.addAll(level.apps.keySet());
        return new NoReverseMatch("Reverse for '" + viewName + "' not found: '" + ns + "' is not a registered namespace"
                + inside + ". Known namespaces there: " + known + ".");
    }

    private NoReverseMatch unknownName(String viewName) {
        Set<String> known = new TreeSet<>();
        collectNames(root, "", known);
        List<String> listed = new ArrayList<>(known);
        String intro = "Known names: ";
        if (listed.size() > LISTED_NAMES) {
            listed.sort(Comparator.comparingInt((String k) -> distance(k, viewName)).thenComparing(k -> k));
            listed = new ArrayList<>(new TreeSet<>(listed.subList(0, LISTED_NAMES)));
            intro = "The nearest of the " + known.size() + " known names: ";
        }
        return new NoReverseMatch("Reverse for '" + viewName + "' not found: no route has that name. " + intro + listed);
    }

    /** Every name reverse accepts, instance namespaces and application-namespace aliases alike. */
    private static void collectNames(Level level, String prefix, Set<String> out) {
        level.byName.keySet().forEach(name -> out.add(prefix + name));
        level.namespaces.forEach((ns, child) -> collectNames(child.level(), prefix + ns + ":", out));
        level.apps.forEach((app, instances) ->
                collectNames(level.namespaces.get(instances.get(0)).level(), prefix + app + ":", out));
    }

    /** Levenshtein distance, to suggest the names nearest to a misspelt one. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                row[j] = Math.min(substitute, Math.min(previous[j], row[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = row;
            row = swap;
        }
        return previous[b.length()];
    }
}
