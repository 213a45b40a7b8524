package org.mtvkit.views.generic;

import java.util.Optional;
import org.mtvkit.http.Request;
import org.mtvkit.http.Response;
import org.mtvkit.mtv.Shortcuts;
import org.mtvkit.routing.Kwargs;

/**
 * Django's {@code RedirectView}: answers every method with a redirect, to a fixed URL or to a named
 * route reversed with the URL's keyword arguments. Temporary (302) unless made permanent (301), as
 * in Django 3.2; the query string is dropped unless asked for.
 */
public class RedirectView extends View {

    private final Optional<String> url;
    private final Optional<String> patternName;
    private final Optional<Shortcuts> shortcuts;
    private final boolean permanent;
    private final boolean queryString;

    private RedirectView(Optional<String> url, Optional<String> patternName, Optional<Shortcuts> shortcuts,
                         boolean permanent, boolean queryString) {
        this.url = url;
        this.patternName = patternName;
        this.shortcuts = shortcuts;
        this.permanent = permanent;
        this.queryString = queryString;
    }

    /** A redirect to a fixed URL. */
    public static RedirectView to(String url) {
        return new RedirectView(Optional.of(url), Optional.empty(), Optional.empty(), false, false);
    }

    /** A redirect to a named route ({@code "polls:index"}), filled with the request's keyword arguments. */
    public static RedirectView toRoute(Shortcuts shortcuts, String patternName) {
        return new RedirectView(Optional.empty(), Optional.of(patternName), Optional.of(shortcuts), false, false);
    }

    /** The same redirect as a 301, which browsers remember. */
    public RedirectView permanent() {
        return new RedirectView(url, patternName, shortcuts, true, queryString);
    }

    /** The same redirect, keeping the request's query string. */
    public RedirectView keepingQueryString() {
        return new RedirectView(url, patternName, shortcuts, permanent, true);
    }

    /** Django's {@code get_redirect_url}: where to go; empty answers 410 Gone. */
    protected Optional<String> getRedirectUrl(Request request, Kwargs kwargs) {
        Optional<String> target = url.isPresent() ? url
                : patternName.map(name -> shortcuts.orElseThrow().reverse(name, kwargs.asMap().values().toArray()));
        return target.map(t -> queryString && !request.queryString().isEmpty() ? t + "?" + request.queryString() : t);
    }

    // region: redirect
    @Override
    protected Response get(Request request, Kwargs kwargs) {
        return getRedirectUrl(request, kwargs)
                .map(target -> permanent ? Response.permanentRedirect(target) : Response.redirect(target))
                .orElseGet(() -> Response.status(410));
    }
    // endregion

    @Override
    protected Response post(Request request, Kwargs kwargs) {
        return get(request, kwargs);
    }

    @Override
    protected Response put(Request request, Kwargs kwargs) {
        return get(request, kwargs);
    }

    @Override
    protected Response patch(Request request, Kwargs kwargs) {
        return get(request, kwargs);
    }

    @Override
    protected Response delete(Request request, Kwargs kwargs) {
        return get(request, kwargs);
    }
}
