package org.mtvkit.contrib.admin;

import static org.mtvkit.routing.Urls.include;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import mysite.polls.admin.PollsAdmin;
import mysite.polls.models.Choice;
import mysite.polls.models.Question;
import mysite.polls.urls.PollsUrls;
import mysite.polls.views.PollsViews;
import org.mtvkit.contrib.auth.Auth;
import org.mtvkit.contrib.auth.User;
import org.mtvkit.contrib.sessions.SessionConfig;
import org.mtvkit.contrib.sessions.SessionMiddleware;
import org.mtvkit.contrib.sessions.SessionStore;
import org.mtvkit.contrib.sessions.StoredSession;
import org.mtvkit.http.Handler;
import org.mtvkit.http.WebServer;
import org.mtvkit.mtv.Project;
import org.mtvkit.mtv.Settings;
import org.mtvkit.orm.Database;
import org.mtvkit.routing.Middleware;
import testsite.TestDatabase;

/**
 * The polls project with the admin mounted at {@code admin/}, as the lead wires it into the app: the
 * polls, auth, sessions and admin models on a fresh database (in-memory H2, or PostgreSQL in that run), the session middleware around the
 * project's handler, a real Jetty on 127.0.0.1 port 0, and a browser that keeps its cookies and does
 * not follow redirects (so tests see them).
 */
final class AdminTestSite implements AutoCloseable {

    static final String PASSWORD = "correct horse battery";

    final Database db = TestDatabase.fresh();
    final Project project;
    final WebServer server;
    final Auth auth;
    HttpClient browser = newBrowser();

    AdminTestSite() {
        this(new AdminSite());
    }

    AdminTestSite(AdminSite site) {
        // region: wiring
        project = Project.builder(new Settings(0, false, "unused", "django"))
                .database(db)
                .app("polls", Question.class, Choice.class)
                .app("auth", User.class)
                .app("sessions", StoredSession.class)
                .app("admin", LogEntry.class)
                .urls((database, shortcuts) -> List.of(
                        include("polls/", PollsUrls.APP_NAME, PollsUrls.urlpatterns(new PollsViews(database, shortcuts))),
                        include("admin/", AdminSite.APP_NAME, PollsAdmin.register(site).urls(database, shortcuts))))
                .strictTemplates(true)
                .build();
        project.migrate();
        Handler handler = Middleware.chain(project.handler(),
                List.of(new SessionMiddleware(new SessionStore(db), SessionConfig.defaults())));
        // endregion
        server = WebServer.start(handler, "127.0.0.1", 0);
        auth = new Auth(db);
    }

    static HttpClient newBrowser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    User superuser() {
        return auth.createSuperuser("admin", Optional.of(PASSWORD));
    }

    Question question(String text, Instant pubDate, String... choices) {
        Question question = db.save(new Question(text, pubDate));
        for (String choice : choices) {
            db.save(new Choice(question, choice));
        }
        return question;
    }

    /** Logs the browser in as a fresh superuser through the admin's login page. */
    AdminTestSite loggedIn() throws Exception {
        superuser();
        HttpResponse<String> response = post("/admin/login/", "/admin/login/", "username", "admin", "password", PASSWORD);
        if (response.statusCode() != 302) {
            throw new AssertionError("login failed: " + response.statusCode() + "\n" + response.body());
        }
        return this;
    }

    HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The CSRF token of the form on a page, as a browser finds it there. */
    String csrfToken(String page) throws Exception {
        String body = get(page).body();
        Matcher m = Pattern.compile("name=\"csrfmiddlewaretoken\" value=\"([^\"]+)\"").matcher(body);
        if (!m.find()) {
            throw new AssertionError("no CSRF token on " + page + ":\n" + body);
        }
        return m.group(1);
    }

    /** A form POST to {@code action} with the token of the page {@code formPage}; pairs of name and value, repeats allowed. */
    HttpResponse<String> post(String formPage, String action, String... pairs) throws Exception {
        List<String> all = new ArrayList<>(List.of(pairs));
        all.add("csrfmiddlewaretoken");
        all.add(csrfToken(formPage));
        return postRaw(action, all.toArray(String[]::new));
    }

    HttpResponse<String> postRaw(String action, String... pairs) throws Exception {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            parts.add(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8) + "=" + URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return browser.send(HttpRequest.newBuilder(uri(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(parts.stream().collect(Collectors.joining("&")))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    @Override
    public void close() {
        server.stop();
        db.close();
    }
}
