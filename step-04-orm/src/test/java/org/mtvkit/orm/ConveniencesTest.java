package org.mtvkit.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Related sets, getOrCreate and updateOrCreate, date parts, bulkCreate, inBulk and none(). */
class ConveniencesTest {
    final Database db = Polls.withData();

    @AfterEach
    void tearDown() {
        db.close();
    }

    Question first() {
        return db.objects(Question.class).get("pk", 1);
    }

    @Test
    @DisplayName("relatedSet is the question's choice_set: list, filter, count and create")
    void relatedSet() {
        RelatedSet<Choice> choices = db.relatedSet(first(), Choice.class);
        assertEquals(2, choices.count());
        assertEquals(List.of("The sky"), choices.filter("votes__gte", 10).list().stream().map(c -> c.choiceText).toList());
        Choice created = choices.create(new Choice(null, "Nothing", 0));
        assertEquals(1L, created.question.id().orElseThrow());
        assertEquals(3, choices.count());
    }

    @Test
    @DisplayName("relatedSet of an unsaved parent says to save it first")
    void relatedSetUnsaved() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> db.relatedSet(new Question("new", Polls.NOW), Choice.class));
        assertEquals("relatedSet(Question, Choice): this Question has not been saved yet, so it has no Choice objects;"
                + " save it first", e.getMessage());
    }

    @Test
    @DisplayName("getOrCreate finds the row the first time and creates nothing")
    void getOrCreateFinds() {
        Created<Question> found = db.objects(Question.class).getOrCreate(Map.of("questionText", "What's up?"),
                Map.of("pubDate", Polls.NOW));
        assertFalse(found.created());
        assertEquals(1L, found.object().id);
        assertEquals(3, db.objects(Question.class).count());
    }

    @Test
    @DisplayName("getOrCreate creates from the lookup's fields and the defaults")
    void getOrCreateCreates() {
        Created<Question> made = db.objects(Question.class).getOrCreate(Map.of("questionText", "New?"),
                Map.of("pubDate", Polls.NOW.toString()));
        assertTrue(made.created());
        assertEquals(Polls.NOW, db.objects(Question.class).get("pk", made.object().id).pubDate);
    }

    @Test
    @DisplayName("getOrCreate raises the constraint error when the INSERT fails and no matching row exists")
    void getOrCreateIntegrityError() {
        try (Database local = TestDatabases.fresh().register(Everything.class)) {
            local.createSchema();
            Everything e = new Everything();
            e.name = "taken";
            e.status = Everything.Status.DRAFT;
            e.money = java.math.BigDecimal.ONE;
            e.uuid = java.util.UUID.randomUUID();
            e.day = java.time.LocalDate.of(2026, 1, 1);
            e.localTime = java.time.LocalDateTime.of(2026, 1, 1, 0, 0);
            e.instant = Polls.NOW;
            e.aBoxedLong = 1L;
            local.save(e);
            OrmException error = assertThrows(OrmException.class, () -> local.objects(Everything.class).getOrCreate(
                    Map.of("name", "taken", "aLong", 7L), Map.of("aBoxedLong", 1L, "money", 1, "status", "DRAFT",
                            "uuid", e.uuid.toString(), "day", "2026-01-01", "localTime", "2026-01-01T00:00",
                            "instant", Polls.NOW.toString())));
            assertTrue(error.isIntegrityError(), error.getMessage());
        }
    }

    @Test
    @DisplayName("updateOrCreate sets the defaults on the row it finds")
    void updateOrCreateUpdates() {
        Created<Choice> updated = db.objects(Choice.class).updateOrCreate(Map.of("choiceText", "Both"), Map.of("votes", 42));
        assertFalse(updated.created());
        assertEquals(42, db.objects(Choice.class).get("choiceText", "Both").votes);
    }

    @Test
    @DisplayName("a date part of an Instant is read in UTC: pubDate__year, __month, __day, __hour, __week_day")
    void dateParts() {
        QuerySet<Question> questions = db.objects(Question.class);
        assertEquals(3, questions.filter("pubDate__year", 2026).count());
        assertEquals(1, questions.filter("pubDate__day", 15).count());
        assertEquals(3, questions.filter("pubDate__hour", 12).count());
        assertEquals(1, questions.filter("pubDate__week_day", 5).count()); // 2026-01-15 is a Thursday
        assertEquals(2, questions.filter("pubDate__day__lt", 15).count());
        assertEquals(1, questions.filter("pubDate__date", java.time.LocalDate.of(2026, 1, 14)).count());
    }

    @Test
    @DisplayName("a date part on a field that has none is refused, naming the field and what has parts")
    void datePartRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> db.objects(Choice.class).filter("votes__year", 2026));
        assertEquals("'votes__year': Choice.votes is a int, which has no 'year'. Date parts apply to LocalDate (year,"
                + " month, day, week_day) and to LocalDateTime and Instant (those, hour, minute and date).", e.getMessage());
    }

    @Test
    @DisplayName("bulkCreate inserts in one batch and the objects receive their keys")
    void bulkCreate() {
        QueryCounter counter = new QueryCounter();
        db.addListener(counter);
        List<Question> made = db.objects(Question.class).bulkCreate(List.of(new Question("a", Polls.NOW),
                new Question("b", Polls.NOW)));
        assertEquals(1, counter.count());
        assertEquals(List.of(4L, 5L), made.stream().map(q -> q.id).toList());
    }

    @Test
    @DisplayName("inBulk maps primary keys to objects, leaving out keys without a row")
    void inBulk() {
        assertEquals(List.of(1L, 3L), List.copyOf(db.objects(Question.class).inBulk(List.of(1L, 3L, 99L)).keySet()));
    }

    @Test
    @DisplayName("none() answers empty without running SQL")
    void none() {
        QueryCounter counter = new QueryCounter();
        db.addListener(counter);
        QuerySet<Choice> nothing = db.objects(Choice.class).none();
        assertEquals(List.of(), nothing.list());
        assertEquals(0, nothing.count());
        assertEquals(0, nothing.update("votes", 1));
        assertEquals(0, counter.count());
    }
}
