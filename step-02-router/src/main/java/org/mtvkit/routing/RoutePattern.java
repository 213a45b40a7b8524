package org.mtvkit.routing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern in Django's {@code path()} syntax, compiled once into a regular expression, as Django's
 * class of the same name does.
 */
record RoutePattern(String text, List<Segment> segments, Pattern regex, List<Segment.Param> params)
        implements CompiledPattern {

    static RoutePattern compile(String text, Converters converters) {
        List<Segment> segments = PatternParser.parse(text, converters);
        return new RoutePattern(text, segments, toRegex(segments),
                segments.stream().filter(s -> s instanceof Segment.Param).map(s -> (Segment.Param) s).toList());
    }

    // region: to-regex
    /** {@code articles/<int:year>/} becomes {@code \Qarticles/\E(?<p0>[0-9]+)\Q/\E}. */
    private static Pattern toRegex(List<Segment> segments) {
        // task: 02-1 the pattern parser
        StringBuilder regex = new StringBuilder();
        int index = 0;
        for (Segment segment : segments) {
            if (segment instanceof Segment.Literal literal) {
                regex.append(Pattern.quote(literal.text()));
            } else if (segment instanceof Segment.Param param) {
                // Java group names allow no '_', so groups are numbered and params() keeps the real names.
                regex.append("(?<p").append(index++).append('>').append(param.converter().regex()).append(')');
            }
        }
        return Pattern.compile(regex.toString());
        // endtask
    }
    // endregion

    // region: match
    @Override
    public Optional<Match> match(String text, boolean endpoint) {
        // task: 02-2 the converters
        if (params.isEmpty()) {                       // all literal: no regex needed
            String literal = literalPrefix();
            boolean matched = endpoint ? text.equals(literal) : text.startsWith(literal);
            return matched ? Optional.of(new Match(literal.length(), Map.of())) : Optional.empty();
        }
        Matcher matcher = regex.matcher(text);
        if (!(endpoint ? matcher.matches() : matcher.lookingAt())) {
            return Optional.empty();
        }
        Map<String, Object> kwargs = new LinkedHashMap<>();
        for (int i = 0; i < params.size(); i++) {
            Segment.Param param = params.get(i);
            try {
                kwargs.put(param.name(), param.converter().toJava(matcher.group("p" + i)));
            } catch (IllegalArgumentException notThisOne) {
                return Optional.empty();              // e.g. an int too large: "no match", keep looking
            }
        }
        return Optional.of(new Match(matcher.end(), kwargs));
        // endtask
    }
    // endregion

    @Override
    public List<String> parameterNames() {
        return params.stream().map(Segment.Param::name).toList();
    }

    @Override
    public String literalPrefix() {
        return !segments.isEmpty() && segments.get(0) instanceof Segment.Literal literal ? literal.text() : "";
    }
}
