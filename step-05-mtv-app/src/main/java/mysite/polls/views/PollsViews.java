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
 * The polls app's views, as part 4 of Django's tutorial leaves them: three generic views
 * ({@link IndexView}, {@link DetailView}, {@link ResultsView}) and the {@link #vote} function. A view
 * reads the request, asks the models for data, and hands both to a template: it never writes SQL or
 * HTML itself.
 */
public final class PollsViews {

    private final Database db;
    private final Shortcuts shortcuts;
    private final IndexView index;
    private final DetailView detail;
    private final ResultsView results;

    public PollsViews(Database db, Shortcuts shortcuts) {
        this.db = db;
        this.shortcuts = shortcuts;
        this.index = new IndexView(shortcuts, db);
        this.detail = new DetailView(shortcuts, db);
        this.results = new ResultsView(shortcuts, db);
    }

    public IndexView index() {
        return index;
    }

    public DetailView detail() {
        return detail;
    }

    public ResultsView results() {
        return results;
    }

    // region: published
    /** Questions already published: a question dated in the future is invisible until its time comes. */
    private QuerySet<Question> published() {
        return db.objects(Question.class).filter("pubDate__lte", Instant.now());
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
        Optional<Long> choiceId = request.form().get("choice").flatMap(PollsViews::parseId);
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
