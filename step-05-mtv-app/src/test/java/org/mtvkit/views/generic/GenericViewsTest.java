package org.mtvkit.views.generic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mtvkit.routing.Urls.path;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mtvkit.http.Request;
import org.mtvkit.http.Response;
import org.mtvkit.orm.QuerySet;
import org.mtvkit.routing.Kwargs;
import testsite.TestSite;
import testsite.blog.models.Article;
import testsite.blog.models.Author;

/** The generic views over real HTTP, on the blog test app. */
class GenericViewsTest {

    TestSite site;

    /** A ListView with Django's defaults but for five articles a page, two orphans allowed. */
    static final class Articles extends ListView<Article> {
        Articles(org.mtvkit.mtv.Shortcuts shortcuts, org.mtvkit.orm.Database db) {
            super(shortcuts, db, Article.class);
        }

        @Override
        protected QuerySet<Article> getQueryset(Request request, Kwargs kwargs) {
            return super.getQueryset(request, kwargs).orderBy("id");
        }

        @Override
        protected int paginateBy() {
            return 5;
        }

        @Override
        protected int paginateOrphans() {
            return 2;
        }
    }

    /** A view that answers only POST. */
    static final class PostOnly extends View {
        @Override
        protected Response post(Request request, Kwargs kwargs) {
            return Response.text("posted");
        }
    }

    @BeforeEach
    void start() {
        site = TestSite.start((db, shortcuts) -> List.of(
                path("articles/", new Articles(shortcuts, db), "articles"),
                path("all/", new ListView<>(shortcuts, db, Article.class), "all"),
                path("articles/<int:pk>/", new DetailView<>(shortcuts, db, Article.class), "article"),
                path("by-slug/<slug:slug>/", new DetailView<>(shortcuts, db, Article.class), "by-slug"),
                path("about/<str:topic>/", new TemplateView(shortcuts, "blog/about.html"), "about"),
                path("go/<str:topic>/", RedirectView.toRoute(shortcuts, "about"), "go"),
                path("moved/", RedirectView.to("/about/x/").permanent().keepingQueryString(), "moved"),
                path("post-only/", new PostOnly(), "post-only")));
        Author ada = site.db.save(new Author("Ada"));
        for (int i = 1; i <= 12; i++) {
            site.db.save(new Article("A" + i, "a-" + i, ada));
        }
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    @DisplayName("ListView: one page of objects, with page_obj and paginator in the context")
    void listViewPaginates() throws Exception {
        HttpResponse<String> page = site.get("/articles/?page=2");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().startsWith("[A6][A7][A8][A9][A10][A11][A12]"), page.body());
        assertTrue(page.body().contains("page 2 of 2, items 6-12, previous 1"), page.body());
        assertTrue(page.body().contains("same=yes"), page.body());
    }

    @Test
    @DisplayName("ListView: ?page=last is the last page, and no ?page is the first")
    void listViewLastPage() throws Exception {
        assertTrue(site.get("/articles/?page=last").body().startsWith("[A6]"));
        assertTrue(site.get("/articles/").body().contains("page 1 of 2, items 1-5, next 2"));
    }

    @Test
    @DisplayName("ListView: a page number that is not a number, below 1 or past the end is a 404, never a 500")
    void listViewBadPage() throws Exception {
        for (String bad : List.of("x", "0", "-1", "3", "99999999999999999999", "1.5", "%00")) {
            HttpResponse<String> page = site.get("/articles/?page=" + bad);
            assertEquals(404, page.statusCode(), bad);
        }
    }

    @Test
    @DisplayName("ListView: one query counts, one loads the page; objects of other pages are never loaded")
    void listViewQueries() throws Exception {
        site.queries.reset();
        site.get("/articles/?page=2");
        assertEquals(2, site.queries.count());
    }

    @Test
    @DisplayName("ListView: without configuration, Django's template name <app>/<model>_list.html and every object")
    void listViewDefaults() throws Exception {
        String body = site.get("/all/").body();
        assertTrue(body.contains("[A1]") && body.contains("[A12]"), body);
    }

    @Test
    @DisplayName("DetailView: the object by pk, as object and by its model's name; a missing one is a 404")
    void detailViewByPk() throws Exception {
        HttpResponse<String> page = site.get("/articles/3/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<h1>A3</h1> (a-3)"), page.body());
        assertEquals(404, site.get("/articles/999/").statusCode());
    }

    @Test
    @DisplayName("DetailView: the object by slug when the pattern captures one")
    void detailViewBySlug() throws Exception {
        assertTrue(site.get("/by-slug/a-7/").body().contains("<h1>A7</h1>"));
        assertEquals(404, site.get("/by-slug/nope/").statusCode());
    }

    @Test
    @DisplayName("TemplateView: renders its template with the URL's keyword arguments")
    void templateView() throws Exception {
        assertEquals("About forms.", site.get("/about/forms/").body().trim());
    }

    @Test
    @DisplayName("RedirectView: 302 to a named route with the URL's arguments; 301 and the query string when asked")
    void redirectView() throws Exception {
        HttpResponse<String> go = site.get("/go/views/");
        assertEquals(302, go.statusCode());
        assertEquals("/about/views/", go.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> moved = site.get("/moved/?a=1");
        assertEquals(301, moved.statusCode());
        assertEquals("/about/x/?a=1", moved.headers().firstValue("Location").orElseThrow());
    }

    @Test
    @DisplayName("View: a view that defines only post answers GET with 405 and Allow: POST, OPTIONS")
    void viewAllowsWhatItDefines() throws Exception {
        HttpResponse<String> get = site.get("/post-only/");
        assertEquals(405, get.statusCode());
        assertEquals("POST, OPTIONS", get.headers().firstValue("Allow").orElseThrow());
        assertEquals(List.of("POST", "OPTIONS"), new PostOnly().allowedMethods());
        assertEquals(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"),
                RedirectView.to("/").allowedMethods());
    }
}
