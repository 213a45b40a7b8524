package org.mtvkit.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Building objects from plain values, as a fixture loader does, and the errors it gives. */
class InstantiateTest {

    Database db;

    @BeforeEach
    void setUp() {
        db = Polls.empty();
    }

    @Test
    @DisplayName("plain values are converted to the fields' types, and saving keeps the given ids")
    void convertsAndSaves() {
        Question q = db.instantiate(Question.class,
                Map.of("id", 7L, "questionText", "What's new?", "pubDate", "2026-04-01T12:00:00Z"));
        assertEquals(Instant.parse("2026-04-01T12:00:00Z"), q.pubDate);
        db.save(q);
        Choice c = db.instantiate(Choice.class, Map.of("id", 3L, "question", 7L, "choiceText", "Not much", "votes", 2L));
        db.save(c);
        Choice loaded = db.objects(Choice.class).selectRelated("question").get("id", 3L);
        assertEquals("What's new?", loaded.question.get().questionText);
        assertEquals(2, loaded.votes);
    }

    @Test
    @DisplayName("the registered models are listed in registration order")
    void listsModels() {
        assertEquals(List.of(Question.class, Choice.class), db.models());
    }

    @Test
    @DisplayName("an unknown field is refused, naming the model and listing its fields")
    void unknownField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> db.instantiate(Question.class, Map.of("question_text", "x")));
        assertTrue(e.getMessage().startsWith("Question has no field 'question_text'; its fields are: id, questionText,"),
                e.getMessage());
    }

    @Test
    @DisplayName("a value of the wrong shape is refused, naming the field, the value and what it needed")
    void wrongShape() {
        IllegalArgumentException date = assertThrows(IllegalArgumentException.class,
                () -> db.instantiate(Question.class, Map.of("pubDate", "yesterday")));
        assertEquals("Question.pubDate needs an ISO 8601 instant such as \"2026-04-01T12:00:00Z\", not \"yesterday\"",
                date.getMessage());
        IllegalArgumentException number = assertThrows(IllegalArgumentException.class,
                () -> db.instantiate(Choice.class, Map.of("votes", "many")));
        assertEquals("Choice.votes needs a value of type int, not \"many\"", number.getMessage());
        assertThrows(IllegalArgumentException.class, () -> db.instantiate(Choice.class, Map.of("votes", 1L << 40)));
    }

    @Test
    @DisplayName("null is refused for a field that is not nullable")
    void nullRefused() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("questionText", null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> db.instantiate(Question.class, values));
        assertEquals("Question.questionText cannot be null", e.getMessage());
    }
}
