package org.mtvkit.contrib.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import mysite.polls.models.Choice;
import mysite.polls.models.Question;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mtvkit.mtv.migrations.MigrationCommands;

/**
 * Exercise 10-boolean-filter (chapter 10, exercise 3): {@code Question} gains a {@code boolean featured} field, false
 * by default, with the migration {@code makemigrations polls} writes for it, and {@code QuestionAdmin} filters by it
 * ({@code listFilter("pubDate", "featured")}, Django's {@code list_filter = ['pub_date', 'featured']}). The sidebar
 * then offers Django's {@code BooleanFieldListFilter} choices, All, Yes and No, as {@code ?featured__exact=1} and
 * {@code =0}.
 *
 * <p>The kit as shipped has no such field, and this class must compile on it: the tests reach the field by
 * reflection and by HTTP, never by a method the learner has not written yet.
 */
@Tag("exercise")
@Tag("exercise-10-boolean-filter")
class BooleanFilterExerciseTest {

    private static final String HINT = "add `@Column(defaultValue = \"false\") private boolean featured;` to "
            + "mysite.polls.models.Question, then run makemigrations polls as chapter 4b shows";

    private final AdminTestSite site = new AdminTestSite();

    @BeforeEach
    void start() throws Exception {
        site.loggedIn();
    }

    @AfterEach
    void close() {
        site.close();
    }

    /** Question's field {@code featured}, which the learner adds: a boolean, so that the admin offers Yes and No. */
    private static Field featuredField() {
        Field field = Arrays.stream(Question.class.getDeclaredFields()).filter(f -> f.getName().equals("featured"))
                .findFirst().orElseThrow(() -> new AssertionError("Question has no field featured: " + HINT));
        assertTrue(field.getType() == boolean.class && !Modifier.isStatic(field.getModifiers()),
                "Question's featured is a " + field.getType().getSimpleName() + ", not a boolean: " + HINT);
        return field;
    }

    /** A question saved through the ORM, its featured field set by reflection before the save. */
    private Question question(String text, boolean featured) throws Exception {
        Question question = new Question(text, Instant.now().minus(Duration.ofHours(1)));
        Field field = featuredField();
        field.setAccessible(true);
        field.setBoolean(question, featured);
        return site.db.save(question);
    }

    private String list(String query) throws Exception {
        HttpResponse<String> response = site.get("/admin/polls/question/" + query);
        assertEquals(200, response.statusCode(), "/admin/polls/question/" + query + " answered " + response.statusCode()
                + ", to " + AdminTestSite.location(response) + ": is featured in QuestionAdmin's listFilter?");
        return response.body();
    }

    @Test
    @DisplayName("Question has a boolean field featured, and the polls app's migrations add its column")
    void fieldAndMigration() {
        featuredField();
        assertEquals(List.of(), MigrationCommands.warnings(site.project,
                Map.of("polls", List.of(Question.class, Choice.class)), Map.of()),
                "the polls models and their migrations differ: run makemigrations polls (chapter 4b), "
                        + "and keep the file it writes under step-05-mtv-app/src/main/resources/polls/migrations");
    }

    @Test
    @DisplayName("the question list's sidebar has a featured filter with All, Yes and No, All chosen at first")
    void filterChoices() throws Exception {
        question("What's new?", false);
        String page = list("");
        assertTrue(page.contains("<h3>By featured</h3>"), "the sidebar has no featured filter: give PollsAdmin's "
                + "QuestionAdmin listFilter(\"pubDate\", \"featured\")");
        assertTrue(page.contains("<li class=\"selected\"><a href=\"/admin/polls/question/\">All</a></li>"),
                "without a featured__exact parameter, All is the chosen choice");
        assertTrue(page.contains("<a href=\"/admin/polls/question/?featured__exact=1\">Yes</a>"),
                "Yes links to ?featured__exact=1, as Django's BooleanFieldListFilter");
        assertTrue(page.contains("<a href=\"/admin/polls/question/?featured__exact=0\">No</a>"),
                "No links to ?featured__exact=0, as Django's BooleanFieldListFilter");
    }

    @Test
    @DisplayName("?featured__exact=1 keeps only the featured questions, and Yes is the chosen choice")
    void yesKeepsTheFeatured() throws Exception {
        question("Featured question", true);
        question("Plain question", false);
        String page = list("?featured__exact=1");
        assertTrue(page.contains(">Featured question<"), "the featured question is kept by Yes");
        assertFalse(page.contains(">Plain question<"), "a question that is not featured is left out by Yes");
        assertTrue(page.contains("1 result (<a href=\"?\">2 total</a>)"), "one of the two questions is shown");
        assertTrue(page.contains("<li class=\"selected\"><a href=\"/admin/polls/question/?featured__exact=1\">Yes</a></li>"),
                "Yes is marked as the chosen choice");
    }

    @Test
    @DisplayName("?featured__exact=0 keeps only the questions that are not featured, and No is the chosen choice")
    void noKeepsTheOthers() throws Exception {
        question("Featured question", true);
        question("Plain question", false);
        String page = list("?featured__exact=0");
        assertTrue(page.contains(">Plain question<"), "a question that is not featured is kept by No");
        assertFalse(page.contains(">Featured question<"), "the featured question is left out by No");
        assertTrue(page.contains("<li class=\"selected\"><a href=\"/admin/polls/question/?featured__exact=0\">No</a></li>"),
                "No is marked as the chosen choice");
    }

    @Test
    @DisplayName("a question made by its constructor is not featured")
    void notFeaturedByDefault() throws Exception {
        featuredField();
        site.db.save(new Question("Just asked", Instant.now().minus(Duration.ofHours(1))));
        assertTrue(list("?featured__exact=0").contains(">Just asked<"), "a question saved as its constructor makes "
                + "it is not featured: leave featured false unless set");
    }
}
