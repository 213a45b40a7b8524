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
 * represent. {@code reverse} then checks the text against the regex, as Django does, so a converter
 * need not.
 *
 * <p>The converter compiles its regex once and keeps it: {@code reverse} checks every value against it.
 */
public final class Converter {

    private final String regex;
    private final Pattern compiled;
    private final Function<String, ?> toJava;
    private final Function<Object, String> toUrl;

    private Converter(String regex, Pattern compiled, Function<String, ?> toJava, Function<Object, String> toUrl) {
        this.regex = regex;
        this.compiled = compiled;
        this.toJava = toJava;
        this.toUrl = toUrl;
    }

    /**
     * A converter from its three parts, for {@link Router.Builder#converter}.
     *
     * @throws ImproperlyConfigured if the regex does not compile
     */
    public static Converter of(String regex, Function<String, ?> toJava, Function<Object, String> toUrl) {
        Objects.requireNonNull(toJava, "toJava");
        Objects.requireNonNull(toUrl, "toUrl");
        try {
            return new Converter(regex, Pattern.compile(regex), toJava, toUrl);
        } catch (PatternSyntaxException e) {
            throw new ImproperlyConfigured("the converter regex '" + regex + "' does not compile: "
                    + e.getDescription() + ". Fix the regular expression.");
        }
    }

    /** A regular expression for one parameter, without anchors, e.g. {@code [0-9]+}. */
    public String regex() {
        return regex;
    }

    /** The Java value of matched text. */
    public Object toJava(String text) {
        // task: 02-2 the converters
        return toJava.apply(text);
        // endtask
    }

    /** The URL text of a value; the router checks it against the regex and percent-encodes it afterwards. */
    public String toUrl(Object value) {
        // task: 02-2 the converters
        return toUrl.apply(value);
        // endtask
    }

    /** Whether the whole text is one this converter's regex matches: the check {@code reverse} makes. */
    boolean accepts(String text) {
        // task: 02-2 the converters
        return compiled.matcher(text).matches();
        // endtask
    }
}
