package org.mtvkit.views.generic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mtvkit.routing.Urls.path;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mtvkit.forms.ModelForm;
import org.mtvkit.http.Request;
import org.mtvkit.mtv.Shortcuts;
import org.mtvkit.orm.Database;
import org.mtvkit.routing.Kwargs;
import testsite.TestSite;
import testsite.blog.models.Article;
import testsite.blog.models.Author;

/** CreateView, UpdateView and DeleteView over real HTTP, CSRF token and all, on a real H2. */
class EditingViewsTest {

    static final List<String> FIELDS = List.of("title", "slug", "author", "views", "published", "price", "pubDate");

    static final class NewArticle extends CreateView<Article> {
        NewArticle(Shortcuts shortcuts, Database db) {
            super(shortcuts, db, Article.class, FIELDS);
        }

        @Override
        protected String successUrl(Request request, Kwargs kwargs, ModelForm<Article> form) {
            return "/done/";
        }
    }

    static final class EditArticle extends UpdateView<Article> {
        EditArticle(Shortcuts shortcuts, Database db) {
            super(shortcuts, db, Article.class, List.of("title", "slug"));
        }

        @Override
        protected String successUrl(Request request, Kwargs kwargs, ModelForm<Article> form) {
            return "/done/";
        }
    }

    static final class DropArticle extends DeleteView<Article> {
        DropArticle(Shortcuts shortcuts, Database db) {
            super(shortcuts, db, Article.class);
        }

        @Override
        protected String successUrl(Request request, Kwargs kwargs, Article deleted) {
            return "/done/";
        }
    }

    TestSite site;
    Author ada;

    @BeforeEach
    void start() {
        site = TestSite.start((db, shortcuts) -> List.of(
                path("new/", new NewArticle(shortcuts, db), "new"),
                path("<int:pk>/edit/", new EditArticle(shortcuts, db), "edit"),
                path("<int:pk>/delete/", new DropArticle(shortcuts, db), "delete")));
        ada = site.db.save(new Author("Ada"));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private List<Article> articles() {
        return site.db.objects(Article.class).orderBy("id").list();
    }

    @Test
    @DisplayName("CreateView: GET shows the ModelForm derived from the model, the foreign key as a select")
    void createShowsForm() throws Exception {
        String page = site.get("/new/").body();
        assertTrue(page.contains("<input type=\"text\" name=\"title\" maxlength=\"100\" required id=\"id_title\">"), page);
        assertTrue(page.contains("<select name=\"author\" required id=\"id_author\">\n  <option value=\"\">---------</option>\n"
                + "\n  <option value=\"" + ada.getId() + "\">Ada</option>"), page);
        assertTrue(page.contains("<input type=\"number\" name=\"views\" min=\"-2147483648\" max=\"2147483647\" required id=\"id_views\">"), page);
        assertTrue(page.contains("<input type=\"checkbox\" name=\"published\" id=\"id_published\">"), page);
        assertTrue(page.contains("<input type=\"number\" name=\"price\" step=\"0.01\" id=\"id_price\">"), page);
        assertTrue(page.contains("<label for=\"id_pubDate\">Pub date:</label> <input type=\"text\" name=\"pubDate\" id=\"id_pubDate\">"), page);
    }

    @Test
    @DisplayName("CreateView: a valid POST saves the object with every type converted, and redirects")
    void createSaves() throws Exception {
        HttpResponse<String> response = site.submit("/new/", "/new/", Map.of("title", "Hello", "slug", "hello",
                "author", String.valueOf(ada.getId()), "views", "12", "published", "on", "price", "9.50", "pubDate", "2024-02-29"));
        assertEquals(302, response.statusCode(), response.body());
        assertEquals("/done/", response.headers().firstValue("Location").orElseThrow());
        Article saved = articles().get(0);
        assertEquals("Hello", saved.getTitle());
        assertEquals(ada.getId(), saved.getAuthor().getId());
        assertEquals(12, saved.getViews());
        assertTrue(saved.isPublished());
        assertEquals(new java.math.BigDecimal("9.50"), saved.getPrice());
        assertEquals(java.time.LocalDate.of(2024, 2, 29), saved.getPubDate());
    }

    @Test
    @DisplayName("CreateView: an invalid POST shows the form again with its errors and what was typed, escaped; nothing saved")
    void createInvalid() throws Exception {
        HttpResponse<String> response = site.submit("/new/", "/new/", Map.of("title", "<script>x</script>", "slug", "s",
                "author", "999", "views", "many", "price", "1.234"));
        assertEquals(200, response.statusCode());
        String page = response.body();
        assertTrue(page.contains("value=\"&lt;script&gt;x&lt;/script&gt;\""), page);
        assertFalse(page.contains("<script>x"), page);
        assertTrue(page.contains("<li>Select a valid choice. That choice is not one of the available choices.</li>"), page);
        assertTrue(page.contains("<li>Enter a whole number.</li>"), page);
        assertTrue(page.contains("<li>Ensure that there are no more than 2 decimal places.</li>"), page);
        assertEquals(List.of(), articles());
    }

    @Test
    @DisplayName("CreateView: a value already taken in a unique column is a form error, as Django's validate_unique")
    void createUnique() throws Exception {
        site.db.save(new Article("First", "taken", ada));
        HttpResponse<String> response = site.submit("/new/", "/new/", Map.of("title", "Second", "slug", "taken",
                "author", String.valueOf(ada.getId()), "views", "0"));
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("<li>Article with this Slug already exists.</li>"), response.body());
        assertEquals(1, articles().size());
    }

    @Test
    @DisplayName("UpdateView: GET shows the object's values; POST changes only the form's fields")
    void update() throws Exception {
        Article article = site.db.save(new Article("Old", "old", ada));
        site.db.objects(Article.class).filter("id", article.getId()).update("views", 5);
        String edit = "/" + article.getId() + "/edit/";
        assertTrue(site.get(edit).body().contains("name=\"title\" value=\"Old\""));
        HttpResponse<String> response = site.submit(edit, edit, Map.of("title", "New", "slug", "old"));
        assertEquals(302, response.statusCode(), response.body());
        Article changed = articles().get(0);
        assertEquals("New", changed.getTitle());
        assertEquals(5, changed.getViews());
        assertEquals(ada.getId(), changed.getAuthor().getId());
        assertEquals(404, site.get("/999/edit/").statusCode());
    }

    @Test
    @DisplayName("DeleteView: GET asks for confirmation and deletes nothing; POST deletes and redirects")
    void delete() throws Exception {
        Article article = site.db.save(new Article("Doomed", "doomed", ada));
        String url = "/" + article.getId() + "/delete/";
        HttpResponse<String> confirm = site.get(url);
        assertTrue(confirm.body().contains("Delete \"Doomed\"?"), confirm.body());
        assertEquals(1, articles().size());
        HttpResponse<String> response = site.submit(url, url, Map.of());
        assertEquals(302, response.statusCode());
        assertEquals(List.of(), articles());
        assertEquals(404, site.get(url).statusCode());
    }
}
