package mysite.polls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import mysite.Main;
import mysite.Site;
import mysite.polls.models.Choice;
import mysite.polls.models.Question;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mtvkit.http.WebServer;
import org.mtvkit.mtv.Project;
import org.mtvkit.mtv.Settings;
import org.mtvkit.orm.Database;

/**
 * Exercise 05-one-vote (chapter 5, exercise 4): the polls project as it ships (mysite.Main, with its sessions
 * middleware) counts one vote per visitor and question. A visitor is a browser with its own cookies.
 */
@Tag("exercise")
@Tag("exercise-05-one-vote")
class OneVoteExerciseTest {

    private Project project;
    private WebServer server;
    private Question question;
    private Choice yes;

    @BeforeEach
    void start() {
        project = Main.builder(new Settings(0, false, "unused", "django")).database(Database.inMemory()).build();
        server = WebServer.start(project.handler(), "127.0.0.1", 0);
        project.migrate();
        question = newQuestion("Vote once?");
        yes = project.database().save(new Choice(question, "Yes"));
    }

    @AfterEach
    void stop() {
        server.stop();
        project.database().close();
    }

    private Question newQuestion(String text) {
        return project.database().save(new Question(text, Instant.now().minus(Duration.ofDays(1))));
    }

    private static HttpClient visitor() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    /** Opens the question's form and votes through it, as a browser does: the CSRF token of the page, then a POST. */
    private HttpResponse<String> vote(HttpClient browser, Question q, Choice choice) throws Exception {
        URI form = URI.create("http://127.0.0.1:" + server.port() + "/polls/" + q.getId() + "/");
        String page = browser.send(HttpRequest.newBuilder(form).build(), HttpResponse.BodyHandlers.ofString()).body();
        String body = "choice=" + choice.getId() + "&csrfmiddlewaretoken=" + Site.csrfToken(page);
        return browser.send(HttpRequest.newBuilder(form.resolve("vote/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private int votes(Choice choice) {
        return project.database().objects(Choice.class).get("id", choice.getId()).getVotes();
    }

    @Test
    @DisplayName("a visitor's second vote on a question is refused: the count stays at one")
    void secondVoteRefused() throws Exception {
        HttpClient browser = visitor();
        assertEquals(302, vote(browser, question, yes).statusCode(), "the first vote must be counted and redirect");
        HttpResponse<String> second = vote(browser, question, yes);
        if (votes(yes) != 1) {
            fail("the same visitor voted twice and both votes were counted (" + votes(yes) + "): remember the questions "
                    + "a visitor has voted on in their session (Session.of(request)) and count no second vote; "
                    + "the second vote was answered with " + second.statusCode());
        }
        if (second.statusCode() >= 500) {
            fail("the second vote was answered with " + second.statusCode() + ": refuse it with a page, not an error");
        }
    }

    @Test
    @DisplayName("another visitor, with cookies of their own, still votes on the same question")
    void otherVisitorVotes() throws Exception {
        vote(visitor(), question, yes);
        assertEquals(302, vote(visitor(), question, yes).statusCode(),
                "a second visitor's first vote must be counted: remember votes per session, not per question");
        assertEquals(2, votes(yes), "two visitors voted once each");
    }

    @Test
    @DisplayName("a visitor who voted on one question still votes on another")
    void otherQuestionVotes() throws Exception {
        Question other = newQuestion("Another?");
        Choice no = project.database().save(new Choice(other, "No"));
        HttpClient browser = visitor();
        vote(browser, question, yes);
        assertEquals(302, vote(browser, other, no).statusCode(),
                "a vote on another question must be counted: remember each question the visitor voted on");
        assertEquals(1, votes(no));
    }
}
