package org.mtvkit.routing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A {@code re_path()} pattern: a regular expression whose named groups become the view's keyword
 * arguments, as strings. Django's {@code (?P<name>...)} is accepted as well as Java's {@code (?<name>...)}.
 */
record RegexPattern(String text, Pattern regex, List<String> names, List<Segment> reversible, String notReversible)
        implements CompiledPattern {

    private static final String META = ".[]{}()*+?|^$";

    static RegexPattern compile(String text) {
        List<String> names = new ArrayList<>();
        List<String> groupRegexes = new ArrayList<>();
        String javaRegex = renameGroups(text, names, groupRegexes);
        Pattern regex;
        try {
            regex = Pattern.compile(javaRegex);
        } catch (PatternSyntaxException e) {
            throw new ImproperlyConfigured("URL regex '" + text + "' does not compile: " + e.getDescription()
                    + " (near index " + e.getIndex() + ").");
        }
        // Worked out once, here: whether reverse can fill this regex in, and with which pieces.
        try {
            return new RegexPattern(text, regex, List.copyOf(names), reverseSegments(text, names, groupRegexes), "");
        } catch (NoReverseMatch | ImproperlyConfigured cannot) {
            return new RegexPattern(text, regex, List.copyOf(names), List.of(), cannot.getMessage());
        }
    }

    /** Rewrites every named group to {@code (?<gN>}, since Java group names cannot hold '_'. */
    private static String renameGroups(String text, List<String> names, List<String> groupRegexes) {
        StringBuilder out = new StringBuilder();
        Set<String> seen = new HashSet<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                out.append(c).append(text.charAt(i + 1));
                i += 2;
                continue;
            }
            int nameStart = text.startsWith("(?P<", i) ? i + 4
                    : text.startsWith("(?<", i) && i + 3 < text.length() && isNameStart(text.charAt(i + 3)) ? i + 3 : -1;
            if (nameStart < 0) {
                out.append(c);
                i++;
                continue;
            }
            int close = text.indexOf('>', nameStart);
            String name = close < 0 ? "" : text.substring(nameStart, close);
            if (!Identifiers.isValid(name)) {
                throw new ImproperlyConfigured("URL regex '" + text + "' has a group name at index " + nameStart
                        + " that is not a valid name (" + Identifiers.RULE + ") or is never closed with '>'.");
            }
            if (!seen.add(name)) {
                throw new ImproperlyConfigured("URL regex '" + text + "' names the group '" + name
                        + "' twice; give each group its own name.");
            }
            groupRegexes.add(groupBody(text, close + 1));
            out.append("(?<g").append(names.size()).append('>');
            names.add(name);
            i = close + 1;
        }
        return out.toString();
    }

    /** The text of a group from just after its name to its closing parenthesis. */
    private static String groupBody(String text, int start) {
        int depth = 1;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return text.substring(start, i);
            }
        }
        return text.substring(start);                // unbalanced: Pattern.compile reports it
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    @Override
    public Optional<Match> match(String path, boolean endpoint) {
        Matcher matcher = regex.matcher(path);
        if (!matcher.lookingAt()) {                   // anchored at the start, like Django's usual '^'
            return Optional.empty();
        }
        Map<String, Object> kwargs = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String value = matcher.group("g" + i);
            if (value != null) {                     // an optional group that did not take part is left out
                kwargs.put(names.get(i), value);
            }
        }
        return Optional.of(new Match(matcher.end(), kwargs));
    }

    @Override
    public List<String> parameterNames() {
        return names;
    }

    @Override
    public String literalPrefix() {
        return "";                                    // a regex could start with anything: never indexed
    }

    /**
     * Only simple regexes can be reversed: fixed text (escapes allowed) and named groups, between an
     * optional {@code ^} and {@code $}.
     */
    @Override
    public List<Segment> segments() {
        if (!notReversible.isEmpty()) {
            throw new NoReverseMatch(notReversible);
        }
        return reversible;
    }

    private static List<Segment> reverseSegments(String text, List<String> names, List<String> groupRegexes) {
        String body = text.startsWith("^") ? text.substring(1) : text;
        body = body.endsWith("$") && !body.endsWith("\\$") ? body.substring(0, body.length() - 1) : body;
        List<Segment> segments = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int group = 0;
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length() && !Character.isLetterOrDigit(body.charAt(i + 1))) {
                literal.append(body.charAt(i + 1));
                i += 2;
            } else if (body.startsWith("(?P<", i) || body.startsWith("(?<", i)) {
                if (literal.length() > 0) {
                    segments.add(new Segment.Literal(literal.toString()));
                    literal.setLength(0);
                }
                String groupRegex = groupRegexes.get(group);
                segments.add(new Segment.Param(names.get(group), "regex",
                        Converter.of(groupRegex, s -> s, String::valueOf)));
                group++;
                i = body.indexOf('>', i) + 1 + groupRegex.length() + 1;
            } else if (c == '\\' || META.indexOf(c) >= 0) {
                throw new NoReverseMatch("the URL regex '" + text + "' uses '" + c + "' outside a named group, and"
                        + " reverse can only fill in named groups between fixed text; write the route with path()");
            } else {
                literal.append(c);
                i++;
            }
        }
        if (literal.length() > 0) {
            segments.add(new Segment.Literal(literal.toString()));
        }
        return List.copyOf(segments);
    }
}
