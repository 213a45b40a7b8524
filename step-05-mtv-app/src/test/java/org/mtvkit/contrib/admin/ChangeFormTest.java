package org.mtvkit.contrib.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import mysite.polls.models.Choice;
import mysite.polls.models.Question;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The add and change pages of part 7's QuestionAdmin, with the ChoiceInline, over HTTP on a real H2. */
class ChangeFormTest {

    private static final String ADD = "/admin/polls/question/add/";

    private final AdminTestSite site = new AdminTestSite();

    @BeforeEach
    void logIn() throws Exception {
        site.loggedIn();
    }

    @AfterEach
    void close() {
        site.close();
    }

    /** The add form as a browser sends it: the question, then three inline rows. */
    private static List<String> addForm(String text, String date, String... choices) {
        List<String> form = new ArrayList<>(List.of("questionText", text, "pubDate", date, "choice_set-TOTAL_FORMS", "3",
                "choice_set-INITIAL_FORMS", "0"));
        for (int i = 0; i < 3; i++) {
            form.addAll(List.of("choice_set-" + i + "-choiceText", i < choices.length ? choices[i] : "",
                    "choice_set-" + i + "-votes", "0"));
        }
        return form;
    }

    private HttpResponse<String> post(String page, List<String> form) throws Exception {
        return site.post(page, page, form.toArray(String[]::new));
    }

    @Test
    @DisplayName("the add page shows the fieldsets and three empty choice rows")
    void addPageShowsFieldsetsAndThreeRows() throws Exception {
        String page = site.get(ADD).body();
        assertTrue(page.contains("<h2>Date information</h2>"));
        assertTrue(page.contains("name=\"questionText\""));
        for (int i = 0; i < 3; i++) {
            assertTrue(page.contains("name=\"choice_set-" + i + "-choiceText\""), "row " + i);
        }
        assertFalse(page.contains("name=\"choice_set-3-choiceText\""));
        assertTrue(page.contains("name=\"choice_set-TOTAL_FORMS\" value=\"3\""));
    }

    @Test
    @DisplayName("an empty row starts with the model's own values (votes 0), so a row left untouched still validates")
    void emptyRowsShowTheModelsDefaults() throws Exception {
        String page = site.get(ADD).body();
        assertTrue(page.matches("(?s).*name=\"choice_set-0-votes\"[^>]*value=\"0\".*|.*value=\"0\"[^>]*name=\"choice_set-0-votes\".*"),
                page);
    }

    @Test
    @DisplayName("saving adds the question and its choices together, skips untouched rows, and returns to the list")
    void addWithInlineChoices() throws Exception {
        HttpResponse<String> response = post(ADD, addForm("What's up?", "2026-01-02 10:00:00", "Not much", "The sky"));
        assertEquals(302, response.statusCode(), response.body());
        assertEquals("/admin/polls/question/", AdminTestSite.location(response));
        Question question = site.db.objects(Question.class).get();
        assertEquals("What's up?", question.getQuestionText());
        assertEquals(Instant.parse("2026-01-02T10:00:00Z"), question.getPubDate());
        assertEquals(List.of("Not much", "The sky"), site.db.objects(Choice.class).orderBy("id").list().stream()
                .map(Choice::getChoiceText).toList());
        assertTrue(site.get("/admin/polls/question/").body().contains("was added successfully"));
    }

    @Test
    @DisplayName("'Save and continue editing' returns to the object's change page")
    void saveAndContinue() throws Exception {
        List<String> form = addForm("Continue?", "2026-01-02 10:00:00");
        form.addAll(List.of("_continue", "Save and continue editing"));
        HttpResponse<String> response = post(ADD, form);
        long id = site.db.objects(Question.class).get().getId();
        assertEquals("/admin/polls/question/" + id + "/change/", AdminTestSite.location(response));
    }

    @Test
    @DisplayName("'Save and add another' returns to an empty add page")
    void saveAndAddAnother() throws Exception {
        List<String> form = addForm("Another?", "2026-01-02 10:00:00");
        form.addAll(List.of("_addanother", "Save and add another"));
        assertEquals(ADD, AdminTestSite.location(post(ADD, form)));
    }

    @Test
    @DisplayName("invalid values are shown as errors beside their fields, and nothing is saved")
    void errorsBesideFields() throws Exception {
        List<String> form = addForm("", "the day after tomorrow", "Fine");
        form.set(form.indexOf("choice_set-0-votes") + 1, "lots");
        HttpResponse<String> response = post(ADD, form);
        assertEquals(200, response.statusCode());
        String page = response.body();
        assertTrue(page.contains("Please correct the errors below."));
        assertTrue(page.contains("This field is required."));
        assertTrue(page.contains("Enter a valid date/time."));
        assertTrue(page.contains("Enter a whole number."));
        assertTrue(page.contains("value=\"the day after tomorrow\""), "the submitted text is shown again");
        assertEquals(0, site.db.objects(Question.class).count());
        assertEquals(0, site.db.objects(Choice.class).count());
    }

    @Test
    @DisplayName("fields the form does not have are ignored: votes cannot be set through the question")
    void unknownFieldsAreIgnored() throws Exception {
        List<String> form = addForm("Ignore?", "2026-01-02 10:00:00");
        form.addAll(List.of("id", "999", "choices", "1", "isStaff", "on"));
        assertEquals(302, post(ADD, form).statusCode());
        assertTrue(site.db.objects(Question.class).get().getId() != 999L);
    }

    @Test
    @DisplayName("the change page changes the question and its choices, and deletes the ticked one, in one go")
    void changeWithInlines() throws Exception {
        Question q = site.question("Old text?", Instant.parse("2026-01-01T00:00:00Z"), "Keep", "Drop");
        List<Choice> choices = site.db.objects(Choice.class).orderBy("id").list();
        String page = "/admin/polls/question/" + q.getId() + "/change/";
        String body = site.get(page).body();
        assertTrue(body.contains("value=\"Old text?\""));
        assertTrue(body.contains("name=\"choice_set-2-choiceText\""), "two existing rows and three empty ones");
        assertTrue(body.contains("name=\"choice_set-4-choiceText\""));
        HttpResponse<String> response = site.post(page, page, "questionText", "New text?", "pubDate", "2026-01-01 00:00:00",
                "choice_set-TOTAL_FORMS", "3", "choice_set-INITIAL_FORMS", "2",
                "choice_set-0-id", String.valueOf(choices.get(0).getId()), "choice_set-0-choiceText", "Kept", "choice_set-0-votes", "4",
                "choice_set-1-id", String.valueOf(choices.get(1).getId()), "choice_set-1-choiceText", "Drop", "choice_set-1-votes", "0",
                "choice_set-1-DELETE", "on",
                "choice_set-2-choiceText", "Added", "choice_set-2-votes", "0");
        assertEquals(302, response.statusCode(), response.body());
        assertEquals("New text?", site.db.objects(Question.class).get().getQuestionText());
        assertEquals(List.of("Kept:4", "Added:0"), site.db.objects(Choice.class).orderBy("id").list().stream()
                .map(c -> c.getChoiceText() + ":" + c.getVotes()).toList());
    }

    @Test
    @DisplayName("an inline row naming a choice of another question is an error, and nothing changes")
    void tamperedInlineIdIsAnError() throws Exception {
        Question mine = site.question("Mine?", Instant.now());
        site.question("Theirs?", Instant.now(), "Their choice");
        long theirs = site.db.objects(Choice.class).get().getId();
        String page = "/admin/polls/question/" + mine.getId() + "/change/";
        HttpResponse<String> response = site.post(page, page, "questionText", "Mine?", "pubDate", "2026-01-01 00:00:00",
                "choice_set-TOTAL_FORMS", "1", "choice_set-0-id", String.valueOf(theirs),
                "choice_set-0-choiceText", "Stolen", "choice_set-0-votes", "0");
        assertEquals(200, response.statusCode(), "a choice of another question sent in the inline is a form error");
        assertTrue(response.body().contains("That choice is not one of the available choices."),
                "the inline row says its choice is not one of this question's");
        assertEquals("Their choice", site.db.objects(Choice.class).get().getChoiceText(),
                "the other question's choice is left as it was");
    }

    @ParameterizedTest(name = "an inline sent with TOTAL_FORMS={0} is a form error, not a 500")
    @ValueSource(strings = {"", "many", "-1", "100000"})
    void tamperedManagementFormIsAnError(String total) throws Exception {
        HttpResponse<String> response = site.post(ADD, ADD, "questionText", "Q?", "pubDate", "2026-01-01 00:00:00",
                "choice_set-TOTAL_FORMS", total);
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("ManagementForm data is missing") || response.body().contains("at most 1000"));
        assertEquals(0, site.db.objects(Question.class).count());
    }

    @ParameterizedTest(name = "the object id {0} in the address is 404")
    @ValueSource(strings = {"999", "abc", "99999999999999999999999", "-1"})
    void tamperedIdsAre404(String id) throws Exception {
        assertEquals(404, site.get("/admin/polls/question/" + id + "/change/").statusCode());
        assertEquals(404, site.get("/admin/polls/question/" + id + "/delete/").statusCode());
    }

    @Test
    @DisplayName("every add and change is logged, and the index shows it under Recent actions")
    void actionsAreLogged() throws Exception {
        post(ADD, addForm("Logged?", "2026-01-02 10:00:00", "Yes"));
        long id = site.db.objects(Question.class).get().getId();
        String page = "/admin/polls/question/" + id + "/change/";
        site.post(page, page, "questionText", "Logged again?", "pubDate", "2026-01-02 10:00:00", "choice_set-TOTAL_FORMS", "0");
        List<LogEntry> entries = site.db.objects(LogEntry.class).orderBy("id").list();
        assertEquals(List.of(LogEntry.ADDITION, LogEntry.CHANGE), entries.stream().map(LogEntry::getActionFlag).toList());
        assertEquals("Added. Added choice \u201cYes\u201d.", entries.get(0).getChangeMessage());
        assertEquals("Changed question text.", entries.get(1).getChangeMessage());
        String index = site.get("/admin/").body();
        assertTrue(index.contains("Recent actions"));
        assertTrue(index.contains("<a href=\"/admin/polls/question/" + id + "/change/\">Logged again?</a>"));
    }

    @Test
    @DisplayName("the index lists the registered models with links to their list and add pages")
    void indexListsModels() throws Exception {
        String index = site.get("/admin/").body();
        assertTrue(index.contains("<caption>Polls</caption>"));
        assertTrue(index.contains("<a href=\"/admin/polls/question/\">Questions</a>"));
        assertTrue(index.contains("href=\"/admin/polls/question/add/\""));
        assertTrue(index.contains("Site administration"));
    }
}
