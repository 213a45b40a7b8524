package org.mtvkit.contrib.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.http.HttpResponse;
import java.time.Instant;
import mysite.polls.models.Choice;
import mysite.polls.models.Question;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Exercise 10-readonly-fields (chapter 10, exercise 1): Django's {@code ModelAdmin.readonly_fields}. A choice admin
 * whose {@code votes} are read-only shows them as text on the change page and never takes them from a POST. The option is
 * called by reflection, so that this file compiles on the kit as shipped: {@code public final ModelAdmin<T>
 * readonlyFields(String... fields)}, beside the other options.
 */
@Tag("exercise")
@Tag("exercise-10-readonly-fields")
class ReadonlyFieldsExerciseTest {

    private static final int VOTES = 4217;

    private AdminTestSite site;
    private Choice choice;
    private String change;

    @BeforeEach
    void start() throws Exception {
        ModelAdmin<Choice> admin = new ModelAdmin<>(Choice.class).fields("choiceText", "votes");
        readonly(admin, "votes");
        site = new AdminTestSite(new AdminSite().register(Choice.class, admin)).loggedIn();
        Question question = site.question("What's up?", Instant.now(), "Not much");
        choice = site.db.objects(Choice.class).get("question", question);
        site.db.objects(Choice.class).filter("id", choice.getId()).update("votes", VOTES);
        change = "/admin/polls/choice/" + choice.getId() + "/change/";
    }

    @AfterEach
    void close() {
        if (site != null) {
            site.close();
        }
    }

    private static void readonly(ModelAdmin<?> admin, String... fields) throws Exception {
        Method method;
        try {
            method = ModelAdmin.class.getMethod("readonlyFields", String[].class);
        } catch (NoSuchMethodException e) {
            fail("ModelAdmin has no readonlyFields(String...) yet: add it beside listDisplay and the other options, "
                    + "and have the change form show those fields as text and leave them out of the ModelForm");
            return;
        }
        try {
            method.invoke(admin, (Object) fields);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private Choice reloaded() {
        return site.db.objects(Choice.class).get("id", choice.getId());
    }

    @Test
    @DisplayName("the change page shows a read-only field's value as text, with no input for it")
    void shownAsText() throws Exception {
        String page = site.get(change).body();
        assertFalse(page.contains("name=\"votes\""), "a read-only field must have no input on the change page:\n" + page);
        assertTrue(page.contains("name=\"choiceText\""), "the other fields keep their inputs");
        assertTrue(page.contains(String.valueOf(VOTES)),
                "the change page must show the read-only field's value, " + VOTES + ", as text:\n" + page);
    }

    @Test
    @DisplayName("a POST with a new value for a read-only field saves the other fields and leaves it as it was")
    void neverReadFromThePost() throws Exception {
        HttpResponse<String> response = site.post(change, change, "choiceText", "A lot", "votes", "1", "_save", "Save");
        assertEquals(302, response.statusCode(), "the form must save: " + response.body());
        assertEquals("A lot", reloaded().getChoiceText(), "the editable field is saved");
        assertEquals(VOTES, reloaded().getVotes(), "a read-only field must never be read from the POST");
    }

    @Test
    @DisplayName("a POST without the read-only field is valid: the form does not ask for it")
    void notRequired() throws Exception {
        HttpResponse<String> response = site.post(change, change, "choiceText", "Nothing", "_save", "Save");
        assertEquals(302, response.statusCode(),
                "a read-only field is not part of the form, so a POST without it must save, not ask for it: " + response.body());
        assertEquals(VOTES, reloaded().getVotes());
    }

    @Test
    @DisplayName("a read-only field that the model does not have fails at start-up, naming the fields there are")
    void misspeltNameFails() throws Exception {
        ModelAdmin<Choice> admin = new ModelAdmin<>(Choice.class);
        readonly(admin, "vote");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new AdminTestSite(new AdminSite().register(Choice.class, admin)).close(),
                "readonlyFields(\"vote\") must fail when the admin's URLs are made, as the other options' names do");
        assertTrue(e.getMessage().contains("'vote'") && e.getMessage().contains("choiceText"),
                "the message names the wrong name and the fields there are: " + e.getMessage());
    }
}
