package org.mtvkit.routing;

import org.mtvkit.http.Request;
import org.mtvkit.http.Response;

/**
 * What a URL pattern points at: Django's view function, with the parameters the pattern captured
 * passed as typed keyword arguments.
 *
 * <pre>{@code
 * View detail = (request, kwargs) -> Response.text("question " + kwargs.intValue("question_id"));
 * }</pre>
 *
 * A plain {@link org.mtvkit.http.Handler} can be a view too: see {@link Urls#path(String, org.mtvkit.http.Handler, String)}.
 */
@FunctionalInterface
public interface View {
    Response handle(Request request, Kwargs kwargs) throws Exception;
}
