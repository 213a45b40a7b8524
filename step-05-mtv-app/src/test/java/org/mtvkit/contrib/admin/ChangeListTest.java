package org.mtvkit.contrib.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The change list of part 7's QuestionAdmin: columns, sorting, the date filter, search and pages, over HTTP. */
class ChangeListTest {

    private final AdminTestSite site = new AdminTestSite();

    @BeforeEach
    void logIn() throws Exception {
        site.loggedIn();
    }

    @AfterEach
    void close() {
        site.close();
    }

    private String list(String query) throws Exception {
        HttpResponse<String> response = site.get("/admin/polls/question/" + query);
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    @Test
    @DisplayName("the list shows listDisplay's columns, with the method's description as its header")
    void columnsAndHeaders() throws Exception {
        site.question("What's new?", Instant.now().minus(Duration.ofHours(1)));
        String page = list("");
        assertTrue(page.contains("Question text"));
        assertTrue(page.contains("Pub date"));
        assertTrue(page.contains("Published recently?"));
        assertTrue(page.contains("What&#x27;s new?") || page.contains("What&#39;s new?"), page);
    }

    @Test
    @DisplayName("a boolean column shows a clear yes or no mark")
    void booleanColumnShowsAMark() throws Exception {
        site.question("Recent?", Instant.now().minus(Duration.ofHours(1)));
        site.question("Old?", Instant.now().minus(Duration.ofDays(30)));
        String page = list("");
        assertTrue(page.contains("<span class=\"yes\" title=\"True\">"));
        assertTrue(page.contains("<span class=\"no\" title=\"False\">"));
    }

    @Test
    @DisplayName("a method column declared with an ordering sorts by that field, both ways")
    void methodColumnSortsByItsOrderingField() throws Exception {
        site.question("Older", Instant.now().minus(Duration.ofDays(3)));
        site.question("Newer", Instant.now().minus(Duration.ofDays(1)));
        String ascending = list("?o=3");
        assertTrue(ascending.indexOf("Older") < ascending.indexOf("Newer"));
        String descending = list("?o=-3");
        assertTrue(descending.indexOf("Newer") < descending.indexOf("Older"));
        assertTrue(ascending.contains("href=\"/admin/polls/question/?o=-3\""), "clicking again reverses the order");
    }

    @Test
    @DisplayName("the results are newest first until a header is clicked")
    void defaultOrderIsNewestFirst() throws Exception {
        site.question("First", Instant.now().minus(Duration.ofDays(3)));
        site.question("Second", Instant.now().minus(Duration.ofDays(1)));
        String page = list("");
        assertTrue(page.indexOf("Second") < page.indexOf("First"));
    }

    @Test
    @DisplayName("the date filter offers Django's choices and 'Past 7 days' keeps only those questions")
    void dateFilter() throws Exception {
        site.question("This week", Instant.now().minus(Duration.ofDays(2)));
        site.question("Last year", Instant.now().minus(Duration.ofDays(400)));
        String page = list("");
        for (String choice : new String[] {"Any date", "Today", "Past 7 days", "This month", "This year"}) {
            assertTrue(page.contains(">" + choice + "</a>"), choice);
        }
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        String filtered = list("?pubDate__gte=" + today.minusDays(7) + "&pubDate__lt=" + today.plusDays(1));
        assertTrue(filtered.contains("This week"));
        assertFalse(filtered.contains("Last year"));
        assertTrue(filtered.contains("1 result (<a href=\"?\">2 total</a>)"));
    }

    @Test
    @DisplayName("search finds a question only when every word is in it, whatever its case")
    void searchNeedsEveryWord() throws Exception {
        site.question("What is your favourite colour?", Instant.now());
        site.question("What is the time?", Instant.now());
        String page = list("?q=WHAT+colour");
        assertTrue(page.contains("favourite colour"), "\"WHAT colour\" finds \"What is your favourite colour?\": each word is in it");
        assertFalse(page.contains("the time"), "\"WHAT colour\" does not find \"What is the time?\": colour is not in it");
    }

    @Test
    @DisplayName("search text is escaped when shown back in the search box")
    void searchIsEscaped() throws Exception {
        String page = list("?q=%3Cscript%3E");
        assertFalse(page.contains("<script>"));
        assertTrue(page.contains("&lt;script&gt;"));
    }

    @Test
    @DisplayName("the list is paginated, with the result count and links to each page")
    void pagination() throws Exception {
        for (int i = 0; i < 105; i++) {
            site.question("Question " + i, Instant.now().minus(Duration.ofMinutes(i)));
        }
        String first = list("");
        assertTrue(first.contains("105 questions"));
        assertTrue(first.contains("Question 104<"), "the last added comes first");
        assertFalse(first.contains("Question 4<"));
        assertTrue(first.contains("href=\"/admin/polls/question/?p=2\""));
        assertEquals("/admin/polls/question/?e=1", AdminTestSite.location(site.get("/admin/polls/question/?p=3")),
                "a page past the last goes to the error flag");
        assertTrue(list("?p=abc").contains("Question 104<"), "a page that is not a number is the first, as Django");
        String second = list("?p=2");
        assertTrue(second.contains("Question 4<"));
        assertFalse(second.contains("Question 104<"));
    }

    @ParameterizedTest(name = "the address ?{0} is sent to ?e=1, which shows the whole list with a note, never a 500")
    @ValueSource(strings = {"o=9", "o=x", "pubDate__gte=yesterday", "votes__gt=1", "questionText=x"})
    void badParametersGoToTheErrorFlag(String query) throws Exception {
        site.question("Visible", Instant.now());
        HttpResponse<String> response = site.get("/admin/polls/question/?" + query);
        assertEquals(302, response.statusCode());
        assertEquals("/admin/polls/question/?e=1", AdminTestSite.location(response));
        String page = list("?e=1");
        assertTrue(page.contains("is not one this list offers"));
        assertTrue(page.contains("Visible"));
    }

    @Test
    @DisplayName("an unregistered model has no change list: 404")
    void unregisteredModelIs404() throws Exception {
        assertEquals(404, site.get("/admin/polls/choice/").statusCode());
        assertEquals(404, site.get("/admin/auth/user/").statusCode());
    }
}
