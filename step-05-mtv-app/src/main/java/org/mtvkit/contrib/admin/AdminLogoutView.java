package org.mtvkit.contrib.admin;

import java.util.Map;
import org.mtvkit.http.Request;
import org.mtvkit.http.Response;
import org.mtvkit.routing.Kwargs;
import org.mtvkit.routing.View;

/** Logs out (a POST, so that no link on another site can do it) and says so. */
final class AdminLogoutView implements View {

    private final Pages pages;

    AdminLogoutView(Pages pages) {
        this.pages = pages;
    }

    @Override
    public Response handle(Request request, Kwargs kwargs) {
        pages.auth.logout(request);
        return pages.render(request, "admin/logged_out.html", Map.of("title", "Logged out",
                "login_url", pages.url("login")));
    }
}
