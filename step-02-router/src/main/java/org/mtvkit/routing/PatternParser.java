package org.mtvkit.routing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a pattern in Django's {@code path()} syntax, such as {@code articles/<int:year>/<slug:slug>/},
 * into {@link Segment}s. Every mistake is an {@link ImproperlyConfigured} that quotes the pattern and
 * the position.
 */
final class PatternParser {

    private final String pattern;
    private final Converters converters;
    private final List<Segment> segments = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private final StringBuilder literal = new StringBuilder();
    private int current = 0;

    private PatternParser(String pattern, Converters converters) {
        this.pattern = pattern;
        this.converters = converters;
    }

    static List<Segment> parse(String pattern, Converters converters) {
        return new PatternParser(pattern, converters).parse();
    }

    // region: parse
    private List<Segment> parse() {
        // task: 02-1 the pattern parser
        if (pattern.startsWith("/")) {
            throw error(0, "starts with '/'. Remove the slash: patterns match the path after its leading '/'");
        }
        while (!isAtEnd()) {
            char c = advance();
            if (c == '<') {
                flushLiteral();
                segments.add(parameter(current - 1));
            } else if (c == '>') {
                throw error(current - 1, "has a '>' with no '<' before it");
            } else if (Character.isWhitespace(c)) {
                throw error(current - 1, "contains whitespace; write %20 in a link, not in a pattern");
            } else {
                literal.append(c);
            }
        }
        flushLiteral();
        return List.copyOf(segments);
        // endtask
    }

    /** After a {@code <}: {@code converter:name>} or just {@code name>} (the converter is then {@code str}). */
    private Segment parameter(int open) {
        // task: 02-1 the pattern parser
        int close = pattern.indexOf('>', current);
        int nextOpen = pattern.indexOf('<', current);
        if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
            throw error(open, "has a '<' that is never closed with '>'");
        }
        String inside = pattern.substring(current, close);
        current = close + 1;
        int colon = inside.indexOf(':');
        String converterName = colon < 0 ? "str" : inside.substring(0, colon);
        String name = inside.substring(colon + 1);
        if (!Identifiers.isValid(name)) {
            throw error(open, "has a parameter named '" + name + "', which is not a valid name (" + Identifiers.RULE + ")");
        }
        if (!names.add(name)) {
            throw error(open, "names the parameter '" + name + "' twice; give each parameter its own name");
        }
        Converter converter = converters.get(converterName).orElseThrow(() -> error(open,
                "uses the unknown converter '" + converterName + "'; known converters are " + converters.names()
                        + " (register others with Router.Builder.converter)"));
        return new Segment.Param(name, converterName, converter);
        // endtask
    }
    // endregion

    private void flushLiteral() {
        if (literal.length() > 0) {
            segments.add(new Segment.Literal(literal.toString()));
            literal.setLength(0);
        }
    }

    private char advance() {
        return pattern.charAt(current++);
    }

    private boolean isAtEnd() {
        return current >= pattern.length();
    }

    private ImproperlyConfigured error(int position, String what) {
        return new ImproperlyConfigured("URL pattern '" + pattern + "' " + what + " (at column " + (position + 1) + ").");
    }
}
