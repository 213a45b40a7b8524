package org.mtvkit.routing;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A compiled pattern: a {@code path()} pattern ({@link RoutePattern}) or a {@code re_path()} regex
 * ({@link RegexPattern}), as Django's {@code resolvers.py} names them. It matches at the start of the
 * text it is given; an endpoint must use up all of it, an include's prefix leaves the rest for the
 * patterns inside. (Not {@code Pattern}: both cases use {@link java.util.regex.Pattern}.)
 */
sealed interface CompiledPattern permits RoutePattern, RegexPattern {

    /** What a pattern matched: where it stopped, and the converted parameters. */
    record Match(int end, Map<String, Object> kwargs) {
    }

    Optional<Match> match(String text, boolean endpoint);

    /** The pattern as written, for messages and the debug page. */
    String text();

    /** The fixed text every match starts with; the route table indexes on it. */
    String literalPrefix();

    /**
     * The pattern as pieces {@code reverse} can fill in.
     *
     * @throws NoReverseMatch if the pattern cannot be turned back into a path
     */
    List<Segment> segments();

    /** The names of the parameters, in order: what a view's {@link Kwargs} will hold. */
    List<String> parameterNames();
}
