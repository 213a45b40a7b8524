package org.mtvkit.contrib.auth;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.mtvkit.forms.FormData;
import org.mtvkit.http.Request;
import org.mtvkit.http.Response;
import org.mtvkit.mtv.Shortcuts;
import org.mtvkit.routing.Kwargs;
import org.mtvkit.views.generic.View;

/**
 * Django's {@code LoginView}: GET shows {@code registration/login.html} with an
 * {@link AuthenticationForm}; a POST that authenticates logs the user in and redirects to
 * {@code next} when that stays on this site, else to the default ({@code LOGIN_REDIRECT_URL}).
 */
public class LoginView extends View {

    private final Shortcuts shortcuts;
    private final Auth auth;
    private final String defaultRedirect;

    public LoginView(Shortcuts shortcuts, Auth auth, String defaultRedirect) {
        this.shortcuts = shortcuts;
        this.auth = auth;
        this.defaultRedirect = defaultRedirect;
    }

    protected String templateName() {
        return "registration/login.html";
    }

    @Override
    protected Response get(Request request, Kwargs kwargs) {
        return render(request, new AuthenticationForm(auth));
    }

    // region: login-post
    @Override
    protected Response post(Request request, Kwargs kwargs) {
        AuthenticationForm form = new AuthenticationForm(auth, formData(request));
        if (form.user().isEmpty()) {
            return render(request, form);
        }
        auth.login(request, form.user().get());
        return Response.redirect(safeNext(request).orElse(defaultRedirect));
    }
    // endregion

    private Response render(Request request, AuthenticationForm form) {
        Map<String, Object> context = new HashMap<>();
        context.put("form", form);
        context.put("next", safeNext(request).orElse(""));
        return shortcuts.render(request, templateName(), context);
    }

    /** {@code next} from the form or the query string, only if it stays on this site. */
    static java.util.Optional<String> safeNext(Request request) {
        String next = request.form().get("next").or(() -> request.query().get("next")).orElse("");
        Set<String> hosts = request.header("Host").map(Set::of).orElse(Set.of());
        return SafeRedirects.isSafe(next, hosts) ? java.util.Optional.of(next.strip()) : java.util.Optional.empty();
    }

    static FormData formData(Request request) {
        Map<String, java.util.List<String>> values = new java.util.LinkedHashMap<>();
        for (String name : request.form().names()) {
            values.put(name, request.form().getList(name));
        }
        return FormData.of(values);
    }
}
