package mysite;

import static org.mtvkit.routing.Urls.include;
import static org.mtvkit.routing.Urls.path;

import java.util.List;
import mysite.polls.admin.PollsAdmin;
import mysite.polls.urls.PollsUrls;
import mysite.polls.views.PollsViews;
import org.mtvkit.contrib.admin.AdminSite;
import org.mtvkit.contrib.auth.AuthUrls;
import org.mtvkit.http.Response;
import org.mtvkit.mtv.Shortcuts;
import org.mtvkit.orm.Database;
import org.mtvkit.routing.UrlEntry;

/** The project's root URLconf: Django's {@code mysite/urls.py}. */
public final class RootUrls {

    private RootUrls() {
    }

    // region: root-urls
    public static List<UrlEntry> urlpatterns(Database db, Shortcuts shortcuts) {
        PollsViews polls = new PollsViews(db, shortcuts);
        return List.of(
                path("", request -> Response.redirect(shortcuts.reverse("polls:index")), "home"),
                include("polls/", PollsUrls.APP_NAME, PollsUrls.urlpatterns(polls)),
                include("accounts/", AuthUrls.urlpatterns(db, shortcuts, "/")),
                include("admin/", AdminSite.APP_NAME, PollsAdmin.register(new AdminSite().siteHeader("Polls Administration"))
                        .urls(db, shortcuts)));
    }
    // endregion
}
