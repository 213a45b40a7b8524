package org.mtvkit.routing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Every named route by its full name ({@code polls:detail}), and the code that turns one back into a path. */
final class ReverseIndex {

    /** A named route: its full name, its whole pattern text, and the patterns from outermost include inward. */
    record Entry(String viewName, String route, List<RoutePattern> patterns) {
    }

    private static final Map<String, Pattern> REGEXES = new ConcurrentHashMap<>();

    private final Map<String, Entry> byName;
    private final Map<String, Entry> byAppName;

    ReverseIndex(Map<String, Entry> byName, Map<String, Entry> byAppName) {
        this.byName = Map.copyOf(byName);
        this.byAppName = Map.copyOf(byAppName);
    }

    Entry find(String viewName) {
        Entry entry = byName.get(viewName);
        if (entry == null) {
            entry = byAppName.get(viewName);             // an application namespace finds its last instance
        }
        if (entry == null) {
            throw new NoReverseMatch("Reverse for '" + viewName + "' not found: no route has that name. Known names: "
                    + new TreeSet<>(byName.keySet()));
        }
        return entry;
    }

    // region: reverse
    String reverse(String viewName, Optional<List<?>> args, Map<String, ?> kwargs) {
        Entry entry = find(viewName);
        List<Segment> segments = new ArrayList<>();
        entry.patterns().forEach(p -> segments.addAll(p.segments()));
        List<Segment.Param> params = segments.stream()
                .filter(s -> s instanceof Segment.Param).map(s -> (Segment.Param) s).toList();
        Set<String> names = params.stream().map(Segment.Param::name).collect(Collectors.toCollection(LinkedHashSet::new));
        if (args.isPresent() && args.get().size() != params.size()) {
            throw mismatch(entry, names, "the arguments " + args.get());
        }
        if (args.isEmpty() && !kwargs.keySet().equals(names)) {
            throw mismatch(entry, names, "the keyword arguments " + kwargs.keySet());
        }
        StringBuilder path = new StringBuilder("/");
        int position = 0;
        for (Segment segment : segments) {
            if (segment instanceof Segment.Literal literal) {
                path.append(PercentEncoder.encodePath(literal.text()));
            } else if (segment instanceof Segment.Param param) {
                Object value = args.isPresent() ? args.get().get(position++) : kwargs.get(param.name());
                path.append(PercentEncoder.encodePath(toUrl(entry, param, value)));
            }
        }
        return path.toString();
    }

    /** The converter's text for the value, checked against its regex as Django checks the candidate path. */
    private static String toUrl(Entry entry, Segment.Param param, Object value) {
        if (value == null) {
            throw badValue(entry, param, value, "null is not a value a URL can hold");
        }
        String text;
        try {
            text = param.converter().toUrl(value);
        } catch (RuntimeException e) {              // a custom converter may fail in any way
            throw badValue(entry, param, value, "the converter expects " + e.getMessage());
        }
        if (!REGEXES.computeIfAbsent(param.converter().regex(), Pattern::compile).matcher(text).matches()) {
            throw badValue(entry, param, value, "its text '" + text + "' does not match " + param.converter().regex());
        }
        return text;
    }
    // endregion

    private static NoReverseMatch mismatch(Entry entry, Set<String> names, String given) {
        return new NoReverseMatch("Reverse for '" + entry.viewName() + "' with " + given + " not found: its pattern '"
                + entry.route() + "' takes " + names.size() + " argument" + (names.size() == 1 ? "" : "s") + " "
                + names + ". Pass one value per parameter, either all by position or all by name.");
    }

    private static NoReverseMatch badValue(Entry entry, Segment.Param param, Object value, String why) {
        return new NoReverseMatch("Reverse for '" + entry.viewName() + "': the value " + value + " for <"
                + param.converterName() + ":" + param.name() + "> in pattern '" + entry.route() + "' does not fit: "
                + why + ".");
    }
}
