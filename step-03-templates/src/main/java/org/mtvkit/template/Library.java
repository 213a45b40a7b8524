package org.mtvkit.template;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Tags and filters under names: Django's {@code template.Library}. The built-in tags and filters are one
 * library, registered through the same methods an application uses; an application's library is
 * registered on the engine under a name, and {@code {% load name %}} makes it available to the rest of that
 * one template.
 *
 * <pre>{@code
 * Library shop = new Library()
 *         .filter("cents", v -> String.format("%.2f", ((Number) v).intValue() / 100.0))
 *         .simpleTag("greet", args -> "Hello, " + args.get(0))
 *         .inclusionTag("basket", "shop/basket.html", args -> Map.of("items", args.get(0)));
 * Engine engine = Engine.builder().classpath("templates").library("shop", shop).build();
 * }</pre>
 */
public final class Library {

    /** How a block tag reads its own syntax: Django's compilation function {@code do_x(parser, token)}. */
    @FunctionalInterface
    public interface BlockTag {
        /** Reads the tag (and its body, through {@link TagParser#parseUntil}); returns what renders it. */
        Tag parse(TagParser parser);
    }

    /** What a tag of an application does at each render: Django's {@code Node.render}. */
    @FunctionalInterface
    public interface Tag {
        void render(Rendering rendering, StringBuilder out);
    }

    /** A tag's syntax, as the parser calls it: built-in tags implement this directly. */
    @FunctionalInterface
    interface Compiler {
        Node compile(Parser parser, Token tag);
    }

    final Map<String, Compiler> tags = new HashMap<>();
    final Filters filters = new Filters();

    // region: register
    /** Registers a tag's compile function; every tag, built-in or not, ends up here. */
    Library tag(String name, Compiler compiler) {
        tags.put(Names.checked(name, "tag"), compiler);
        return this;
    }

    /** A filter without an argument, {@code {{ value|name }}}. */
    public Library filter(String name, Function<Object, Object> filter) {
        filters.register(name, Filters.Arity.NONE, false, (value, argument, autoescape) -> filter.apply(value));
        return this;
    }

    /** A filter with a required argument, {@code {{ value|name:argument }}}. */
    public Library filter(String name, BiFunction<Object, Object, Object> filter) {
        filters.register(name, Filters.Arity.REQUIRED, false,
                (value, argument, autoescape) -> filter.apply(value, argument));
        return this;
    }

    /**
     * {@code {% name arg ... %}} or {@code {% name arg ... as var %}}: the arguments resolved, the result
     * written (escaped unless it is a {@link SafeString}) or stored under {@code var}.
     */
    public Library simpleTag(String name, Function<List<Object>, Object> tag) {
        return tag(name, (parser, token) -> CustomTags.simple(parser, token, tag));
    }

    /** {@code {% name arg ... %}}: renders {@code template} with the variables the function returns. */
    public Library inclusionTag(String name, String template, Function<List<Object>, Map<String, ?>> tag) {
        return tag(name, (parser, token) -> CustomTags.inclusion(parser, token, template, tag));
    }

    /** A tag that reads its own syntax, with a body or without: Django's {@code @register.tag}. */
    public Library blockTag(String name, BlockTag tag) {
        return tag(name, (parser, token) -> new Node.Custom(tag.parse(new TagParser(parser, token)), token));
    }
    // endregion

    /** The names of its tags, sorted: what an "unknown tag" message lists. */
    Set<String> tagNames() {
        return new TreeSet<>(tags.keySet());
    }

    Library copy() {
        Library copy = new Library();
        copy.tags.putAll(tags);
        copy.filters.addAll(filters);
        return copy;
    }

    /** Adds the other library's tags and filters, replacing those of the same name. */
    void addAll(Library other) {
        tags.putAll(other.tags);
        filters.addAll(other.filters);
    }
}
