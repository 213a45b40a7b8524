package mysite.polls;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import mysite.polls.models.Question;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Part 5 of Django's tutorial, QuestionModelTests, ported. */
class QuestionModelTest {

    @Test
    @DisplayName("wasPublishedRecently() is false for a question whose pubDate is in the future")
    void wasPublishedRecentlyWithFutureQuestion() {
        Question future = new Question("", Instant.now().plus(Duration.ofDays(30)));
        assertFalse(future.wasPublishedRecently());
    }

    @Test
    @DisplayName("wasPublishedRecently() is false for a question whose pubDate is older than one day")
    void wasPublishedRecentlyWithOldQuestion() {
        Question old = new Question("", Instant.now().minus(Duration.ofDays(1)).minusSeconds(1));
        assertFalse(old.wasPublishedRecently());
    }

    @Test
    @DisplayName("wasPublishedRecently() is true for a question whose pubDate is within the last day")
    void wasPublishedRecentlyWithRecentQuestion() {
        Question recent = new Question("", Instant.now().minus(Duration.ofHours(23)).minusSeconds(59 * 60 + 59));
        assertTrue(recent.wasPublishedRecently());
    }
}
