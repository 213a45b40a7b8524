package mysite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mtvkit.routing.Urls.path;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mysite.polls.models.Question;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mtvkit.http.HttpException;
import org.mtvkit.http.Response;
import org.mtvkit.http.WebServer;
import org.mtvkit.mtv.Project;
import org.mtvkit.mtv.Settings;
import org.mtvkit.orm.Database;
import org.mtvkit.routing.UrlEntry;

/** Every error status of a project, with DEBUG off (visitors) and on (developers), over real HTTP. */
class ErrorPagesTest {

    private Site site;

    private static List<UrlEntry> urlsWithFaults(Database db, org.mtvkit.mtv.Shortcuts shortcuts) {
        List<UrlEntry> urls = new ArrayList<>(RootUrls.urlpatterns(db, shortcuts));
        urls.add(path("boom/", request -> {
            throw new IllegalStateException("secret internal detail");
        }, "boom"));
        urls.add(path("query-then-boom/", request -> {
            db.objects(Question.class).count();
            throw new IllegalStateException("after one query");
        }, "query-then-boom"));
        urls.add(path("broken/", request -> shortcuts.render(request, "broken/page.html", Map.of()), "broken"));
        urls.add(path("status/<int:code>/", (request, kwargs) -> {
            throw new HttpException(kwargs.intValue("code"), "refused <for a reason>");
        }, "status"));
        urls.add(path("post-only/", request -> Response.text("posted"), "post-only").allow("POST"));
        return urls;
    }

    private Site start(boolean debug) {
        site = Site.start("django", debug, ErrorPagesTest::urlsWithFaults);
        return site;
    }

    @AfterEach
    void stop() {
        if (site != null) {
            site.close();
        }
    }

    @Test
    @DisplayName("DEBUG off: an exception in a view gives the 500 template, with no trace and no detail")
    void serverErrorForVisitors() throws Exception {
        HttpResponse<String> page = start(false).get("/boom/");
        assertEquals(500, page.statusCode());
        assertTrue(page.body().contains("Server error (500)"), page.body());
        for (String leak : List.of("secret internal detail", "IllegalStateException", "at mysite.", "at org.", "SQL")) {
            assertFalse(page.body().contains(leak), leak);
        }
    }

    @Test
    @DisplayName("DEBUG off: a template that does not compile is a plain 500 too, naming nothing")
    void templateErrorForVisitors() throws Exception {
        HttpResponse<String> page = start(false).get("/broken/");
        assertEquals(500, page.statusCode());
        assertFalse(page.body().contains("frobnicate"), page.body());
    }

    @Test
    @DisplayName("DEBUG off: an unknown URL gives the 404 template, without the list of patterns")
    void notFoundForVisitors() throws Exception {
        HttpResponse<String> page = start(false).get("/nowhere/%3Cb%3E");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("There is nothing at <code>/nowhere/&lt;b&gt;</code>"), page.body());
        assertFalse(page.body().contains("polls/&lt;int:question_id&gt;/"), page.body());
    }

    // region: every-status-test
    @ParameterizedTest(name = "DEBUG {1}: a {0} has the site's layout, its heading, the message and a link to the index")
    @CsvSource({"400, false, Bad request (400)", "403, false, Forbidden (403)", "413, false, Request too large (413)",
            "400, true, Bad request (400)", "403, true, Forbidden (403)", "413, true, Request too large (413)"})
    void everyStatusUsesTheLayout(int status, boolean debug, String heading) throws Exception {
        HttpResponse<String> page = start(debug).get("/status/" + status + "/");
        assertEquals(status, page.statusCode());
        assertTrue(page.body().contains("<h1>" + heading + "</h1>"), page.body());
        assertTrue(page.body().contains("refused &lt;for a reason&gt;"), page.body());
        assertTrue(page.body().contains("<a href=\"/polls/\">Back to the polls</a>"), page.body());
        assertTrue(page.body().contains("polls/style.css"), "the site's stylesheet, from polls/base.html");
        assertEquals(debug, page.body().contains("DEBUG is on"), page.body());
        assertFalse(page.body().contains("Traceback"), "a 4xx is the client's: no traceback, even in DEBUG");
    }
    // endregion

    @Test
    @DisplayName("a status with no template of its own uses the generic one, in the site's layout")
    void otherStatus() throws Exception {
        HttpResponse<String> page = start(false).get("/status/418/");
        assertEquals(418, page.statusCode());
        assertTrue(page.body().contains("<h1>418 Client Error</h1>"), page.body());
        assertTrue(page.body().contains("Back to the polls"), page.body());
    }

    @Test
    @DisplayName("a 405 has the layout and the Allow header, OPTIONS included, with DEBUG off and on")
    void methodNotAllowed() throws Exception {
        for (boolean debug : List.of(false, true)) {
            HttpResponse<String> page = start(debug).get("/post-only/");
            assertEquals(405, page.statusCode());
            assertEquals("POST, OPTIONS", page.headers().firstValue("Allow").orElseThrow());
            assertTrue(page.body().contains("<h1>Method not allowed (405)</h1>"), page.body());
            assertTrue(page.body().contains("GET is not allowed here"), page.body());
            site.close();
            site = null;
        }
    }

    @Test
    @DisplayName("DEBUG on: the 500 page shows the exception and its stack trace, in the layout")
    void debugPage() throws Exception {
        HttpResponse<String> page = start(true).get("/boom/");
        assertEquals(500, page.statusCode());
        assertTrue(page.body().contains("java.lang.IllegalStateException: secret internal detail"), page.body());
        assertTrue(page.body().contains("<h2>Traceback</h2>"), page.body());
        assertTrue(page.body().contains("at mysite.ErrorPagesTest"), page.body());
        assertTrue(page.body().contains("Back to the polls"), page.body());
    }

    @Test
    @DisplayName("DEBUG on: the 500 page lists the SQL the request ran, with its count")
    void debugPageShowsSql() throws Exception {
        HttpResponse<String> page = start(true).get("/query-then-boom/");
        assertEquals(500, page.statusCode());
        assertTrue(page.body().contains("SQL: 1 statement(s) in this request"), page.body());
        assertTrue(page.body().contains("SELECT COUNT(*)"), page.body());
        HttpResponse<String> other = site.get("/boom/");
        assertTrue(other.body().contains("SQL: 0 statement(s) in this request"), "another request's SQL is not listed");
    }

    @Test
    @DisplayName("DEBUG on: a template error shows the template's name, line, column and source around it")
    void debugPageForTemplateError() throws Exception {
        HttpResponse<String> page = start(true).get("/broken/");
        assertEquals(500, page.statusCode());
        assertTrue(page.body().contains("In template <code>broken/page.html</code>, line 3, column"), page.body());
        assertTrue(page.body().contains("frobnicate"), page.body());
        assertTrue(page.body().contains("line two"), page.body());
    }

    @Test
    @DisplayName("DEBUG on: a 404 lists the URL patterns that were tried")
    void debugNotFound() throws Exception {
        HttpResponse<String> page = start(true).get("/nowhere/");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("polls/&lt;int:question_id&gt;/"), page.body());
        assertTrue(page.body().contains("Back to the polls"), page.body());
    }

    @Test
    @DisplayName("DEBUG on: a 404 raised by a view (no such question) is explained too")
    void debugNotFoundFromView() throws Exception {
        HttpResponse<String> page = start(true).get("/polls/42/");
        assertEquals(404, page.statusCode());
        // The detail page is Django's generic DetailView since part 4, with its message.
        assertTrue(page.body().contains("No question found matching the query"), page.body());
    }

    @Test
    @DisplayName("the FreeMarker twins give every status the same layout, with the debug details")
    void freeMarkerTwins() throws Exception {
        site = Site.start("freemarker", true, ErrorPagesTest::urlsWithFaults);
        HttpResponse<String> notFound = site.get("/nowhere/");
        assertEquals(404, notFound.statusCode());
        assertTrue(notFound.body().contains("There is nothing at <code>/nowhere/</code>"), notFound.body());
        assertTrue(notFound.body().contains("polls/&lt;int:question_id&gt;/"), notFound.body());
        HttpResponse<String> boom = site.get("/query-then-boom/");
        assertTrue(boom.body().contains("SQL: 1 statement(s) in this request"), boom.body());
        assertTrue(boom.body().contains("<h1>Server error (500)</h1>"), boom.body());
        HttpResponse<String> forbidden = site.get("/status/403/");
        assertTrue(forbidden.body().contains("<h1>Forbidden (403)</h1>"), forbidden.body());
        assertTrue(forbidden.body().contains("Back to the polls"), forbidden.body());
    }

    @Test
    @DisplayName("when the error template itself fails, the page falls back to the framework's plain one")
    void brokenErrorTemplateFallsBack() throws Exception {
        for (boolean debug : List.of(false, true)) {
            Project project = Main.installedApps(Project.builder(new Settings(0, debug, "unused", "django"))
                    .database(Database.inMemory())).urls(ErrorPagesTest::urlsWithFaults)
                    .templates("errortemplates").build();
            WebServer server = WebServer.start(project.handler(), "127.0.0.1", 0);
            try {
                HttpResponse<String> page = java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + server.port() + "/nowhere/")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(404, page.statusCode());
                assertTrue(page.body().contains("<h1>404 Not Found</h1>"), page.body());
                assertEquals(debug, page.body().contains("polls/&lt;int:question_id&gt;/"), page.body());
            } finally {
                server.stop();
                project.database().close();
            }
        }
    }
}
