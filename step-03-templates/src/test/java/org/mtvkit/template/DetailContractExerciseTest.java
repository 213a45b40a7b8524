package org.mtvkit.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mtvkit.template.freemarker.FreeMarkerEngine;

/**
 * Chapter 3, exercise 4: the polls detail page with its vote form, written once per engine
 * (contract/detail.html and contract/detail.ftlh), giving the same text on both.
 */
@Tag("exercise")
@Tag("exercise-03-detail-contract")
@DisplayName("Exercise 03-detail-contract: the detail page with its vote form is the same on both engines")
public class DetailContractExerciseTest {

    /** A question with its choices, as the detail page shows it. Public: FreeMarker reads only public types. */
    public record Detail(int id, String text, List<Choice> choices) {
    }

    /** One choice of the question. */
    public record Choice(int id, String text) {
    }

    private static final Detail QUESTION = new Detail(7, "Tabs <or> spaces?",
            List.of(new Choice(3, "Tabs"), new Choice(4, "Spaces & \"both\"")));

    private static final Engine OURS = Engine.builder().classpath("templates").strict(true)
            .hooks(ContractData.HOOKS).build();
    private static final FreeMarkerEngine FREEMARKER = new FreeMarkerEngine("templates", ContractData.HOOKS);

    private static String render(TemplateEngine engine, String name, String errorMessage) {
        Map<String, Object> context = Map.of("question", QUESTION, "error_message", errorMessage, "csrf_token", "t0k3n");
        try {
            return engine.render(name, context);
        } catch (TemplateDoesNotExist e) {
            return fail("there is no " + name + " yet: write it under step-03-templates/src/test/resources/templates/"
                    + "contract/, in that engine's syntax (" + e.getMessage() + ")");
        }
    }

    private static String ours(String errorMessage) {
        return render(OURS, "contract/detail.html", errorMessage);
    }

    @Test
    @DisplayName("both engines give the same page, with an error message and without")
    void samePage() {
        for (String error : new String[] {"", "You didn't select a choice."}) {
            assertEquals(ours(error), render(FREEMARKER, "contract/detail.ftlh", error),
                    "contract/detail.html and contract/detail.ftlh give different pages (error_message '" + error
                            + "'): make them write the same text, character for character");
        }
    }

    @Test
    @DisplayName("the question's text is the page's heading, escaped")
    void heading() {
        assertTrue(ours("").contains("<h1>Tabs &lt;or&gt; spaces?</h1>"),
                "the page has no <h1> with the question's text, escaped: " + ours(""));
    }

    @Test
    @DisplayName("the form posts to the vote URL of the question, with the CSRF token")
    void form() {
        String page = ours("");
        assertTrue(page.contains("<form action=\"/polls/vote/7/\" method=\"post\">"),
                "the page has no <form action=\"/polls/vote/7/\" method=\"post\">: build the action with "
                        + "url 'polls:vote' and the question's id. The page: " + page);
        assertTrue(page.contains("<input type=\"hidden\" name=\"csrfmiddlewaretoken\" value=\"t0k3n\">"),
                "the form has no CSRF token: add csrf_token (csrf_input() in FreeMarker). The page: " + page);
    }

    @Test
    @DisplayName("each choice is a radio button with its id as value and its text, escaped, as label")
    void choices() {
        String page = ours("");
        assertTrue(page.contains("<input type=\"radio\" name=\"choice\" id=\"choice1\" value=\"3\">")
                        && page.contains("<label for=\"choice1\">Tabs</label>")
                        && page.contains("<input type=\"radio\" name=\"choice\" id=\"choice2\" value=\"4\">")
                        && page.contains("<label for=\"choice2\">Spaces &amp; &quot;both&quot;</label>"),
                "the choices are not radio buttons as in Django's tutorial: <input type=\"radio\" name=\"choice\" "
                        + "id=\"choice{{ forloop.counter }}\" value=\"{{ choice.id }}\"> and a <label> for each. The page: "
                        + page);
    }

    @Test
    @DisplayName("the error message is shown only when there is one")
    void errorMessage() {
        assertTrue(ours("You didn't select a choice.").contains("<p><strong>You didn&#x27;t select a choice.</strong></p>"),
                "an error_message is not shown as <p><strong>...</strong></p>, escaped");
        assertFalse(ours("").contains("<strong>"), "an empty error_message still shows a <strong>: test it with if");
    }
}
