package mysite.polls.views;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import mysite.polls.models.Choice;
import mysite.polls.models.Question;
import org.mtvkit.http.Request;
import org.mtvkit.http.Response;
import org.mtvkit.mtv.Shortcuts;
import org.mtvkit.orm.Database;
import org.mtvkit.orm.F;
import org.mtvkit.orm.QuerySet;
import org.mtvkit.routing.Kwargs;

/**
 * The polls views as part 3 of Django's tutorial writes them, one method each, before part 4 turns
 * three of them into generic views. Kept beside the tests so that chapter 5 can show both versions,
 * and so that {@code PollsWithFunctionViewsTest} proves they behave the same.
 */
public final class FunctionViews {

    private final Database db;
    private final Shortcuts shortcuts;

    public FunctionViews(Database db, Shortcuts shortcuts) {
        this.db = db;
        this.shortcuts = shortcuts;
    }

    // region: published
    /** Questions already published: a question dated in the future is invisible until its time comes. */
    private QuerySet<Question> published() {
        return db.objects(Question.class).filter("pubDate__lte", Instant.now());
    }
    // endregion

    // region: index
    /** The five most recently published questions, newest first. One query. */
    public Response index(Request request, Kwargs kwargs) {
        var latest = published().orderBy("-pubDate").limit(5).list();
        return shortcuts.render(request, "polls/index.html", Map.of("latest_question_list", latest));
    }
    // endregion

    // region: detail
    /** A question and its choices as a voting form; 404 if it does not exist or is not published yet. Two queries. */
    public Response detail(Request request, Kwargs kwargs) {
        Question question = questionWithChoices(kwargs);
        return shortcuts.render(request, "polls/detail.html", Map.of("question", question));
    }
    // endregion

    // region: results
    /** The votes so far. Two queries. */
    public Response results(Request request, Kwargs kwargs) {
        Question question = questionWithChoices(kwargs);
        return shortcuts.render(request, "polls/results.html", Map.of("question", question));
    }
    // endregion

    // region: vote
    /**
     * Counts one vote and redirects to the results (Post/Redirect/Get, so a reload does not vote again).
     * The increment is one UPDATE computed by the database, never read-modify-write, so concurrent votes
     * are never lost; its WHERE clause also checks that the choice belongs to this question.
     */
    public Response vote(Request request, Kwargs kwargs) {
        Question question = shortcuts.getObjectOr404(published(), "id", kwargs.longValue("question_id"));
        Optional<Long> choiceId = request.form().get("choice").flatMap(FunctionViews::parseId);
        int counted = choiceId.isEmpty() ? 0 : db.objects(Choice.class)
                .filter("id", choiceId.get())
                .filter("question__id", question.getId())
                .update("votes", F.of("votes").plus(1));
        if (counted == 0) {
            // Redisplay the voting form, as Django's tutorial does.
            Question withChoices = questionWithChoices(kwargs);
            return shortcuts.render(request, "polls/detail.html",
                    Map.of("question", withChoices, "error_message", "You didn't select a choice."));
        }
        return shortcuts.redirect("polls:results", question.getId());
    }
    // endregion

    // region: question-with-choices
    private Question questionWithChoices(Kwargs kwargs) {
        return shortcuts.getObjectOr404(published().prefetchRelated("choices"), "id", kwargs.longValue("question_id"));
    }
    // endregion

    private static Optional<Long> parseId(String text) {
        try {
            return Optional.of(Long.parseLong(text.trim()));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
