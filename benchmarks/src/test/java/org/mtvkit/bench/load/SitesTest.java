package org.mtvkit.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtvkit.bench.PollsDatabase;
import org.mtvkit.http.WebServer;

/** The two sites of the load test serve the same pages and count votes alike, each on its own database. */
class SitesTest {

    private PollsDatabase kitDb;
    private PollsDatabase rawDb;
    private WebServer kit;
    private RawServer raw;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void start() {
        kitDb = PollsDatabase.seeded(LoadTest.QUESTIONS, LoadTest.CHOICES);
        rawDb = PollsDatabase.seeded(LoadTest.QUESTIONS, LoadTest.CHOICES);
        kit = WebServer.start(new FrameworkSite(kitDb.orm()).handler(), "127.0.0.1", 0);
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

    private HttpResponse<String> vote(URI base, long question, String choice) throws Exception {
        return client.send(HttpRequest.newBuilder(base.resolve("polls/" + question + "/vote/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("choice=" + choice)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI kitUri() {
        return URI.create("http://127.0.0.1:" + kit.port() + "/");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"polls/", "polls/3/", "polls/3/results/"})
    @DisplayName("the kit's site and the raw servlet answer the same page, byte for byte")
    void samePages(String path) throws Exception {
        HttpResponse<String> ours = get(kitUri(), path);
        HttpResponse<String> theirs = get(raw.uri(), path);
        assertEquals(200, ours.statusCode());
        assertEquals(200, theirs.statusCode());
        assertEquals(theirs.body(), ours.body());
        assertTrue(ours.body().contains("&lt;spaces&gt;"), "escaped question text: " + ours.body());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"polls/99/", "polls/99/results/"})
    @DisplayName("a question that does not exist is a 404 on both sites")
    void missingQuestionIsNotFound(String path) throws Exception {
        assertEquals(404, get(kitUri(), path).statusCode());
        assertEquals(404, get(raw.uri(), path).statusCode());
    }

    @ParameterizedTest(name = "choice={0}")
    @ValueSource(strings = {"1", "12"})
    @DisplayName("a vote redirects to the results, which show it; a choice of another question is a 400 and counts nothing")
    void voteIsCountedOnlyForItsQuestion(String choice) throws Exception {
        int expected = choice.equals("1") ? 302 : 400;         // choice 12 belongs to question 3
        for (URI base : new URI[] {kitUri(), raw.uri()}) {
            HttpResponse<String> answer = vote(base, 1, choice);
            assertEquals(expected, answer.statusCode(), base.toString());
            if (expected == 302) {
                assertEquals("/polls/1/results/", answer.headers().firstValue("Location").orElse(""));
            }
        }
        assertEquals(get(raw.uri(), "polls/1/results/").body(), get(kitUri(), "polls/1/results/").body());
    }
}
