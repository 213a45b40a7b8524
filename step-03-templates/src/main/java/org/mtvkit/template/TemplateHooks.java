package org.mtvkit.template;

import java.util.List;
import java.util.function.BiFunction;

/**
 * The three things a page needs from the web application, supplied by it, so that the template layer
 * depends on neither the router nor HTTP:
 * <ul>
 *   <li>{@code {% url 'polls:detail' question.id %}} calls {@link #url} (the app answers with its router's
 *   reverse());</li>
 *   <li>{@code {% static 'polls/style.css' %}} calls {@link #staticUrl};</li>
 *   <li>{@code {% csrf_token %}} reads the variable {@value #CSRF_TOKEN} that the app puts in the context.</li>
 * </ul>
 */
public interface TemplateHooks {

    /** The context variable holding the CSRF token. */
    String CSRF_TOKEN = "csrf_token";

    // region: csrf-input
    /**
     * The hidden form field {@code {% csrf_token %}} writes, in both engines and in the application's own
     * forms: the one place its markup is spelled out.
     */
    static SafeString csrfInput(String token) {
        return new SafeString("<input type=\"hidden\" name=\"csrfmiddlewaretoken\" value=\""
                + Escape.html(token) + "\">");
    }
    // endregion

    /** The path of a named route with its positional arguments. */
    String url(String routeName, List<Object> arguments);

    /** The URL of a static file, given its path under the static folder. */
    String staticUrl(String path);

    /**
     * Hooks from a reverse function and a static prefix.
     *
     * @param reverse route name and arguments to path
     * @param staticPrefix prepended to static paths, like {@code /static/}
     */
    static TemplateHooks of(BiFunction<String, List<Object>, String> reverse, String staticPrefix) {
        return new TemplateHooks() {
            @Override
            public String url(String routeName, List<Object> arguments) {
                return reverse.apply(routeName, arguments);
            }

            @Override
            public String staticUrl(String path) {
                return staticPrefix + path;
            }
        };
    }

    /** No router: {@code url} fails with a message saying to supply one; static files are under {@code /static/}. */
    static TemplateHooks none() {
        return of((name, arguments) -> {
            throw new IllegalStateException("no url hook is configured, so route '" + name + "' cannot be reversed:"
                    + " build the engine with .hooks(TemplateHooks.of(router::reverse, \"/static/\"))");
        }, "/static/");
    }
}
