package org.mtvkit.contrib.admin;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mtvkit.contrib.auth.AuthenticationForm;
import org.mtvkit.contrib.auth.SafeRedirects;
import org.mtvkit.contrib.auth.User;
import org.mtvkit.http.Request;
import org.mtvkit.http.Response;
import org.mtvkit.routing.Kwargs;
import org.mtvkit.routing.View;

/**
 * The admin's login page, Django's {@code AdminSite.login}: the auth app's form, but only an active
 * staff user gets in, and the message for anyone else says so without telling which part was wrong.
 */
final class AdminLoginView implements View {

    static final String NOT_STAFF = "Please enter the correct username and password for a staff account."
            + " Note that both fields may be case-sensitive.";

    private final Pages pages;

    AdminLoginView(Pages pages) {
        this.pages = pages;
    }

    @Override
    public Response handle(Request request, Kwargs kwargs) {
        if (request.method().equals("POST")) {
            AuthenticationForm form = new AuthenticationForm(pages.auth, Pages.formData(request));
            Optional<User> user = form.user().filter(User::isStaff);
            if (user.isPresent()) {
                pages.auth.login(request, user.get());
                return Response.redirect(next(request).orElse(pages.url("index")));
            }
            // A wrong password and a user who is not staff get the same words, so neither is revealed.
            return render(request, form, !form.nonFieldErrors().isEmpty() || form.user().isPresent() ? NOT_STAFF : "");
        }
        if (pages.auth.user(request).filter(User::isStaff).isPresent()) {
            return Response.redirect(next(request).orElse(pages.url("index")));
        }
        return render(request, new AuthenticationForm(pages.auth), "");
    }

    private Response render(Request request, AuthenticationForm form, String error) {
        Map<String, Object> context = new HashMap<>();
        context.put("title", "Log in");
        context.put("form", form);
        context.put("error", error);
        context.put("next", next(request).orElse(""));
        context.put("action", pages.url("login"));
        return pages.render(request, "admin/login.html", context);
    }

    /** {@code next} from the form or the address, only when it stays on this site (no open redirect). */
    private static Optional<String> next(Request request) {
        String next = request.form().get("next").or(() -> request.query().get("next")).orElse("").strip();
        Set<String> hosts = request.header("Host").map(Set::of).orElse(Set.of());
        return !next.isEmpty() && SafeRedirects.isSafe(next, hosts) ? Optional.of(next) : Optional.empty();
    }
}
