package org.mtvkit.contrib.auth;

import static org.mtvkit.routing.Urls.path;

import java.util.List;
import org.mtvkit.mtv.Shortcuts;
import org.mtvkit.orm.Database;
import org.mtvkit.routing.UrlEntry;

/**
 * Django's {@code django.contrib.auth.urls}: the login and logout routes, named {@code login} and
 * {@code logout}, for a project to include under a prefix:
 * {@code include("accounts/", AuthUrls.urlpatterns(db, shortcuts, "/"))}.
 */
public final class AuthUrls {

    private AuthUrls() {
    }

    /** @param afterLogin where a login without a {@code next} goes, Django's {@code LOGIN_REDIRECT_URL}; logout goes there too */
    public static List<UrlEntry> urlpatterns(Database db, Shortcuts shortcuts, String afterLogin) {
        Auth auth = new Auth(db);
        return List.of(
                path("login/", new LoginView(shortcuts, auth, afterLogin), "login"),
                path("logout/", new LogoutView(auth, afterLogin), "logout"));
    }
}
