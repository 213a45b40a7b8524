package mysite;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import mysite.polls.models.Choice;
import mysite.polls.models.Question;
import org.mtvkit.http.WebServer;
import org.mtvkit.mtv.Project;
import org.mtvkit.mtv.Settings;
import org.mtvkit.mtv.Shortcuts;
import org.mtvkit.orm.Database;
import org.mtvkit.orm.QueryCounter;
import org.mtvkit.routing.UrlEntry;

/**
 * The polls project as the tests see it: a fresh in-memory database, strict templates, a real Jetty on
 * 127.0.0.1 port 0, and a browser-like client that keeps cookies.
 */
public final class Site implements AutoCloseable {

    public final Project project;
    public final Database db;
    public final WebServer server;
    public final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    public final QueryCounter queries = new QueryCounter();

    private Site(Project project) {
        this.project = project;
        this.db = project.database();
        this.server = WebServer.start(project.handler(), "127.0.0.1", 0);
        project.migrate();
        db.addListener(queries);
    }

    /** The polls project, with the given template engine ("django" or "freemarker") and debug switch. */
    public static Site start(String engine, boolean debug) {
        return start(engine, debug, RootUrls::urlpatterns);
    }

    /** A project with another root URLconf, for tests of the glue itself. */
    public static Site start(String engine, boolean debug, BiFunction<Database, Shortcuts, List<UrlEntry>> urls) {
        Settings settings = new Settings(0, debug, "unused", engine);
        return new Site(Main.installedApps(Project.builder(settings)
                .database(Database.inMemory()))
                .urls(urls)
                .strictTemplates(true)
                .build());
    }

    /** Django's tutorial helper: a question published {@code days} from now (negative: in the past). */
    public Question createQuestion(String text, int days) {
        return db.save(new Question(text, Instant.now().plus(Duration.ofDays(days))));
    }

    public Choice createChoice(Question question, String text) {
        return db.save(new Choice(question, text));
    }

    public HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A form POST, as a browser sends it. */
    public HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return browser.send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The CSRF token of the form on a page, as a browser would submit it. */
    public static String csrfToken(String page) {
        Matcher m = Pattern.compile("name=\"csrfmiddlewaretoken\" value=\"([^\"]+)\"").matcher(page);
        if (!m.find()) {
            throw new AssertionError("no CSRF token in the page:\n" + page);
        }
        return m.group(1);
    }

    /** Reads the vote count straight from the database. */
    public int votes(Choice choice) {
        return db.objects(Choice.class).get("id", choice.getId()).getVotes();
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
