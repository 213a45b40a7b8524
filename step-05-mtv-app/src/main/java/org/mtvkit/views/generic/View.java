package org.mtvkit.views.generic;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import org.mtvkit.http.Request;
import org.mtvkit.http.Response;
import org.mtvkit.routing.Kwargs;
import org.mtvkit.routing.MethodNotAllowed;

/**
 * Django's {@code django.views.generic.View}: one method per HTTP method. A subclass overrides the
 * methods it answers ({@link #get}, {@link #post}, ...); HEAD is answered by {@code get}, OPTIONS by
 * the list of methods, and any other method gets 405 with an {@code Allow} header naming the methods
 * this view does answer.
 *
 * <p>Unlike Django, which makes a new view object for every request ({@code as_view()}), one Java
 * instance serves every request, from many threads at once: a view keeps its configuration in
 * fields set by its constructor, and everything about one request in local variables and arguments.
 */
public abstract class View implements org.mtvkit.routing.View {

    /** In Django's order ({@code http_method_names}): the order of the {@code Allow} header. */
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");

    private final List<String> allowed;

    protected View() {
        this.allowed = allowedMethods(getClass());
    }

    // region: dispatch
    @Override
    public final Response handle(Request request, Kwargs kwargs) throws Exception {
        if (!allowed.contains(request.method())) {
            return httpMethodNotAllowed(request);
        }
        return switch (request.method()) {
            case "GET", "HEAD" -> get(request, kwargs);       // the servlet adapter drops a HEAD's body
            case "POST" -> post(request, kwargs);
            case "PUT" -> put(request, kwargs);
            case "PATCH" -> patch(request, kwargs);
            case "DELETE" -> delete(request, kwargs);
            default -> options(request, kwargs);
        };
    }
    // endregion

    /** The methods this view answers, in the order of the {@code Allow} header: {@code [GET, HEAD, OPTIONS]}. */
    public final List<String> allowedMethods() {
        return allowed;
    }

    protected Response get(Request request, Kwargs kwargs) throws Exception {
        return httpMethodNotAllowed(request);
    }

    protected Response post(Request request, Kwargs kwargs) throws Exception {
        return httpMethodNotAllowed(request);
    }

    protected Response put(Request request, Kwargs kwargs) throws Exception {
        return httpMethodNotAllowed(request);
    }

    protected Response patch(Request request, Kwargs kwargs) throws Exception {
        return httpMethodNotAllowed(request);
    }

    protected Response delete(Request request, Kwargs kwargs) throws Exception {
        return httpMethodNotAllowed(request);
    }

    /** Django's answer to OPTIONS: 200, no body, and the {@code Allow} header. */
    protected Response options(Request request, Kwargs kwargs) {
        return Response.status(200).withHeader("Allow", String.join(", ", allowed));
    }

    /** Django's {@code http_method_not_allowed}: raised, so that the error seam renders the 405 with its {@code Allow}. */
    private Response httpMethodNotAllowed(Request request) {
        throw new MethodNotAllowed(request.method(), new LinkedHashSet<>(allowed));
    }

    // region: allowed-methods
    /**
     * Django asks {@code hasattr(self, 'post')}; Java asks whether the class, or a class between it and
     * this one, overrides the method. HEAD comes with GET, and OPTIONS is always answered.
     */
    private static List<String> allowedMethods(Class<?> type) {
        List<String> found = new ArrayList<>();
        for (String method : METHODS) {
            boolean answered = switch (method) {
                case "HEAD" -> found.contains("GET");
                case "OPTIONS" -> true;
                default -> overrides(type, method.toLowerCase(java.util.Locale.ROOT));
            };
            if (answered) {
                found.add(method);
            }
        }
        return Collections.unmodifiableList(found);
    }

    private static boolean overrides(Class<?> type, String name) {
        for (Class<?> c = type; c != View.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals(name) && m.getParameterCount() == 2
                        && m.getParameterTypes()[0] == Request.class && m.getParameterTypes()[1] == Kwargs.class) {
                    return true;
                }
            }
        }
        return false;
    }
    // endregion
}
