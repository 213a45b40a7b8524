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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Exercise 10-list-per-page (chapter 10, exercise 2): the polls app's {@code QuestionAdmin} shows two questions a page
 * ({@code listPerPage(2)}, Django's {@code list_per_page = 2}), so the third question is on {@code ?p=2}.
 */
@Tag("exercise")
@Tag("exercise-10-list-per-page")
class ListPerPageExerciseTest {

    private final AdminTestSite site = new AdminTestSite();

    @BeforeEach
    void start() throws Exception {
        site.loggedIn();
        site.question("Oldest", Instant.now().minus(Duration.ofDays(3)));
        site.question("Middle", Instant.now().minus(Duration.ofDays(2)));
        site.question("Newest", Instant.now().minus(Duration.ofDays(1)));
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
    @DisplayName("the first page of questions shows the two newest and links to page 2")
    void firstPageHasTwo() throws Exception {
        String first = list("");
        assertTrue(first.contains(">Newest<") && first.contains(">Middle<"), "the two newest questions are on page 1");
        assertFalse(first.contains(">Oldest<"), "the first page shows all three questions: give PollsAdmin's QuestionAdmin "
                + "listPerPage(2), in its constructor beside listDisplay, so that it shows two a page");
        assertTrue(first.contains("3 questions"), "the count is of every question, not of the page");
        assertTrue(first.contains("href=\"/admin/polls/question/?p=2\""), "page 1 links to page 2");
    }

    @Test
    @DisplayName("the third question is on ?p=2, alone")
    void thirdOnPageTwo() throws Exception {
        HttpResponse<String> response = site.get("/admin/polls/question/?p=2");
        assertEquals(200, response.statusCode(), "there is no page 2 (it answered " + response.statusCode() + ", to "
                + AdminTestSite.location(response) + "): give PollsAdmin's QuestionAdmin listPerPage(2)");
        String second = response.body();
        assertTrue(second.contains(">Oldest<"), "the third question, the oldest, is on page 2");
        assertFalse(second.contains(">Newest<") || second.contains(">Middle<"), "page 2 has only the third question");
    }
}
