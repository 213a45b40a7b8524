package org.mtvkit.contrib.admin;

import static org.mtvkit.routing.Urls.path;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mtvkit.mtv.Shortcuts;
import org.mtvkit.orm.Database;
import org.mtvkit.routing.UrlEntry;

/**
 * Django's {@code AdminSite}: the registry of models the admin manages, the site's titles, and the
 * URL patterns of every admin page. A project makes one, registers its apps' models, and mounts it:
 *
 * <pre>{@code
 * AdminSite site = new AdminSite().siteHeader("Polls administration");
 * site.register(Question.class, new QuestionAdmin());
 * include("admin/", AdminSite.APP_NAME, site.urls(db, shortcuts))
 * }</pre>
 *
 * The pages need the session middleware around the project, and the models {@link LogEntry},
 * {@code User} and {@code StoredSession} registered with it.
 */
public final class AdminSite {

    /** The URL namespace: pages are reversed as {@code admin:index}, {@code admin:polls_question_change}. */
    public static final String APP_NAME = "admin";

    private final Map<Class<?>, ModelAdmin<?>> registry = new LinkedHashMap<>();
    private String siteHeader = "MTV kit administration";
    private String siteTitle = "MTV kit site admin";
    private String indexTitle = "Site administration";

    // region: register
    /** Registers a model with the admin that shows it; a model can be registered once. */
    public <T> AdminSite register(Class<T> model, ModelAdmin<T> admin) {
        if (registry.containsKey(model)) {
            throw new IllegalArgumentException("The model " + model.getSimpleName() + " is already registered with"
                    + " the admin; register each model once (AlreadyRegistered in Django)");
        }
        if (admin.model() != model) {
            throw new IllegalArgumentException("register(" + model.getSimpleName() + ".class, ...) was given a"
                    + " ModelAdmin for " + admin.model().getSimpleName() + "; give it one made for " + model.getSimpleName());
        }
        registry.put(model, admin);
        return this;
    }
    // endregion

    /** Registers a model with Django's default options. */
    public <T> AdminSite register(Class<T> model) {
        return register(model, new ModelAdmin<>(model));
    }

    public boolean isRegistered(Class<?> model) {
        return registry.containsKey(model);
    }

    /** The text at the top of every page, Django's {@code site_header}. */
    public AdminSite siteHeader(String header) {
        this.siteHeader = header;
        return this;
    }

    /** The end of every page's {@code <title>}, Django's {@code site_title}. */
    public AdminSite siteTitle(String title) {
        this.siteTitle = title;
        return this;
    }

    /** The index page's heading, Django's {@code index_title}. */
    public AdminSite indexTitle(String title) {
        this.indexTitle = title;
        return this;
    }

    String siteHeader() {
        return siteHeader;
    }

    String siteTitle() {
        return siteTitle;
    }

    String indexTitle() {
        return indexTitle;
    }

    List<ModelAdmin<?>> admins() {
        return List.copyOf(registry.values());
    }

    // region: urls
    /**
     * The admin's URL patterns, to include under {@code admin/} with the namespace {@link #APP_NAME}.
     * Every registered model is checked here, against the models the database knows.
     */
    public List<UrlEntry> urls(Database db, Shortcuts shortcuts) {
        for (Class<?> required : List.of(LogEntry.class, org.mtvkit.contrib.auth.User.class)) {
            if (!db.models().contains(required)) {
                throw new IllegalStateException("The admin needs the model " + required.getSimpleName() + " in the project:"
                        + " add .app(\"" + ModelFields.appLabel(required) + "\", " + required.getSimpleName() + ".class)");
            }
        }
        registry.values().forEach(admin -> admin.check(db.models()));
        Pages pages = new Pages(this, db, shortcuts);
        List<UrlEntry> urls = new ArrayList<>();
        urls.add(path("", new IndexView(pages), "index").allow("GET"));
        urls.add(path("login/", new AdminLoginView(pages), "login").allow("GET", "POST"));
        urls.add(path("logout/", new AdminLogoutView(pages), "logout").allow("POST"));
        for (ModelAdmin<?> admin : registry.values()) {
            urls.addAll(modelUrls(pages, admin));
        }
        return urls;
    }

    private static <T> List<UrlEntry> modelUrls(Pages pages, ModelAdmin<T> admin) {
        String prefix = ModelFields.appLabel(admin.model()) + "/" + ModelFields.modelName(admin.model()) + "/";
        String name = Pages.urlName(admin.model(), "");
        return List.of(
                path(prefix, pages.staffOnly(new ChangeListView<>(pages, admin)), name + "changelist").allow("GET", "POST"),
                path(prefix + "add/", pages.staffOnly(new ChangeFormView<>(pages, admin, false)), name + "add").allow("GET", "POST"),
                path(prefix + "<str:object_id>/change/", pages.staffOnly(new ChangeFormView<>(pages, admin, true)), name + "change")
                        .allow("GET", "POST"),
                path(prefix + "<str:object_id>/delete/", pages.staffOnly(new DeleteConfirmationView<>(pages, admin)), name + "delete")
                        .allow("GET", "POST"));
    }
    // endregion
}
