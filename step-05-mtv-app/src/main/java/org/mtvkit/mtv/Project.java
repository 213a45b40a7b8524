package org.mtvkit.mtv;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.mtvkit.http.Handler;
import org.mtvkit.http.WebServer;
import org.mtvkit.orm.Database;
import org.mtvkit.orm.migrations.MigrationSource;
import org.mtvkit.orm.migrations.Migrations;
import org.mtvkit.routing.AccessLog;
import org.mtvkit.routing.AppendSlash;
import org.mtvkit.routing.Middleware;
import org.mtvkit.routing.Router;
import org.mtvkit.routing.UrlEntry;
import org.mtvkit.template.Engine;
import org.mtvkit.template.TemplateEngine;
import org.mtvkit.template.TemplateHooks;
import org.mtvkit.template.freemarker.FreeMarkerEngine;

/**
 * A project, in Django's sense: the settings, the database with every app's models, the template
 * engine, the root URLconf and the middleware, assembled once into one {@link Handler}. Its one job is
 * that assembly; the management commands that use it are each a {@link Command}, run by
 * {@link ManagementUtility}.
 */
public final class Project {

    /** Where static files are served, Django's {@code STATIC_URL}: the middleware and the {@code static} tag agree on it. */
    private static final String STATIC_URL = "/static/";

    private final Settings settings;
    private final Database database;
    private final Map<String, Class<?>> models;
    private final Router router;
    private final Handler handler;
    private final List<Command> commands;
    private final Optional<String> initialData;
    private final Optional<Class<?>> entryPoint;
    private final String templateFolder;
    private final Optional<Engine> ourEngine;

    private Project(Builder b) {
        this.settings = b.settings;
        this.commands = List.copyOf(b.commands);
        this.initialData = b.initialData;
        this.entryPoint = b.entryPoint;
        this.templateFolder = b.templateFolder;
        this.models = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.models));
        // A pool of as many connections as the server has threads: a request never waits for a connection.
        boolean opened = b.database.isEmpty();
        this.database = b.database.orElseGet(() -> Database.open(settings.databaseUrl(), settings.serverThreads()));
        try {
            database.register(b.models.values().toArray(Class<?>[]::new));
            // region: assemble
            LateReverse reverse = new LateReverse();            // the router exists only after the views do
            TemplateEngine templates = templateEngine(b, reverse);
            this.ourEngine = templates instanceof Engine engine ? Optional.of(engine) : Optional.empty();
            Shortcuts shortcuts = new Shortcuts(templates, reverse);
            this.router = Router.builder().build(b.urls.apply(database, shortcuts));
            reverse.bind(router);

            List<Middleware> middleware = new ArrayList<>();
            b.accessLog.ifPresent(out -> middleware.add(AccessLog.to(out)));
            middleware.add(new SecurityHeaders(settings));      // outermost but the log: error pages get them too
            middleware.add(new ErrorPages(templates, database, settings.debug()));   // every error page, debug or not
            middleware.add(new AllowedHosts(settings.allowedHosts()));
            middleware.add(new StaticFiles(STATIC_URL, b.staticFolder, Project.class.getClassLoader()));
            middleware.add(Csrf::wrap);
            b.middleware.forEach(factory -> middleware.add(factory.apply(database)));   // the project's own: sessions, ...
            middleware.add(AppendSlash.using(router, settings.debug()));
            this.handler = Middleware.chain(router, middleware);
            // endregion
        } catch (RuntimeException e) {
            if (opened) {
                database.close();                               // a project that fails to assemble leaves nothing open
            }
            throw e;
        }
    }

    // region: late-reverse
    /**
     * {@code reverse} for the views and templates, bound to the router once the router is built from those
     * same views. Called before that (while the URLconf is being built) it says so.
     */
    private static final class LateReverse implements Shortcuts.Reverse {
        private volatile Router router;

        void bind(Router built) {
            this.router = built;
        }

        @Override
        public String reverse(String name, Object... args) {
            Router bound = router;
            if (bound == null) {
                throw new IllegalStateException("reverse(\"" + name + "\") was called while the URLconf was being"
                        + " built, before the router exists: call it inside a view, when a request is answered");
            }
            return bound.reverse(name, args);
        }
    }
    // endregion

    /** Starts describing a project with these settings. */
    public static Builder builder(Settings settings) {
        return new Builder(settings);
    }

    // region: template-engine
    private static TemplateEngine templateEngine(Builder b, Shortcuts.Reverse reverse) {
        TemplateHooks hooks = TemplateHooks.of((name, args) -> reverse.reverse(name, args.toArray()), STATIC_URL);
        if (b.settings.templateEngine().equals("freemarker")) {
            // Views name templates the Django way ("polls/index.html"); the FreeMarker twin is "polls/index.ftlh".
            FreeMarkerEngine freemarker = new FreeMarkerEngine(b.templateFolder, hooks);
            return (name, context) -> freemarker.render(name.replaceFirst("\\.html$", ".ftlh"), context);
        }
        return Engine.builder().classpath(b.templateFolder).strict(b.strictTemplates || b.settings.debug())
                .hooks(hooks).build();
    }
    // endregion

    public Settings settings() {
        return settings;
    }

    public Database database() {
        return database;
    }

    public Router router() {
        return router;
    }

    /** The whole site as one handler: middleware around the router. */
    public Handler handler() {
        return handler;
    }

    // region: migrate
    /**
     * Brings the database up to date, quietly, as {@code runserver} does on its first start: applies every
     * app's pending migrations (adopting tables made before the app had migrations, Django's
     * {@code --fake-initial}), then creates the tables of apps that have no migration files at all (a new
     * app before its first {@code makemigrations}, Django's {@code --run-syncdb}).
     */
    public void migrate() {
        MigrationSource source = MigrationSource.classpath(Project.class.getClassLoader());
        Map<String, List<Class<?>>> migrated = new LinkedHashMap<>();
        appModels().forEach((app, appModels) -> {
            if (!source.names(app).isEmpty()) {
                migrated.put(app, appModels);
            }
        });
        Migrations.of(database, migrated, source).migrate(Optional.empty(), Optional.empty(), true,
                new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
        if (migrated.size() < appModels().size()) {
            database.createSchemaIfMissing();
        }
    }
    // endregion

    /** Each app's models, by app label ({@code polls}), in the order they were given to {@link Builder#app}. */
    public Map<String, List<Class<?>>> appModels() {
        Map<String, List<Class<?>>> apps = new LinkedHashMap<>();
        models.forEach((label, model) -> apps.computeIfAbsent(label.substring(0, label.indexOf('.')),
                app -> new ArrayList<>()).add(model));
        apps.replaceAll((app, appModels) -> List.copyOf(appModels));
        return Collections.unmodifiableMap(apps);
    }

    /** Loads a fixture from a file, or from the classpath when no such file exists. */
    public int loadData(String fixture) {
        Path file = Path.of(fixture);
        try {
            if (Files.isRegularFile(file)) {
                return Fixtures.load(database, models, fixture, Files.readString(file, StandardCharsets.UTF_8));
            }
            try (InputStream in = Project.class.getClassLoader().getResourceAsStream(fixture)) {
                if (in == null) {
                    throw new CommandError("No fixture named '" + fixture + "': it is neither a file (looked for "
                            + file.toAbsolutePath() + ") nor a classpath resource.");
                }
                return Fixtures.load(database, models, fixture, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new CommandError("Cannot read fixture '" + fixture + "': " + e.getMessage(), e);
        }
    }

    /** Serves the project on its port until the process stops. */
    public WebServer serve(String host) {
        return WebServer.start(handler, host, settings.port(), WebServer.DEFAULT_MAX_BODY_BYTES, settings.serverThreads());
    }

    /** The models by fixture label, {@code polls.question}, in the order the apps were listed. */
    public Map<String, Class<?>> models() {
        return models;
    }

    /** The project's own commands, for the registry beside the kit's. */
    List<Command> commands() {
        return commands;
    }

    /** The fixture {@code runserver} loads into an empty database. */
    Optional<String> initialData() {
        return initialData;
    }

    /** The class whose {@code public static Project project(Settings)} builds this project (for {@code shell}). */
    Optional<Class<?>> entryPoint() {
        return entryPoint;
    }

    // region: templates-for-check
    /** The names of every template of the kit's engine under the template folder ({@code polls/detail.html}). */
    List<String> templateNames() {
        if (ourEngine.isEmpty()) {
            return List.of();                                   // FreeMarker compiles its own at first use
        }
        return TemplateFiles.list(Project.class.getClassLoader(), templateFolder, ".html");
    }

    /** Compiles one template; a syntax error raises {@link org.mtvkit.template.TemplateError} with its line. */
    void compileTemplate(String name) {
        ourEngine.ifPresent(engine -> engine.getTemplate(name));
    }
    // endregion

    /** Describes a project before it is assembled. */
    public static final class Builder {
        private final Settings settings;
        private Optional<Database> database = Optional.empty();
        private final List<Function<Database, Middleware>> middleware = new ArrayList<>();
        private final Map<String, Class<?>> models = new LinkedHashMap<>();
        private BiFunction<Database, Shortcuts, List<UrlEntry>> urls;
        private String templateFolder = "templates";
        private String staticFolder = "static";
        private boolean strictTemplates;
        private Optional<Consumer<String>> accessLog = Optional.empty();
        private final List<Command> commands = new ArrayList<>();
        private Optional<String> initialData = Optional.empty();
        private Optional<Class<?>> entryPoint = Optional.empty();

        private Builder(Settings settings) {
            this.settings = settings;
        }

        /** An app and its models; a model's fixture label is {@code app.modelname}, e.g. {@code polls.question}. */
        public Builder app(String label, Class<?>... appModels) {
            for (Class<?> model : appModels) {
                models.put(label + "." + model.getSimpleName().toLowerCase(Locale.ROOT), model);
            }
            return this;
        }

        /** The root URLconf: given the database and the shortcuts, the URL patterns with their views. */
        public Builder urls(BiFunction<Database, Shortcuts, List<UrlEntry>> urls) {
            this.urls = urls;
            return this;
        }

        /** Uses this database instead of opening the settings' URL (tests pass a fresh in-memory one). */
        public Builder database(Database database) {
            this.database = Optional.of(database);
            return this;
        }

        /**
         * A middleware of the project's own (sessions, messages, authentication), in the order added: they
         * run inside the kit's (error pages, allowed hosts, static files, CSRF), so a view sees a request
         * they have all passed, and outside the router. It is made from the project's database, which
         * exists only once the project is assembled (a session store keeps its sessions there).
         */
        public Builder middleware(Function<Database, Middleware> projectMiddleware) {
            this.middleware.add(projectMiddleware);
            return this;
        }

        public Builder templates(String classpathFolder) {
            this.templateFolder = classpathFolder;
            return this;
        }

        /** Missing template variables raise instead of rendering empty (always on with DEBUG). */
        public Builder strictTemplates(boolean strict) {
            this.strictTemplates = strict;
            return this;
        }

        /** Writes one line per request, as Django's runserver does. */
        public Builder accessLog(Consumer<String> out) {
            this.accessLog = Optional.of(out);
            return this;
        }

        /** A management command of the project's own, registered beside the kit's (Django's app commands). */
        public Builder command(Command command) {
            this.commands.add(command);
            return this;
        }

        /** A fixture that {@code runserver} loads when every table is empty: the demo data. */
        public Builder initialData(String fixture) {
            this.initialData = Optional.of(fixture);
            return this;
        }

        /** The class whose {@code public static Project project(Settings)} builds this project, for {@code shell}. */
        public Builder entryPoint(Class<?> mainClass) {
            this.entryPoint = Optional.of(mainClass);
            return this;
        }

        public Project build() {
            if (urls == null) {
                throw new IllegalStateException("a project needs a root URLconf: call .urls(...) before build()");
            }
            return new Project(this);
        }
    }
}
