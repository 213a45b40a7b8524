package mysite.polls;

import static org.mtvkit.routing.Urls.include;
import static org.mtvkit.routing.Urls.path;

import java.util.List;
import mysite.Site;
import mysite.polls.views.FunctionViews;
import org.mtvkit.http.Response;
import org.mtvkit.routing.UrlEntry;

/**
 * The part 3 version of the views (one function each) passes the same contract as the generic views
 * of part 4: the refactoring changed no behaviour a visitor can see.
 */
class PollsWithFunctionViewsTest extends PollsViewsContract {

    @Override
    String engine() {
        return "django";
    }

    @Override
    Site startSite() {
        return Site.start(engine(), false, (db, shortcuts) -> {
            FunctionViews views = new FunctionViews(db, shortcuts);
            List<UrlEntry> polls = List.of(
                    path("", views::index, "index"),
                    path("<int:question_id>/", views::detail, "detail"),
                    path("<int:question_id>/results/", views::results, "results"),
                    path("<int:question_id>/vote/", views::vote, "vote").allow("POST"));
            return List.of(path("", request -> Response.redirect(shortcuts.reverse("polls:index")), "home"),
                    include("polls/", "polls", polls));
        });
    }
}
