package org.mtvkit.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The kit's own template engine: Django's template language. It loads a template by name, compiles it
 * once, caches it, and renders it. Build one with {@link #builder()}:
 *
 * <pre>{@code
 * Engine engine = Engine.builder().classpath("templates").strict(true).build();
 * String html = engine.render("polls/index.html", Map.of("questions", questions));
 * }</pre>
 */
public final class Engine implements TemplateEngine {

    private final List<Loader> loaders;
    private final Filters filters;
    private final TemplateHooks hooks;
    private final boolean strict;
    private final Map<String, Template> cache = new ConcurrentHashMap<>();

    private Engine(Builder builder) {
        this.loaders = List.copyOf(builder.loaders);
        this.filters = builder.filters.copy();
        this.hooks = builder.hooks;
        this.strict = builder.strict;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String render(String templateName, Map<String, ?> context) {
        return getTemplate(templateName).render(context);
    }

    // region: get-template
    /**
     * The compiled template with that name, compiled on first use and cached after.
     *
     * @throws TemplateDoesNotExist when no loader has it
     * @throws TemplateError when its source has a syntax error
     */
    public Template getTemplate(String name) {
        Template cached = cache.get(name);
        if (cached != null) {
            return cached;
        }
        List<String> tried = new ArrayList<>();
        for (Loader loader : loaders) {
            Optional<String> source = loader.load(name);
            if (source.isPresent()) {
                Template compiled = Template.compile(name, source.get(), this, filters);
                Template raced = cache.putIfAbsent(name, compiled);
                return raced == null ? compiled : raced;
            }
            tried.add(loader.location(name));
        }
        throw new TemplateDoesNotExist(name, tried);
    }
    // endregion

    /** Compiles template text that has no file, not cached; {@code name} is used in error messages. */
    public Template fromString(String name, String source) {
        return Template.compile(name, source, this, filters);
    }

    /** The source of a named template, as its loader has it: what a debug page shows. */
    public Optional<String> source(String name) {
        for (Loader loader : loaders) {
            Optional<String> source = loader.load(name);
            if (source.isPresent()) {
                return source;
            }
        }
        return Optional.empty();
    }

    /** Whether a missing variable is an error (on in tests and debug) or renders as nothing (Django's way). */
    public boolean strict() {
        return strict;
    }

    TemplateHooks hooks() {
        return hooks;
    }

    /** Configures an {@link Engine}. */
    public static final class Builder {

        private final List<Loader> loaders = new ArrayList<>();
        private final Filters filters = BuiltinFilters.create();
        private TemplateHooks hooks = TemplateHooks.none();
        private boolean strict;

        private Builder() {
        }

        /** Adds a loader; loaders are asked in the order they were added. */
        public Builder loader(Loader loader) {
            loaders.add(loader);
            return this;
        }

        /** Adds a loader for a classpath folder, like {@code "templates"}. */
        public Builder classpath(String folder) {
            return loader(new ClasspathLoader(folder));
        }

        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        public Builder hooks(TemplateHooks hooks) {
            this.hooks = hooks;
            return this;
        }

        /** Adds a filter without an argument, {@code {{ value|name }}}; it may replace a built-in one. */
        public Builder filter(String name, Function<Object, Object> filter) {
            filters.register(name, Filters.Arity.NONE, false, (value, argument, autoescape) -> filter.apply(value));
            return this;
        }

        /** Adds a filter with a required argument, {@code {{ value|name:argument }}}. */
        public Builder filter(String name, BiFunction<Object, Object, Object> filter) {
            filters.register(name, Filters.Arity.REQUIRED, false,
                    (value, argument, autoescape) -> filter.apply(value, argument));
            return this;
        }

        public Engine build() {
            if (loaders.isEmpty()) {
                throw new IllegalStateException("an Engine needs at least one loader: add .classpath(\"templates\")"
                        + " or .loader(Loader.fromMap(...))");
            }
            return new Engine(this);
        }
    }
}
