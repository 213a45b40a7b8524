package testsite;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.mtvkit.http.Handler;
import org.mtvkit.http.WebServer;
import org.mtvkit.mtv.Project;
import org.mtvkit.mtv.Settings;
import org.mtvkit.mtv.Shortcuts;
import org.mtvkit.orm.Database;
import org.mtvkit.orm.QueryCounter;
import org.mtvkit.routing.Middleware;
import org.mtvkit.routing.UrlEntry;
import testsite.blog.models.Article;
import testsite.blog.models.Author;

/**
 * A small project for the tests of generic views, forms, sessions and users: the blog test app on a
 * fresh database ({@link TestDatabase}: in-memory H2, or a schema of its own in the PostgreSQL run), served by a real Jetty on 127.0.0.1 port 0, with extra middleware wrapped
 * around the project's handler (the way a project adds sessions), and a browser that keeps cookies.
 */
public final class TestSite implements AutoCloseable {

    public final Project project;
    public final Database db;
    public final WebServer server;
    public final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    public final QueryCounter queries = new QueryCounter();

    private TestSite(Project project, List<Middleware> outer) {
        this.project = project;
        this.db = project.database();
        project.migrate();
        Handler handler = Middleware.chain(project.handler(), outer);
        this.server = WebServer.start(handler, "127.0.0.1", 0);
        db.addListener(queries);
    }

    /** The blog app (and any more models) with these URLs, and middleware outside the project's own. */
    public static TestSite start(BiFunction<Database, Shortcuts, List<UrlEntry>> urls, List<Class<?>> more,
                                 List<Middleware> outer) {
        return start(urls, more, db -> outer);
    }

    /** As above, with middleware that needs the database (a session store). */
    public static TestSite start(BiFunction<Database, Shortcuts, List<UrlEntry>> urls, List<Class<?>> more,
                                 java.util.function.Function<Database, List<Middleware>> outer) {
        return start(urls, more, outer, "django");
    }

    /** As above, with the template engine named: "django" (the kit's) or "freemarker". */
    public static TestSite start(BiFunction<Database, Shortcuts, List<UrlEntry>> urls, List<Class<?>> more,
                                 java.util.function.Function<Database, List<Middleware>> outer, String engine) {
        Database db = TestDatabase.fresh();
        Project project = Project.builder(new Settings(0, false, "unused", engine))
                .database(db)
                .app("blog", Author.class, Article.class)
                .app("extra", more.toArray(Class<?>[]::new))
                .urls(urls)
                .strictTemplates(true)
                .build();
        return new TestSite(project, outer.apply(db));
    }

    public static TestSite start(BiFunction<Database, Shortcuts, List<UrlEntry>> urls) {
        return start(urls, List.of(), List.of());
    }

    public HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> send(String method, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A form POST with the CSRF token of the page at {@code formPage}, as a browser submits it. */
    public HttpResponse<String> submit(String formPage, String action, Map<String, String> form) throws Exception {
        String page = get(formPage).body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"csrfmiddlewaretoken\" value=\"([^\"]+)\"")
                .matcher(page);
        if (!m.find()) {
            throw new AssertionError("no CSRF token on " + formPage + ":\n" + page);
        }
        Map<String, String> all = new java.util.LinkedHashMap<>(form);
        all.put("csrfmiddlewaretoken", m.group(1));
        return post(action, all);
    }

    public HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return browser.send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    @Override
    public void close() {
        server.stop();
        db.close();
    }
}
