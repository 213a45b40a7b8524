package mysite.polls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import mysite.Site;
import mysite.polls.models.Question;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The index, detail and results pages answer GET, HEAD and OPTIONS, as Django's generic views do;
 * every other method gets 405 with the list of those that work, even with a valid CSRF token.
 */
class PollsHttpMethodsTest {

    Site site;
    List<String> pages;
    String token;

    @BeforeEach
    void start() throws Exception {
        site = Site.start("django", false);
        Question q = site.createQuestion("Methods?", -1);
        site.createChoice(q, "Yes");
        pages = List.of("/polls/", "/polls/" + q.getId() + "/", "/polls/" + q.getId() + "/results/");
        token = Site.csrfToken(site.get(pages.get(1)).body());        // the browser now holds the cookie too
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        return site.browser.send(HttpRequest.newBuilder(site.uri(path)).header("X-CSRFToken", token)
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @DisplayName("POST, PUT, PATCH, DELETE and TRACE get 405 with Allow: GET, HEAD, OPTIONS")
    void otherMethodsAreRefused() throws Exception {
        for (String path : pages) {
            for (String method : List.of("POST", "PUT", "PATCH", "DELETE", "TRACE")) {
                HttpResponse<String> response = send(method, path);
                assertEquals(405, response.statusCode(), method + " " + path);
                assertEquals("GET, HEAD, OPTIONS", response.headers().firstValue("Allow").orElseThrow(), method + " " + path);
                assertTrue(response.body().contains(method + " is not allowed here"), response.body());
            }
        }
    }

    @Test
    @DisplayName("OPTIONS answers 200 with the Allow header and no body")
    void optionsListsTheMethods() throws Exception {
        for (String path : pages) {
            HttpResponse<String> response = send("OPTIONS", path);
            assertEquals(200, response.statusCode(), path);
            assertEquals("GET, HEAD, OPTIONS", response.headers().firstValue("Allow").orElseThrow(), path);
            assertEquals("", response.body(), path);
        }
    }

    @Test
    @DisplayName("HEAD answers 200 with the page's headers and no body")
    void headIsGetWithoutTheBody() throws Exception {
        for (String path : pages) {
            HttpResponse<String> get = site.get(path);
            HttpResponse<String> head = send("HEAD", path);
            assertEquals(200, head.statusCode(), path);
            assertEquals("", head.body(), path);
            assertEquals(get.headers().firstValue("Content-Type"), head.headers().firstValue("Content-Type"), path);
        }
    }

    @Test
    @DisplayName("a future question is a 404 for HEAD too, and a 405 stays a 405 for a missing one")
    void headOfMissingQuestion() throws Exception {
        assertEquals(404, send("HEAD", "/polls/999/").statusCode());
        assertEquals(405, send("DELETE", "/polls/999/").statusCode());
    }
}
