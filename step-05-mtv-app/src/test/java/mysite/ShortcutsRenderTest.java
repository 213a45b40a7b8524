package mysite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mtvkit.routing.Urls.path;

import java.util.List;
import java.util.Map;
import mysite.polls.models.Question;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mtvkit.routing.UrlEntry;

/** {@code Shortcuts.render} with a QuerySet in the context: one query, however often the template reads it. */
class ShortcutsRenderTest {

    private final Site site = Site.start("django", false, (db, shortcuts) -> List.<UrlEntry>of(
            path("questions/", request -> shortcuts.render(request, "shortcuts/list.html",
                    Map.of("questions", db.objects(Question.class).orderBy("id"))), "questions")));

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    @DisplayName("a QuerySet that the template tests with if and walks with for runs one query")
    void oneQuery() throws Exception {
        site.createQuestion("First?", -1);
        site.createQuestion("Second?", -1);
        site.queries.reset();
        assertEquals("<ul><li>First?</li><li>Second?</li></ul>\n", site.get("/questions/").body());
        assertEquals(1, site.queries.count(), site.queries.statements().toString());
    }

    @Test
    @DisplayName("an empty QuerySet takes the else branch of if")
    void emptyIsFalse() throws Exception {
        assertEquals("none\n", site.get("/questions/").body());
    }
}
