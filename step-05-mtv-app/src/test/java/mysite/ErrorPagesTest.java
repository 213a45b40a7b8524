package mysite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mtvkit.routing.Urls.path;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mtvkit.routing.UrlEntry;

/** The 404 and 500 paths of a project, with DEBUG off (visitors) and on (developers). */
class ErrorPagesTest {

    private Site site;

    private static List<UrlEntry> urlsWithFaults(org.mtvkit.orm.Database db, org.mtvkit.mtv.Shortcuts shortcuts) {
        List<UrlEntry> urls = new ArrayList<>(RootUrls.urlpatterns(db, shortcuts));
        urls.add(path("boom/", request -> {
            throw new IllegalStateException("secret internal detail");
        }, "boom"));
        urls.add(path("broken/", request -> shortcuts.render(request, "broken/page.html", Map.of()), "broken"));
        return urls;
    }

    private Site start(boolean debug) {
        site = Site.start("django", debug, ErrorPagesTest::urlsWithFaults);
        return site;
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    @DisplayName("DEBUG off: an exception in a view gives the 500 template, with no trace and no detail")
    void serverErrorForVisitors() throws Exception {
        HttpResponse<String> page = start(false).get("/boom/");
        assertEquals(500, page.statusCode());
        assertTrue(page.body().contains("Server error (500)"), page.body());
        for (String leak : List.of("secret internal detail", "IllegalStateException", "at mysite.", "at org.")) {
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

    @Test
    @DisplayName("DEBUG on: the debug page shows the exception and its stack trace")
    void debugPage() throws Exception {
        HttpResponse<String> page = start(true).get("/boom/");
        assertEquals(500, page.statusCode());
        assertTrue(page.body().contains("<h1>IllegalStateException at /boom/</h1>"), page.body());
        assertTrue(page.body().contains("secret internal detail"), page.body());
        assertTrue(page.body().contains("<h2>Traceback</h2>"), page.body());
        assertTrue(page.body().contains("at mysite.ErrorPagesTest"), page.body());
    }

    @Test
    @DisplayName("DEBUG on: a template error shows the template's name, line and source around it")
    void debugPageForTemplateError() throws Exception {
        HttpResponse<String> page = start(true).get("/broken/");
        assertEquals(500, page.statusCode());
        assertTrue(page.body().contains("In template <code>broken/page.html</code>, line 3"), page.body());
        assertTrue(page.body().contains("frobnicate"), page.body());
        assertTrue(page.body().contains("line two"), page.body());
    }

    @Test
    @DisplayName("DEBUG on: a 404 lists the URL patterns that were tried")
    void debugNotFound() throws Exception {
        HttpResponse<String> page = start(true).get("/nowhere/");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("polls/&lt;int:question_id&gt;/"), page.body());
    }

    @Test
    @DisplayName("DEBUG on: a 404 raised by a view (no such question) is explained too")
    void debugNotFoundFromView() throws Exception {
        HttpResponse<String> page = start(true).get("/polls/42/");
        assertEquals(404, page.statusCode());
        // The detail page is Django's generic DetailView since part 4, with its message.
        assertTrue(page.body().contains("No question found matching the query"), page.body());
    }
}
