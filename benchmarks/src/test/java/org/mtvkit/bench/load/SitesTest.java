package org.mtvkit.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtvkit.bench.PollsDatabase;
import org.mtvkit.http.WebServer;

/**
 * The two sites of the load test, step 5's polls project and the raw servlet, serve the same pages
 * and count votes alike, each on its own database.
 */
class SitesTest {

    private static final String TOKEN = "name=\"csrfmiddlewaretoken\" value=\"";

    private PollsDatabase kitDb;
    private PollsDatabase rawDb;
    private WebServer kit;
    private RawServer raw;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void start() {
        kitDb = PollsDatabase.seeded(LoadTest.QUESTIONS, LoadTest.CHOICES);
        rawDb = PollsDatabase.seeded(LoadTest.QUESTIONS, LoadTest.CHOICES);
        kit = WebServer.start(LoadTest.pollsProject(kitDb.orm()).handler(), "127.0.0.1", 0);
        raw = RawServer.start(new RawPollsServlet(rawDb.raw()));
    }

    @AfterEach
    void stop() {
        kit.close();
        raw.close();
        kitDb.close();
        rawDb.close();
    }

    private HttpResponse<String> get(URI base, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A vote as a browser sends it after loading the detail page: the form's token, and the cookie if the site set one. */
    private HttpResponse<String> vote(URI base, long question, String choice) throws Exception {
        HttpResponse<String> form = get(base, "polls/" + question + "/");
        LoadGenerator.FormToken token = LoadGenerator.FormToken.from(form.body(), form.headers().allValues("Set-Cookie"));
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("polls/" + question + "/vote/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(token.formWith("choice=" + choice)));
        token.cookie().ifPresent(cookie -> request.header("Cookie", cookie));
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI kitUri() {
        return URI.create("http://127.0.0.1:" + kit.port() + "/");
    }

    /** The page with its CSRF token's value replaced: the kit masks the token afresh on every render. */
    static String normalised(String page) {
        return page.replaceAll(TOKEN + "[^\"]*\"", TOKEN + "TOKEN\"");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"polls/", "polls/3/results/"})
    @DisplayName("the polls project and the raw servlet answer the same page, byte for byte")
    void samePages(String path) throws Exception {
        HttpResponse<String> ours = get(kitUri(), path);
        HttpResponse<String> theirs = get(raw.uri(), path);
        assertEquals(200, ours.statusCode());
        assertEquals(200, theirs.statusCode());
        assertEquals(theirs.body(), ours.body());
        assertTrue(ours.body().contains("&lt;spaces&gt;"), "escaped question text: " + ours.body());
    }

    /** The names of a response's headers, lower-cased and sorted, without the Date both servers add. */
    private static List<String> headerNames(HttpResponse<String> response) {
        return response.headers().map().keySet().stream().map(n -> n.toLowerCase(Locale.ROOT))
                .filter(n -> !n.equals("date") && !n.equals(":status")).sorted().toList();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"polls/", "polls/3/", "polls/3/results/"})
    @DisplayName("both sites send the same headers with every page, and a CSRF cookie as long on the voting form")
    void sameHeaders(String path) throws Exception {
        HttpResponse<String> ours = get(kitUri(), path);
        HttpResponse<String> theirs = get(raw.uri(), path);
        assertEquals(headerNames(ours), headerNames(theirs));
        assertTrue(headerNames(ours).contains("x-frame-options"), headerNames(ours).toString());
        for (String name : List.of("Content-Type", "X-Frame-Options", "X-Content-Type-Options", "Referrer-Policy", "Vary",
                "Content-Length")) {
            assertEquals(ours.headers().allValues(name), theirs.headers().allValues(name), name);
        }
        List<Integer> cookieLengths = ours.headers().allValues("Set-Cookie").stream().map(String::length).toList();
        assertEquals(cookieLengths, theirs.headers().allValues("Set-Cookie").stream().map(String::length).toList());
        assertEquals(path.equals("polls/3/") ? 1 : 0, cookieLengths.size());
    }

    @Test
    @DisplayName("a vote's redirect carries the same headers on both sites")
    void sameRedirectHeaders() throws Exception {
        HttpResponse<String> ours = vote(kitUri(), 1, "1");
        HttpResponse<String> theirs = vote(raw.uri(), 1, "1");
        assertEquals(302, ours.statusCode());
        assertEquals(headerNames(ours), headerNames(theirs));
    }

    @Test
    @DisplayName("the detail page is the same on both sites but for the value of the CSRF token, which is as long on both")
    void sameDetailPageButTheToken() throws Exception {
        String ours = get(kitUri(), "polls/3/").body();
        String theirs = get(raw.uri(), "polls/3/").body();
        assertEquals(normalised(theirs), normalised(ours));
        assertNotEquals(theirs, ours);
        assertEquals(theirs.length(), ours.length());
    }

    @Test
    @DisplayName("the raw servlet runs the same SQL statements as the polls project, page by page")
    void sameQueries() throws Exception {
        for (String path : List.of("polls/3/", "polls/3/results/", "polls/")) {
            List<String> ours = statements(kitDb, () -> get(kitUri(), path));
            List<String> theirs = statements(rawDb, () -> get(raw.uri(), path));
            assertEquals(ours, theirs, path);
        }
    }

    @Test
    @DisplayName("a vote runs the same SQL statements on both sites")
    void sameVoteQueries() throws Exception {
        List<String> ours = statements(kitDb, () -> vote(kitUri(), 1, "1"));
        List<String> theirs = statements(rawDb, () -> vote(raw.uri(), 1, "1"));
        assertEquals(ours, theirs);
    }

    interface Work {
        void run() throws Exception;
    }

    /**
     * The statements the database ran during the work, each with its count, as H2's query statistics
     * record them; the connection pools' own statements (settings, the rollback when a connection is
     * returned) are left out.
     */
    static List<String> statements(PollsDatabase db, Work work) throws Exception {
        try (Connection c = db.raw().getConnection(); Statement s = c.createStatement()) {
            s.execute("SET QUERY_STATISTICS FALSE");
            s.execute("SET QUERY_STATISTICS TRUE");
            work.run();
            List<String> seen = new ArrayList<>();
            try (ResultSet rows = s.executeQuery("SELECT SQL_STATEMENT, EXECUTION_COUNT FROM INFORMATION_SCHEMA.QUERY_STATISTICS"
                    + " WHERE SQL_STATEMENT NOT LIKE '%QUERY_STATISTICS%' AND SQL_STATEMENT NOT LIKE 'SET %'"
                    + " AND SQL_STATEMENT <> 'ROLLBACK'"
                    + " ORDER BY SQL_STATEMENT")) {
                while (rows.next()) {
                    seen.add(rows.getLong(2) + " x " + rows.getString(1));
                }
            }
            return seen;
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"polls/99/", "polls/99/results/"})
    @DisplayName("a question that does not exist is a 404 on both sites")
    void missingQuestionIsNotFound(String path) throws Exception {
        assertEquals(404, get(kitUri(), path).statusCode());
        assertEquals(404, get(raw.uri(), path).statusCode());
    }

    @Test
    @DisplayName("a vote with the form's token redirects to the results, which show it, on both sites")
    void voteIsCounted() throws Exception {
        for (URI base : new URI[] {kitUri(), raw.uri()}) {
            HttpResponse<String> answer = vote(base, 1, "1");
            assertEquals(302, answer.statusCode(), base.toString());
            assertEquals(Optional.of("/polls/1/results/"), answer.headers().firstValue("Location"));
        }
        String results = get(kitUri(), "polls/1/results/").body();
        assertTrue(results.contains("-- 1 vote</li>"), results);
        assertEquals(get(raw.uri(), "polls/1/results/").body(), results);
    }

    @Test
    @DisplayName("a vote for a choice of another question shows the form again with the error and counts nothing, on both sites")
    void voteForAnotherQuestionsChoiceIsRefused() throws Exception {
        for (URI base : new URI[] {kitUri(), raw.uri()}) {
            HttpResponse<String> answer = vote(base, 1, "12");           // choice 12 belongs to question 3
            assertEquals(200, answer.statusCode(), base.toString());
            assertTrue(answer.body().contains("<p><strong>You didn&#x27;t select a choice.</strong></p>"), answer.body());
        }
        assertEquals(normalised(vote(raw.uri(), 1, "12").body()), normalised(vote(kitUri(), 1, "12").body()));
        assertEquals(get(raw.uri(), "polls/3/results/").body(), get(kitUri(), "polls/3/results/").body());
        assertTrue(get(kitUri(), "polls/3/results/").body().contains("-- 0 votes</li>\n\n    <li>Choice 4"));
    }

    @Test
    @DisplayName("the polls project refuses a vote without the CSRF cookie and token; the raw servlet skips that check")
    void onlyTheProjectChecksCsrf() throws Exception {
        HttpRequest forged = HttpRequest.newBuilder(kitUri().resolve("polls/1/vote/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("choice=1")).build();
        assertEquals(403, client.send(forged, HttpResponse.BodyHandlers.ofString()).statusCode());
        HttpRequest unchecked = HttpRequest.newBuilder(raw.uri().resolve("polls/1/vote/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("choice=1")).build();
        assertEquals(302, client.send(unchecked, HttpResponse.BodyHandlers.ofString()).statusCode());
    }
}
