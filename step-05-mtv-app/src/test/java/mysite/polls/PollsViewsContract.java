package mysite.polls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mysite.Site;
import mysite.polls.models.Choice;
import mysite.polls.models.Question;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The polls app over real HTTP. The same tests run once per template engine (see the two subclasses):
 * the app's templates exist in both syntaxes and must behave the same.
 */
abstract class PollsViewsContract {

    Site site;

    abstract String engine();

    /** The polls project as the app's URLconf builds it; a subclass may wire other views. */
    Site startSite() {
        return Site.start(engine(), false);
    }

    @BeforeEach
    void start() {
        site = startSite();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    /** The question texts linked from the index page, in order. */
    List<String> indexQuestions() throws Exception {
        HttpResponse<String> page = site.get("/polls/");
        assertEquals(200, page.statusCode());
        List<String> texts = new ArrayList<>();
        Matcher m = Pattern.compile("<li><a href=\"/polls/\\d+/\">([^<]*)</a></li>").matcher(page.body());
        while (m.find()) {
            texts.add(m.group(1));
        }
        return texts;
    }

    // --- QuestionIndexViewTests, from part 5 of Django's tutorial ---

    @Test
    @DisplayName("index: with no questions, an appropriate message is displayed")
    void noQuestions() throws Exception {
        HttpResponse<String> page = site.get("/polls/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("No polls are available."), page.body());
        assertEquals(List.of(), indexQuestions());
    }

    @Test
    @DisplayName("index: questions with a pubDate in the past are displayed")
    void pastQuestion() throws Exception {
        site.createQuestion("Past question.", -30);
        assertEquals(List.of("Past question."), indexQuestions());
    }

    @Test
    @DisplayName("index: questions with a pubDate in the future aren't displayed")
    void futureQuestion() throws Exception {
        site.createQuestion("Future question.", 30);
        assertTrue(site.get("/polls/").body().contains("No polls are available."));
        assertEquals(List.of(), indexQuestions());
    }

    @Test
    @DisplayName("index: with past and future questions, only the past ones are displayed")
    void futureAndPastQuestion() throws Exception {
        site.createQuestion("Past question.", -30);
        site.createQuestion("Future question.", 30);
        assertEquals(List.of("Past question."), indexQuestions());
    }

    @Test
    @DisplayName("index: the page may display multiple questions, newest first")
    void twoPastQuestions() throws Exception {
        site.createQuestion("Past question 1.", -30);
        site.createQuestion("Past question 2.", -5);
        assertEquals(List.of("Past question 2.", "Past question 1."), indexQuestions());
    }

    @Test
    @DisplayName("index: at most the five most recent questions are listed")
    void fiveMostRecent() throws Exception {
        for (int day = 1; day <= 7; day++) {
            site.createQuestion("Q" + day, -day);
        }
        assertEquals(List.of("Q1", "Q2", "Q3", "Q4", "Q5"), indexQuestions());
    }

    // --- QuestionDetailViewTests ---

    @Test
    @DisplayName("detail: a question with a pubDate in the future returns 404 not found")
    void detailOfFutureQuestion() throws Exception {
        Question future = site.createQuestion("Future question.", 5);
        assertEquals(404, site.get("/polls/" + future.getId() + "/").statusCode());
    }

    @Test
    @DisplayName("detail: a question with a pubDate in the past displays its text")
    void detailOfPastQuestion() throws Exception {
        Question past = site.createQuestion("Past Question.", -5);
        HttpResponse<String> page = site.get("/polls/" + past.getId() + "/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Past Question."), page.body());
    }

    @Test
    @DisplayName("detail: a question that does not exist returns 404 with the project's page")
    void detailOfMissingQuestion() throws Exception {
        HttpResponse<String> page = site.get("/polls/999/");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("There is nothing at <code>/polls/999/</code>"), page.body());
    }

    @Test
    @DisplayName("detail: a form of radio buttons, one per choice, posting to vote with a CSRF token")
    void detailForm() throws Exception {
        Question q = site.createQuestion("Pick one", -1);
        Choice a = site.createChoice(q, "A");
        site.createChoice(q, "B");
        String page = site.get("/polls/" + q.getId() + "/").body();
        assertTrue(page.contains("<form action=\"/polls/" + q.getId() + "/vote/\" method=\"post\">"), page);
        assertTrue(page.contains("<input type=\"radio\" name=\"choice\" id=\"choice1\" value=\"" + a.getId() + "\">"), page);
        assertTrue(page.contains("<label for=\"choice2\">B</label>"), page);
        assertFalse(Site.csrfToken(page).isEmpty());
    }

    // --- results ---

    @Test
    @DisplayName("results: each choice with 'N vote' or 'N votes', and a 'Vote again?' link")
    void results() throws Exception {
        Question q = site.createQuestion("Results?", -1);
        Choice one = site.createChoice(q, "One");
        site.createChoice(q, "None");
        site.db.objects(Choice.class).filter("id", one.getId()).update("votes", 1);
        String page = site.get("/polls/" + q.getId() + "/results/").body();
        assertTrue(page.contains("<li>One -- 1 vote</li>"), page);
        assertTrue(page.contains("<li>None -- 0 votes</li>"), page);
        assertTrue(page.contains("<a href=\"/polls/" + q.getId() + "/\">Vote again?</a>"), page);
    }

    @Test
    @DisplayName("results: a question in the future returns 404 too")
    void resultsOfFutureQuestion() throws Exception {
        Question future = site.createQuestion("Future", 2);
        assertEquals(404, site.get("/polls/" + future.getId() + "/results/").statusCode());
    }

    // --- vote ---

    @Test
    @DisplayName("vote: a real form round trip counts the vote and redirects to the results")
    void voteRoundTrip() throws Exception {
        Question q = site.createQuestion("Vote?", -1);
        Choice yes = site.createChoice(q, "Yes");
        String token = Site.csrfToken(site.get("/polls/" + q.getId() + "/").body());
        HttpResponse<String> response = site.post("/polls/" + q.getId() + "/vote/",
                Map.of("csrfmiddlewaretoken", token, "choice", String.valueOf(yes.getId())));
        assertEquals(302, response.statusCode());
        assertEquals("/polls/" + q.getId() + "/results/", response.headers().firstValue("Location").orElseThrow());
        assertEquals(1, site.votes(yes));
        assertTrue(site.get("/polls/" + q.getId() + "/results/").body().contains("<li>Yes -- 1 vote</li>"));
    }

    @Test
    @DisplayName("vote: with no choice selected, the form is shown again with an error and nothing is counted")
    void voteWithoutChoice() throws Exception {
        Question q = site.createQuestion("Vote?", -1);
        Choice yes = site.createChoice(q, "Yes");
        String token = Site.csrfToken(site.get("/polls/" + q.getId() + "/").body());
        HttpResponse<String> response = site.post("/polls/" + q.getId() + "/vote/", Map.of("csrfmiddlewaretoken", token));
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("You didn&#x27;t select a choice."), response.body());
        assertTrue(response.body().contains("<label for=\"choice1\">Yes</label>"), response.body());
        assertEquals(0, site.votes(yes));
    }

    @Test
    @DisplayName("vote: a choice of another question, or a choice that is not a number, counts nothing")
    void voteForAnotherQuestionsChoice() throws Exception {
        Question q = site.createQuestion("This one", -1);
        site.createChoice(q, "Mine");
        Question other = site.createQuestion("Other", -1);
        Choice theirs = site.createChoice(other, "Theirs");
        String token = Site.csrfToken(site.get("/polls/" + q.getId() + "/").body());
        for (String choice : List.of(String.valueOf(theirs.getId()), "not-a-number", "' OR 1=1 --")) {
            HttpResponse<String> response = site.post("/polls/" + q.getId() + "/vote/",
                    Map.of("csrfmiddlewaretoken", token, "choice", choice));
            assertEquals(200, response.statusCode());
            assertTrue(response.body().contains("You didn&#x27;t select a choice."), choice);
        }
        assertEquals(0, site.votes(theirs));
    }

    @Test
    @DisplayName("vote: POST only; a GET gets 405 with an Allow header")
    void voteIsPostOnly() throws Exception {
        Question q = site.createQuestion("Vote?", -1);
        HttpResponse<String> response = site.get("/polls/" + q.getId() + "/vote/");
        assertEquals(405, response.statusCode());
        assertEquals("POST, OPTIONS", response.headers().firstValue("Allow").orElseThrow());
    }

    @Test
    @DisplayName("vote: without a CSRF token the POST is refused with 403 and nothing is counted")
    void voteWithoutCsrf() throws Exception {
        Question q = site.createQuestion("Vote?", -1);
        Choice yes = site.createChoice(q, "Yes");
        site.get("/polls/" + q.getId() + "/");                         // the browser has the cookie
        HttpResponse<String> response = site.post("/polls/" + q.getId() + "/vote/",
                Map.of("choice", String.valueOf(yes.getId())));
        assertEquals(403, response.statusCode());
        assertTrue(response.body().contains("CSRF token missing"), response.body());
        assertEquals(0, site.votes(yes));
    }

    @Test
    @DisplayName("vote: 120 concurrent votes on one choice are all counted, none lost")
    void concurrentVotes() throws Exception {
        Question q = site.createQuestion("Race?", -1);
        Choice hot = site.createChoice(q, "Hot");
        String token = Site.csrfToken(site.get("/polls/" + q.getId() + "/").body());
        String form = "csrfmiddlewaretoken=" + java.net.URLEncoder.encode(token, "UTF-8") + "&choice=" + hot.getId();
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                statuses.add(pool.submit(() -> site.browser.send(HttpRequest.newBuilder(site.uri("/polls/" + q.getId() + "/vote/"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode()));
            }
            for (Future<Integer> status : statuses) {
                assertEquals(302, status.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(120, site.votes(hot));
    }

    // --- safety and efficiency ---

    @Test
    @DisplayName("hostile question and choice text is escaped on every page")
    void hostileTextIsEscaped() throws Exception {
        Question q = site.createQuestion("<script>alert('x')</script> \"q\" & co", -1);
        site.createChoice(q, "<img src=x onerror=alert(1)>");
        String escaped = "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &quot;q&quot; &amp; co";
        for (String path : List.of("/polls/", "/polls/" + q.getId() + "/", "/polls/" + q.getId() + "/results/")) {
            String page = site.get(path).body();
            assertFalse(page.contains("<script>"), path);
            assertFalse(page.contains("<img"), path);
            assertTrue(page.contains(escaped), path + "\n" + page);
        }
    }

    @Test
    @DisplayName("each page runs a fixed number of queries, however many choices a question has")
    void fixedQueryCounts() throws Exception {
        Question few = site.createQuestion("Few", -2);
        site.createChoice(few, "only");
        Question many = site.createQuestion("Many", -1);
        for (int i = 0; i < 12; i++) {
            site.createChoice(many, "c" + i);
        }
        assertEquals(1, queriesFor("/polls/"));
        for (Question q : List.of(few, many)) {
            assertEquals(2, queriesFor("/polls/" + q.getId() + "/"), "detail of " + q);
            assertEquals(2, queriesFor("/polls/" + q.getId() + "/results/"), "results of " + q);
        }
    }

    private int queriesFor(String path) throws Exception {
        site.queries.reset();
        assertEquals(200, site.get(path).statusCode());
        return site.queries.count();
    }

    @Test
    @DisplayName("/ redirects to the polls index, and the stylesheet is served")
    void homeAndStatic() throws Exception {
        HttpResponse<String> home = site.get("/");
        assertEquals(302, home.statusCode());
        assertEquals("/polls/", home.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> css = site.get("/static/polls/style.css");
        assertEquals(200, css.statusCode());
        assertTrue(site.get("/polls/").body().contains("<link rel=\"stylesheet\" href=\"/static/polls/style.css\">"));
    }
}
