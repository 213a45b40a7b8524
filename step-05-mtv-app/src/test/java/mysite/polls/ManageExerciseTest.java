package mysite.polls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.http.HttpResponse;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mysite.Site;
import mysite.polls.models.Choice;
import mysite.polls.models.Question;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mtvkit.orm.StatementEvent;

/** Exercise 05-manage (chapter 5, exercise 3): /polls/manage/, every question with its votes and a reset form. */
@Tag("exercise")
@Tag("exercise-05-manage")
class ManageExerciseTest {

    private Site site;
    private Question past;
    private Question future;
    private List<Choice> pastChoices;
    private Choice futureChoice;

    @BeforeEach
    void start() {
        site = Site.start("django", false);
        past = site.createQuestion("Past question?", -3);
        pastChoices = List.of(site.createChoice(past, "a"), site.createChoice(past, "b"), site.createChoice(past, "c"));
        site.db.objects(Choice.class).filter("id", pastChoices.get(0).getId()).update("votes", 2);
        site.db.objects(Choice.class).filter("id", pastChoices.get(2).getId()).update("votes", 3);
        future = site.createQuestion("Future question?", 30);
        futureChoice = site.createChoice(future, "later");
        site.db.objects(Choice.class).filter("id", futureChoice.getId()).update("votes", 4);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private String managePage() throws Exception {
        HttpResponse<String> page = site.get("/polls/manage/");
        if (page.statusCode() != 200) {
            fail("GET /polls/manage/ answered " + page.statusCode() + ": add a path(\"manage/\", ...) to the polls "
                    + "URLconf, before \"<int:pk>/\", with a view that renders every question");
        }
        return page.body();
    }

    @Test
    @DisplayName("the manage page lists every question, future ones included, with its publication date and total votes")
    void listsEveryQuestion() throws Exception {
        String page = managePage();
        DateTimeFormatter day = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);
        for (String expected : List.of("Past question?", "Future question?", day.format(past.getPubDate()),
                day.format(future.getPubDate()), "5 votes", "4 votes")) {
            if (!page.contains(expected)) {
                fail("the manage page does not show \"" + expected + "\": list every question (not only the published "
                        + "ones) with its date as Y-m-d and the sum of its choices' votes as \"N votes\"; the page was:\n"
                        + page);
            }
        }
    }

    @Test
    @DisplayName("each question's reset form posts to /polls/manage/<id>/reset/ with a CSRF token")
    void resetForm() throws Exception {
        String page = managePage();
        for (Question q : List.of(past, future)) {
            String form = "<form action=\"/polls/manage/" + q.getId() + "/reset/\" method=\"post\">";
            if (!page.contains(form)) {
                fail("the manage page has no " + form + " for \"" + q + "\": give each question a form with a "
                        + "{% csrf_token %} and a submit button; the page was:\n" + page);
            }
        }
        Site.csrfToken(page);
    }

    @Test
    @DisplayName("resetting a question sets its choices' votes to 0 with one UPDATE, leaves the others, and redirects back")
    void resetWithOneUpdate() throws Exception {
        String token = Site.csrfToken(managePage());
        site.queries.reset();
        HttpResponse<String> response = site.post("/polls/manage/" + past.getId() + "/reset/",
                Map.of("csrfmiddlewaretoken", token));
        List<String> updates = site.queries.statements().stream().map(StatementEvent::sql)
                .filter(sql -> sql.trim().toUpperCase(Locale.ROOT).startsWith("UPDATE")).toList();
        if (response.statusCode() != 302) {
            fail("POST /polls/manage/" + past.getId() + "/reset/ answered " + response.statusCode()
                    + " instead of a redirect to /polls/manage/: add the reset view, POST only, that redirects back");
        }
        assertEquals("/polls/manage/", response.headers().firstValue("Location").orElse(""),
                "the reset must redirect back to the manage page");
        for (Choice c : pastChoices) {
            assertEquals(0, site.votes(c), "the reset must set every choice of the question to 0 votes");
        }
        assertEquals(4, site.votes(futureChoice), "the reset must leave the other questions' choices alone");
        assertEquals(1, updates.size(), "the reset must be one UPDATE over the question's choices, not one per choice "
                + "(filter(\"question__id\", ...).update(\"votes\", 0)); it ran: " + updates);
    }

    @Test
    @DisplayName("a GET of the reset URL changes nothing and is refused with 405")
    void resetNeedsPost() throws Exception {
        assertEquals(405, site.get("/polls/manage/" + past.getId() + "/reset/").statusCode(),
                "the reset URL must allow POST only (.allow(\"POST\")), so that a link or a crawler cannot reset votes");
        assertEquals(2, site.votes(pastChoices.get(0)));
    }
}
