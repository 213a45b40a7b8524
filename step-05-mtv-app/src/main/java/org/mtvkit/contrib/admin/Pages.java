package org.mtvkit.contrib.admin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mtvkit.contrib.auth.Auth;
import org.mtvkit.contrib.auth.User;
import org.mtvkit.contrib.messages.Messages;
import org.mtvkit.forms.FormData;
import org.mtvkit.http.HttpException;
import org.mtvkit.http.Request;
import org.mtvkit.http.Response;
import org.mtvkit.mtv.Csrf;
import org.mtvkit.mtv.Shortcuts;
import org.mtvkit.orm.Database;
import org.mtvkit.routing.View;
import org.mtvkit.template.ClasspathLoader;
import org.mtvkit.template.Engine;
import org.mtvkit.template.TemplateHooks;

/** What every admin page shares: the site, the database, the user, the templates and the log. */
final class Pages {

    /** Where the admin's own templates live; the project's {@code templates/} folder is asked first. */
    static final String TEMPLATES = "org/mtvkit/contrib/admin/templates";
    private static final String USER = "admin.user";

    final AdminSite site;
    final Database db;
    final Auth auth;
    private final Shortcuts shortcuts;
    private final Engine engine;

    Pages(AdminSite site, Database db, Shortcuts shortcuts) {
        this.site = site;
        this.db = db;
        this.auth = new Auth(db);
        this.shortcuts = shortcuts;
        // region: admin-templates
        // As Django's app-directories loader: a project's templates/admin/base_site.html wins over the admin's.
        this.engine = Engine.builder()
                .classpath("templates")
                .loader(new ClasspathLoader(TEMPLATES, Pages.class.getClassLoader()))
                .hooks(TemplateHooks.of((name, args) -> shortcuts.reverse(name, args.toArray()), "/static/"))
                .build();
        // endregion
    }

    // region: staff-only
    /** Lets only an active staff user through; anyone else is sent to the admin's login with {@code next}. */
    View staffOnly(View view) {
        return (request, kwargs) -> {
            Optional<User> user = auth.user(request).filter(User::isStaff);
            if (user.isEmpty()) {
                return Response.redirect(url("login") + "?next=" + quote(request.fullPath()));
            }
            return view.handle(request.withAttribute(USER, user.get()), kwargs);
        };
    }
    // endregion

    User user(Request request) {
        return request.attribute(USER, User.class).orElseThrow(() -> new IllegalStateException(
                "an admin page was reached without the staff check: wrap its view with staffOnly"));
    }

    /** The path of an admin page: {@code url("index")}, {@code url("polls_question_change", 5)}. */
    String url(String name, Object... args) {
        return shortcuts.reverse(AdminSite.APP_NAME + ":" + name, args);
    }

    static String urlName(Class<?> model, String page) {
        return ModelFields.appLabel(model) + "_" + ModelFields.modelName(model) + "_" + page;
    }

    Response render(Request request, String template, Map<String, ?> context) {
        Map<String, Object> full = new HashMap<>(context);
        full.put("site_header", site.siteHeader());
        full.put("site_title", site.siteTitle());
        full.put("index_url", url("index"));
        full.put("logout_url", url("logout"));
        full.putIfAbsent("title", "");
        request.attribute(USER, User.class).ifPresent(u -> full.put("user", u));
        full.putIfAbsent("user", "");
        request.attribute(Csrf.ATTRIBUTE, Csrf.Token.class).ifPresent(token -> full.put(TemplateHooks.CSRF_TOKEN, token));
        full.put("messages", Messages.get(request));
        full.put("request", Map.of("path", request.path(), "method", request.method()));
        return Response.html(engine.render(template, full));
    }

    /** The models the admin manages, grouped by app, as the index lists them. */
    List<Map<String, Object>> appList() {
        Map<String, List<Map<String, Object>>> apps = new LinkedHashMap<>();
        for (ModelAdmin<?> admin : site.admins()) {
            Class<?> model = admin.model();
            apps.computeIfAbsent(ModelFields.appLabel(model), k -> new ArrayList<>()).add(Map.of(
                    "name", capitalize(ModelFields.verboseNamePlural(model)),
                    "changelist_url", url(urlName(model, "changelist")),
                    "add_url", url(urlName(model, "add"))));
        }
        List<Map<String, Object>> list = new ArrayList<>();
        apps.forEach((label, models) -> list.add(Map.of("name", capitalize(label), "label", label, "models", models)));
        return list;
    }

    /** Records one action for "Recent actions"; written in the action's own transaction. */
    void log(Request request, Object object, int flag, String message) {
        db.save(new LogEntry(user(request), contentType(object.getClass()), String.valueOf(ModelFields.pk(object)),
                String.valueOf(object), flag, message));
    }

    static String contentType(Class<?> model) {
        return ModelFields.appLabel(model) + "." + ModelFields.modelName(model);
    }

    /** A request's form as the forms package reads it: every name with all its values. */
    static FormData formData(Request request) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String name : request.form().names()) {
            values.put(name, request.form().getList(name));
        }
        return FormData.of(values);
    }

    /** The key in a URL as the model's key type: a text that is not a number is no object (404), never a 500. */
    static long parseKey(String text, Class<?> model) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw HttpException.notFound(capitalize(ModelFields.verboseName(model)) + " with ID \"" + text
                    + "\" doesn't exist. Perhaps it was deleted?");
        }
    }

    static <T> T getOr404(Database db, Class<T> model, String id) {
        long key = parseKey(id, model);
        return db.objects(model).filter(ModelFields.primaryKey(model).getName(), key).first()
                .orElseThrow(() -> HttpException.notFound(capitalize(ModelFields.verboseName(model)) + " with ID \""
                        + id + "\" doesn't exist. Perhaps it was deleted?"));
    }

    static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String quote(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("%2F", "/");
    }
}
