package org.mtvkit.contrib.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import mysite.polls.models.Choice;
import mysite.polls.models.Question;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mtvkit.orm.Database;

/** The registry and its checks at start-up, the site's titles, and the project's template overriding the admin's. */
class AdminSiteTest {

    @Test
    @DisplayName("the site header, title and index title are settings of the site, shown on every page")
    void titlesAreSettings() throws Exception {
        AdminSite site = new AdminSite().siteHeader("Polls Administration").siteTitle("Polls site admin")
                .indexTitle("Polls back office");
        try (AdminTestSite server = new AdminTestSite(site).loggedIn()) {
            String index = server.get("/admin/").body();
            assertTrue(index.contains(">Polls Administration</a></h1>"));
            assertTrue(index.contains("<title>Polls back office | Polls site admin</title>"));
            assertTrue(index.contains("<h1>Polls back office</h1>"));
        }
    }

    @Test
    @DisplayName("the project's templates/admin/base_site.html overrides the admin's own, as part 7 does")
    void projectTemplateOverridesTheAdmins() throws Exception {
        try (AdminTestSite server = new AdminTestSite()) {
            assertTrue(server.get("/admin/login/").body().contains("class=\"project-branding\""));
        }
    }

    @Test
    @DisplayName("the admin's stylesheet is served by the project's static files, from no other site")
    void cssIsServedLocally() throws Exception {
        try (AdminTestSite server = new AdminTestSite()) {
            String login = server.get("/admin/login/").body();
            assertTrue(login.contains("href=\"/static/admin/css/admin.css\""));
            assertTrue(!login.contains("http://") && !login.contains("https://") && !login.contains("<script"));
            assertEquals(200, server.get("/static/admin/css/admin.css").statusCode());
        }
    }

    @Test
    @DisplayName("registering a model twice fails, naming it")
    void registeringTwiceFails() {
        AdminSite site = new AdminSite().register(Question.class);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> site.register(Question.class));
        assertEquals("The model Question is already registered with the admin; register each model once"
                + " (AlreadyRegistered in Django)", e.getMessage());
    }

    @Test
    @DisplayName("a listDisplay name that is neither a field nor a display column fails at start-up, listing the fields")
    void unknownListDisplayFails() {
        AdminSite site = new AdminSite().register(Question.class, new ModelAdmin<>(Question.class).listDisplay("text"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> urls(site));
        assertEquals("ModelAdmin for Question: listDisplay names 'text', which is neither a field of the model"
                + " [questionText, pubDate] nor a display(Display.of(\"text\", ...)) column", e.getMessage());
    }

    @Test
    @DisplayName("a listFilter on a text field fails at start-up, saying what can be filtered")
    void listFilterOnTextFails() {
        AdminSite site = new AdminSite().register(Question.class, new ModelAdmin<>(Question.class).listFilter("questionText"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> urls(site));
        assertEquals("ModelAdmin for Question: listFilter 'questionText' is a String; the admin filters booleans, dates"
                + " and foreign keys", e.getMessage());
    }

    @Test
    @DisplayName("a form field that is not an editable field fails at start-up")
    void unknownFormFieldFails() {
        AdminSite site = new AdminSite().register(Question.class, new ModelAdmin<>(Question.class).fields("id"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> urls(site));
        assertEquals("ModelAdmin for Question: the form names 'id', which is not an editable field; the editable fields"
                + " are [questionText, pubDate]", e.getMessage());
    }

    @Test
    @DisplayName("an inline whose model has no foreign key to the parent fails at start-up")
    void inlineWithoutForeignKeyFails() {
        AdminSite site = new AdminSite().register(Choice.class,
                new ModelAdmin<>(Choice.class).inlines(new TabularInline<>(Question.class)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> urls(site));
        assertEquals("TabularInline: Question has no foreign key to Choice; an inline needs one", e.getMessage());
    }

    @Test
    @DisplayName("a project without the LogEntry model is told how to add it")
    void missingLogEntryModel() {
        try (Database db = Database.inMemory()) {
            db.register(Question.class, Choice.class);
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> new AdminSite().urls(db, null));
            assertEquals("The admin needs the model LogEntry in the project: add .app(\"admin\", LogEntry.class)",
                    e.getMessage());
        }
    }

    @Test
    @DisplayName("the app label comes from the model's package, as Django takes it from the app")
    void appLabels() {
        assertEquals("polls", ModelFields.appLabel(Question.class));
        assertEquals("auth", ModelFields.appLabel(org.mtvkit.contrib.auth.User.class));
        assertEquals("admin", ModelFields.appLabel(LogEntry.class));
    }

    private static void urls(AdminSite site) {
        try (Database db = Database.inMemory()) {
            db.register(Question.class, Choice.class, org.mtvkit.contrib.auth.User.class, LogEntry.class);
            site.urls(db, null);
        }
    }
}
