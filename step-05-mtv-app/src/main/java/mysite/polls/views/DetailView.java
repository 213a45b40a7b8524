package mysite.polls.views;

import java.time.Instant;
import mysite.polls.models.Question;
import org.mtvkit.http.Request;
import org.mtvkit.mtv.Shortcuts;
import org.mtvkit.orm.Database;
import org.mtvkit.orm.QuerySet;
import org.mtvkit.routing.Kwargs;

// region: detail-view
/**
 * A question and its choices as a voting form: part 4's {@code DetailView}. A question that does not
 * exist, or is not published yet, is a 404. Two queries: the question, then its choices.
 */
public final class DetailView extends org.mtvkit.views.generic.DetailView<Question> {

    DetailView(Shortcuts shortcuts, Database db) {
        super(shortcuts, db, Question.class);
    }

    @Override
    protected String templateName() {
        return "polls/detail.html";
    }

    /** Excludes any questions that aren't published yet. */
    @Override
    protected QuerySet<Question> getQueryset(Request request, Kwargs kwargs) {
        return super.getQueryset(request, kwargs).filter("pubDate__lte", Instant.now()).prefetchRelated("choices");
    }
}
// endregion
