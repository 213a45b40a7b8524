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
    private final Library builtins;
    private final Map<String, Library> libraries;
    private final TemplateHooks hooks;
    private final boolean strict;
    private final Map<String, Template> cache = new ConcurrentHashMap<>();

    private Engine(Builder builder) {
        this.loaders = List.copyOf(builder.loaders);
        this.builtins = builder.builtins.copy();
        this.libraries = Map.copyOf(builder.libraries);
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
                Template compiled = Template.compile(name, source.get(), this);
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
        return Template.compile(name, source, this);
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

    /** The tags and filters every template has without {@code {% load %}}. */
    Library builtins() {
        return builtins;
    }

    /** The library registered under that name, for {@code {% load name %}}. */
    Optional<Library> library(String name) {
        return Optional.ofNullable(libraries.get(name));
    }

    /** The names {@code {% load %}} accepts, sorted. */
    List<String> libraryNames() {
        return libraries.keySet().stream().sorted().toList();
    }

    List<String> loaderLocations(String name) {
        return loaders.stream().map(loader -> loader.location(name)).toList();
    }

    /** Configures an {@link Engine}. */
    public static final class Builder {

        private final List<Loader> loaders = new ArrayList<>();
        private final Library builtins = Builtins.library();
        private final Map<String, Library> libraries = new java.util.HashMap<>(Map.of("static",
                Builtins.staticLibrary()));
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
            builtins.filter(name, filter);
            return this;
        }

        /** Adds a filter with a required argument, {@code {{ value|name:argument }}}. */
        public Builder filter(String name, BiFunction<Object, Object, Object> filter) {
            builtins.filter(name, filter);
            return this;
        }

        /** Registers a library that templates add to themselves with {@code {% load name %}}. */
        public Builder library(String name, Library library) {
            libraries.put(Names.checked(name, "library"), library.copy());
            return this;
        }

        /** Adds a library's tags and filters to every template, as Django's {@code builtins} option does. */
        public Builder builtins(Library library) {
            builtins.addAll(library);
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
