package mysite.polls.views;

import java.time.Instant;
import mysite.polls.models.Question;
import org.mtvkit.http.Request;
import org.mtvkit.mtv.Shortcuts;
import org.mtvkit.orm.Database;
import org.mtvkit.orm.QuerySet;
import org.mtvkit.routing.Kwargs;

// region: results-view
/** The votes so far: part 4's {@code ResultsView}, limited to published questions as part 5 suggests. */
public final class ResultsView extends org.mtvkit.views.generic.DetailView<Question> {

    ResultsView(Shortcuts shortcuts, Database db) {
        super(shortcuts, db, Question.class);
    }

    @Override
    protected String templateName() {
        return "polls/results.html";
    }

    @Override
    protected QuerySet<Question> getQueryset(Request request, Kwargs kwargs) {
        return super.getQueryset(request, kwargs).filter("pubDate__lte", Instant.now()).prefetchRelated("choices");
    }
}
// endregion
