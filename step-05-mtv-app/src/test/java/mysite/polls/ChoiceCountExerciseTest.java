package mysite.polls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import mysite.Site;
import mysite.polls.models.Question;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Exercise 05-choice-count (chapter 5, exercise 2): "(3 choices)" beside each question of the index page. */
@Tag("exercise")
@Tag("exercise-05-choice-count")
class ChoiceCountExerciseTest {

    private Site site;

    @BeforeEach
    void start() {
        site = Site.start("django", false);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private String index() throws Exception {
        HttpResponse<String> page = site.get("/polls/");
        assertEquals(200, page.statusCode(), page.body());
        return page.body();
    }

    private Question questionWith(String text, int days, int choices) {
        Question q = site.createQuestion(text, days);
        for (int i = 0; i < choices; i++) {
            site.createChoice(q, text + " choice " + i);
        }
        return q;
    }

    @Test
    @DisplayName("the index shows each question's number of choices, as '(3 choices)' and '(1 choice)'")
    void countsShown() throws Exception {
        questionWith("Three?", -2, 3);
        questionWith("One?", -1, 1);
        String page = index();
        for (String expected : new String[] {"(3 choices)", "(1 choice)"}) {
            if (!page.contains(expected)) {
                fail("the index page has no \"" + expected + "\" yet: show each question's choice count next to its "
                        + "link in polls/index.html (and index.ftlh), with choice{{ n|pluralize }}; the page was:\n" + page);
            }
        }
    }

    @Test
    @DisplayName("the index runs as many queries with five questions of many choices as with one question of one")
    void fixedQueries() throws Exception {
        questionWith("Only?", -10, 1);
        site.queries.reset();
        index();
        int withOne = site.queries.count();
        for (int i = 0; i < 4; i++) {
            questionWith("More " + i + "?", -i - 1, 4 + i);
        }
        site.queries.reset();
        String page = index();
        int withFive = site.queries.count();
        if (!page.contains("(7 choices)")) {
            fail("the index page does not show \"(7 choices)\" for a question with seven: show each question's choice "
                    + "count first; the page was:\n" + page);
        }
        if (withFive != withOne) {
            fail("the index ran " + withOne + " queries for one question and " + withFive + " for five: a query per "
                    + "question is the N+1 problem; load the choices of all five at once (prefetchRelated, or an "
                    + "annotate(Aggregate.count(...))). The statements:\n" + site.queries.statements().stream()
                    .map(Object::toString).collect(Collectors.joining("\n")));
        }
    }
}
