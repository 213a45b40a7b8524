package org.mtvkit.routing;

import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Turns one {@code <name:param>} of a URL pattern into a Java value and back, as Django's path
 * converters do.
 *
 * <p>{@link #regex()} decides which text the parameter may match; {@link #toJava} converts the matched
 * text, and may throw {@link IllegalArgumentException} to say "this is not a match after all, keep
 * looking" (an integer too large for its type, for instance); {@link #toUrl} turns a value given to
 * {@code reverse} back into text, and throws {@link IllegalArgumentException} for a value it cannot
 * represent.
 */
public interface Converter {

    /** A regular expression for one parameter, without anchors, e.g. {@code [0-9]+}. */
    String regex();

    /** The Java value of matched text. */
    Object toJava(String text);

    /** The URL text of a value; the router percent-encodes it afterwards. */
    String toUrl(Object value);

    /**
     * A converter from its three parts, for {@link Router.Builder#converter}.
     *
     * @throws ImproperlyConfigured if the regex does not compile
     */
    static Converter of(String regex, Function<String, ?> toJava, Function<Object, String> toUrl) {
        try {
            Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new ImproperlyConfigured("the converter regex '" + regex + "' does not compile: "
                    + e.getDescription() + ". Fix the regular expression.");
        }
        Objects.requireNonNull(toJava, "toJava");
        Objects.requireNonNull(toUrl, "toUrl");
        return new Converter() {
            @Override
            public String regex() {
                return regex;
            }

            @Override
            public Object toJava(String text) {
                return toJava.apply(text);
            }

            @Override
            public String toUrl(Object value) {
                return toUrl.apply(value);
            }
        };
    }
}
