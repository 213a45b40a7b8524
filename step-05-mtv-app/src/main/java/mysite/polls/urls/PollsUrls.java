package mysite.polls.urls;

import static org.mtvkit.routing.Urls.path;

import java.util.List;
import mysite.polls.views.PollsViews;
import org.mtvkit.routing.UrlEntry;

/** The polls app's URLconf: Django's {@code polls/urls.py}, one pattern per view. */
public final class PollsUrls {

    /** The application namespace: route names are used as {@code polls:detail}. */
    public static final String APP_NAME = "polls";

    private PollsUrls() {
    }

    // region: polls-urls
    public static List<UrlEntry> urlpatterns(PollsViews views) {
        return List.of(
                path("", views.index(), "index"),                                // ex: /polls/
                path("<int:pk>/", views.detail(), "detail"),                    // ex: /polls/5/
                path("<int:pk>/results/", views.results(), "results"),          // ex: /polls/5/results/
                path("<int:question_id>/vote/", views::vote, "vote").allow("POST"));
    }
    // endregion
}
