package org.mtvkit.contrib.auth;

import org.mtvkit.http.Request;
import org.mtvkit.http.Response;
import org.mtvkit.routing.Kwargs;
import org.mtvkit.views.generic.View;

/**
 * Django's {@code LogoutView}: logs out and redirects to {@code next} (on this site) or the default.
 * POST only: a logout by GET could be triggered by any page that embeds the URL in an image (Django
 * 3.2 still accepted GET, and 5.0 stopped).
 */
public class LogoutView extends View {

    private final Auth auth;
    private final String defaultRedirect;

    public LogoutView(Auth auth, String defaultRedirect) {
        this.auth = auth;
        this.defaultRedirect = defaultRedirect;
    }

    @Override
    protected Response post(Request request, Kwargs kwargs) {
        auth.logout(request);
        return Response.redirect(LoginView.safeNext(request).orElse(defaultRedirect));
    }
}
