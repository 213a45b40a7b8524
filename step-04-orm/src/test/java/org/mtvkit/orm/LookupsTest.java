package org.mtvkit.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Django's field lookups, one behaviour each, against choices with votes 0, 1, 2, 10, 11, 12 and 0. */
class LookupsTest {
    Database db;

    @BeforeEach
    void setUp() {
        db = Polls.withData();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private List<String> questions(String lookup, Object value) {
        return db.objects(Question.class).filter(lookup, value).orderBy("id").list().stream().map(q -> q.questionText).toList();
    }

    private List<Integer> votes(String lookup, Object value) {
        return db.objects(Choice.class).filter(lookup, value).orderBy("votes", "id").list().stream().map(c -> c.votes).toList();
    }

    @Test
    @DisplayName("exact (the default) matches equal values, and null means IS NULL")
    void exact() {
        assertEquals(List.of("Tabs or spaces?"), questions("questionText", "Tabs or spaces?"));
        assertEquals(List.of("Tabs or spaces?"), questions("questionText__exact", "Tabs or spaces?"));
        assertEquals(List.of(), questions("questionText", "tabs or spaces?"));
        assertEquals(List.of(), questions("questionText", null));
    }

    @Test
    @DisplayName("iexact matches ignoring case")
    void iexact() {
        assertEquals(List.of("Tabs or spaces?"), questions("questionText__iexact", "TABS OR SPACES?"));
    }

    @Test
    @DisplayName("contains and icontains match a substring, with and without case")
    void contains() {
        assertEquals(List.of("Favourite colour?"), questions("questionText__contains", "colour"));
        assertEquals(List.of(), questions("questionText__contains", "COLOUR"));
        assertEquals(List.of("Favourite colour?"), questions("questionText__icontains", "COLOUR"));
    }

    @Test
    @DisplayName("startswith and endswith match the ends of a string; the i- forms ignore case")
    void startsEnds() {
        assertEquals(List.of("What's up?"), questions("questionText__startswith", "What"));
        assertEquals(List.of("What's up?"), questions("questionText__istartswith", "what"));
        assertEquals(List.of("Tabs or spaces?"), questions("questionText__endswith", "spaces?"));
        assertEquals(List.of("Tabs or spaces?"), questions("questionText__iendswith", "SPACES?"));
    }

    @Test
    @DisplayName("% and _ in a pattern are matched literally, not as wildcards")
    void wildcardsAreData() {
        Question q = db.save(new Question("100% sure_", Polls.NOW));
        assertEquals(List.of("100% sure_"), questions("questionText__contains", "0% s"));
        assertEquals(List.of("100% sure_"), questions("questionText__endswith", "_"));
        assertEquals(List.of(), questions("questionText__contains", "W_at"));
        db.delete(q);
    }

    @Test
    @DisplayName("a % in a pattern matches only a percent sign, not any run of characters")
    void percentIsData() {
        // As a wildcard, "a%s" would match "What's up?" and "Tabs or spaces?"; no question has the text "a%s".
        assertEquals(List.of(), questions("questionText__contains", "a%s"),
                "a % in the pattern of contains matched other characters: escape it, as _ is, so that it stays data");
    }

    @Test
    @DisplayName("gt, gte, lt and lte compare")
    void comparisons() {
        assertEquals(List.of(11, 12), votes("votes__gt", 10));
        assertEquals(List.of(10, 11, 12), votes("votes__gte", 10));
        assertEquals(List.of(0, 0), votes("votes__lt", 1));
        assertEquals(List.of(0, 0, 1), votes("votes__lte", 1));
    }

    @Test
    @DisplayName("in matches any value of a collection; an empty collection matches nothing")
    void in() {
        assertEquals(List.of(1, 12), votes("votes__in", Set.of(1, 12)));
        assertEquals(List.of(), votes("votes__in", List.of()));
    }

    @Test
    @DisplayName("in refuses a value that is not a collection")
    void inNeedsCollection() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> votes("votes__in", 3));
        assertEquals("The lookup 'votes__in' needs a collection of values (a List or a Set), got Integer 3", e.getMessage());
    }

    @Test
    @DisplayName("range matches an inclusive interval")
    void range() {
        assertEquals(List.of(1, 2, 10), votes("votes__range", List.of(1, 10)));
    }

    @Test
    @DisplayName("range refuses anything but two bounds")
    void rangeNeedsTwo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> votes("votes__range", List.of(1)));
        assertEquals("The lookup 'votes__range' needs two values (low, high), not null, got [1]", e.getMessage());
    }

    @Test
    @DisplayName("isnull tests for NULL, and refuses anything but true or false")
    void isnull() {
        assertEquals(3, db.objects(Question.class).filter("pubDate__isnull", false).count());
        assertEquals(0, db.objects(Question.class).filter("pubDate__isnull", true).count());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> votes("votes__isnull", "yes"));
        assertEquals("The lookup 'votes__isnull' needs true or false, got yes", e.getMessage());
    }

    @Test
    @DisplayName("null is refused by every lookup but exact")
    void nullRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> votes("votes__gt", null));
        assertEquals("The lookup 'votes__gt' was given null; only 'exact' accepts null (it means IS NULL), or use"
                + " '__isnull' with true or false.", e.getMessage());
    }

    @Test
    @DisplayName("lookups follow foreign keys with __, joining the related table")
    void acrossForeignKeys() {
        assertEquals(List.of(0, 2, 12), votes("question__questionText__startswith", "Tabs"));
        assertEquals(List.of(1, 11), votes("question__pubDate", Polls.NOW.minusSeconds(86_400)));
    }

    @Test
    @DisplayName("a foreign key matches a model object or its key, without a join for question__id")
    void foreignKeyValue() {
        Question tabs = db.objects(Question.class).get("questionText", "Tabs or spaces?");
        assertEquals(List.of(0, 2, 12), votes("question", tabs));
        assertEquals(List.of(0, 2, 12), votes("question__id", tabs.id));
        assertEquals(List.of(0, 1, 2, 10, 11, 12), votes("question__id__in", List.of(1L, 2L, 3L)).stream().distinct().toList());
        String sql = db.objects(Choice.class).filter("question__id", 3).sql();
        assertEquals(false, sql.contains("JOIN"), sql);
    }
}
