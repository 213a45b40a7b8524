package org.mtvkit.views.generic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.mtvkit.routing.Urls.path;

import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mtvkit.mtv.Shortcuts;
import org.mtvkit.orm.Database;
import testsite.TestSite;
import testsite.blog.models.Article;
import testsite.blog.models.Author;

/** Exercise 07-ordering (chapter 7, exercise 2): Django's {@code ListView.ordering}, applied by the default queryset. */
@Tag("exercise")
@Tag("exercise-07-ordering")
class ListViewOrderingExerciseTest {

    /**
     * Declares {@code ordering()} without {@code @Override}, so that this file compiles on the kit as shipped; once
     * {@code ListView} has {@code protected List<String> ordering()}, this method overrides it.
     */
    static final class Ordered extends ListView<Article> {
        private final List<String> fields;

        Ordered(Shortcuts shortcuts, Database db, List<String> fields) {
            super(shortcuts, db, Article.class);
            this.fields = fields;
        }

        protected List<String> ordering() {
            return fields;
        }
    }

    TestSite site;

    @BeforeEach
    void start() {
        site = TestSite.start((db, shortcuts) -> List.of(
                path("newest/", new Ordered(shortcuts, db, List.of("-id")), "newest"),
                path("by-title/", new Ordered(shortcuts, db, List.of("title")), "by-title")));
        Author ada = site.db.save(new Author("Ada"));
        for (int i = 1; i <= 12; i++) {
            site.db.save(new Article("A" + i, "a-" + i, ada));
        }
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private static void hasOrdering() {
        try {
            Method ordering = ListView.class.getDeclaredMethod("ordering");
            if (!ordering.getReturnType().equals(List.class)) {
                fail("ListView.ordering() returns " + ordering.getReturnType().getSimpleName()
                        + ": make it return List<String>, the field names, each with '-' in front for descending");
            }
        } catch (NoSuchMethodException e) {
            fail("ListView has no ordering() yet: add protected List<String> ordering(), empty by default, and apply it "
                    + "in the default getQueryset with orderBy");
        }
    }

    @Test
    @DisplayName("a ListView whose ordering() is -id lists the newest article first")
    void descending() throws Exception {
        hasOrdering();
        String body = site.get("/newest/").body();
        assertEquals("[A12][A11][A10][A9][A8][A7][A6][A5][A4][A3][A2][A1]", body.substring(0, body.indexOf('\n')),
                "ordering() = [\"-id\"] must order the default getQueryset by id, descending");
    }

    @Test
    @DisplayName("a ListView whose ordering() is title lists the articles by title, as text")
    void byTitle() throws Exception {
        hasOrdering();
        String body = site.get("/by-title/").body();
        assertEquals("[A1][A10][A11][A12][A2][A3][A4][A5][A6][A7][A8][A9]", body.substring(0, body.indexOf('\n')),
                "ordering() = [\"title\"] must order the default getQueryset by title, ascending");
    }
}
