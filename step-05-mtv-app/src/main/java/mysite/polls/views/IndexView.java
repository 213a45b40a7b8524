package mysite.polls.views;

import java.time.Instant;
import mysite.polls.models.Question;
import org.mtvkit.http.Request;
import org.mtvkit.mtv.Shortcuts;
import org.mtvkit.orm.Database;
import org.mtvkit.orm.QuerySet;
import org.mtvkit.routing.Kwargs;
import org.mtvkit.views.generic.ListView;

// region: index-view
/** The five most recently published questions, newest first: part 4's {@code IndexView}. One query. */
public final class IndexView extends ListView<Question> {

    IndexView(Shortcuts shortcuts, Database db) {
        super(shortcuts, db, Question.class);
    }

    @Override
    protected String templateName() {
        return "polls/index.html";
    }

    @Override
    protected String contextObjectName() {
        return "latest_question_list";
    }

    /** Return the last five published questions (not including those set to be published in the future). */
    @Override
    protected QuerySet<Question> getQueryset(Request request, Kwargs kwargs) {
        return super.getQueryset(request, kwargs).filter("pubDate__lte", Instant.now()).orderBy("-pubDate").limit(5);
    }
}
// endregion
