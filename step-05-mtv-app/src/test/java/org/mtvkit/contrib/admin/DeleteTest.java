package org.mtvkit.contrib.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Instant;
import mysite.polls.models.Choice;
import mysite.polls.models.Question;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Deleting one object, and the change list's "delete selected" action: a confirmation listing the cascade, then a POST. */
class DeleteTest {

    private final AdminTestSite site = new AdminTestSite();

    @BeforeEach
    void logIn() throws Exception {
        site.loggedIn();
    }

    @AfterEach
    void close() {
        site.close();
    }

    @Test
    @DisplayName("the delete page asks first, listing the question and every choice that goes with it, and deletes nothing")
    void confirmationListsTheCascade() throws Exception {
        Question q = site.question("Doomed?", Instant.now(), "Yes", "No");
        HttpResponse<String> page = site.get("/admin/polls/question/" + q.getId() + "/delete/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Are you sure you want to delete the question &ldquo;Doomed?&rdquo;?"));
        assertTrue(page.body().contains(">Question: Doomed?</li>"));
        assertTrue(page.body().contains(">Choice: Yes</li>"));
        assertTrue(page.body().contains(">Choice: No</li>"));
        assertEquals(2, site.db.objects(Choice.class).count());
    }

    @Test
    @DisplayName("confirming deletes the question with its choices, logs it, and returns to the list")
    void confirmingDeletes() throws Exception {
        Question q = site.question("Doomed?", Instant.now(), "Yes", "No");
        String page = "/admin/polls/question/" + q.getId() + "/delete/";
        HttpResponse<String> response = site.post(page, page, "post", "yes");
        assertEquals(302, response.statusCode());
        assertEquals("/admin/polls/question/", AdminTestSite.location(response));
        assertEquals(0, site.db.objects(Question.class).count());
        assertEquals(0, site.db.objects(Choice.class).count());
        LogEntry entry = site.db.objects(LogEntry.class).get();
        assertTrue(entry.isDeletion());
        assertEquals("Doomed?", entry.getObjectRepr());
        assertTrue(site.get("/admin/polls/question/").body().contains("was deleted successfully"));
    }

    @Test
    @DisplayName("a POST to the delete page without post=yes only shows the question again")
    void postWithoutConfirmationDeletesNothing() throws Exception {
        Question q = site.question("Safe?", Instant.now());
        String page = "/admin/polls/question/" + q.getId() + "/delete/";
        assertEquals(200, site.post(page, page).statusCode());
        assertEquals(1, site.db.objects(Question.class).count());
    }

    @Test
    @DisplayName("'delete selected' shows the selected questions and their choices, with the ids kept in the form")
    void deleteSelectedAsksFirst() throws Exception {
        Question a = site.question("First?", Instant.now(), "A1");
        Question b = site.question("Second?", Instant.now());
        site.question("Spared?", Instant.now());
        HttpResponse<String> page = site.post("/admin/polls/question/", "/admin/polls/question/", "action", "delete_selected",
                "_selected_action", String.valueOf(a.getId()), "_selected_action", String.valueOf(b.getId()),
                "_selected_action", "not-a-number");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Are you sure you want to delete the selected questions?"));
        assertTrue(page.body().contains(">Choice: A1</li>"));
        assertTrue(page.body().contains("name=\"_selected_action\" value=\"" + a.getId() + "\""));
        assertEquals(3, site.db.objects(Question.class).count());
    }

    @Test
    @DisplayName("confirming 'delete selected' deletes just those, with their choices, in one transaction")
    void deleteSelectedDeletes() throws Exception {
        Question a = site.question("First?", Instant.now(), "A1");
        Question b = site.question("Second?", Instant.now());
        site.question("Spared?", Instant.now(), "S1");
        HttpResponse<String> response = site.post("/admin/polls/question/", "/admin/polls/question/",
                "action", "delete_selected", "post", "yes",
                "_selected_action", String.valueOf(a.getId()), "_selected_action", String.valueOf(b.getId()));
        assertEquals(302, response.statusCode());
        assertEquals("Spared?", site.db.objects(Question.class).get().getQuestionText());
        assertEquals("S1", site.db.objects(Choice.class).get().getChoiceText());
        assertTrue(site.get("/admin/polls/question/").body().contains("Successfully deleted 2 questions."));
    }

    @Test
    @DisplayName("an action with nothing selected, or with ids of nothing, says so and changes nothing")
    void nothingSelected() throws Exception {
        site.question("Untouched?", Instant.now());
        HttpResponse<String> response = site.post("/admin/polls/question/", "/admin/polls/question/",
                "action", "delete_selected", "post", "yes", "_selected_action", "987654");
        assertEquals(302, response.statusCode());
        assertEquals(1, site.db.objects(Question.class).count());
        assertTrue(site.get("/admin/polls/question/").body().contains("Items must be selected in order to perform actions"));
    }

    @Test
    @DisplayName("an unknown action is refused with a message, and changes nothing")
    void unknownAction() throws Exception {
        Question q = site.question("Untouched?", Instant.now());
        site.post("/admin/polls/question/", "/admin/polls/question/", "action", "drop_table", "post", "yes",
                "_selected_action", String.valueOf(q.getId()));
        assertEquals(1, site.db.objects(Question.class).count());
        assertTrue(site.get("/admin/polls/question/").body().contains("No action selected."));
    }
}
