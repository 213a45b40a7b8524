package org.mtvkit.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Values travel as bound parameters: hostile strings are stored and matched as plain text. */
class SafetyTest {
    static final List<String> HOSTILE = List.of("O'Brien", "' OR 1=1 --", "x'; DROP TABLE \"question\"; --",
            "\"; DELETE FROM \"choice\" --", "back\\slash", "50% off_sale");

    Database db;

    @BeforeEach
    void setUp() {
        db = Polls.empty();
        db.save(new Question("harmless", Polls.NOW));
        for (String text : HOSTILE) {
            db.save(new Question(text, Polls.NOW));
        }
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    static Stream<Arguments> lookups() {
        return HOSTILE.stream().flatMap(text -> Stream.of(
                Arguments.of(text, "exact", text),
                Arguments.of(text, "iexact", text.toUpperCase()),
                Arguments.of(text, "contains", text),
                Arguments.of(text, "icontains", text.toUpperCase()),
                Arguments.of(text, "startswith", text),
                Arguments.of(text, "istartswith", text),
                Arguments.of(text, "endswith", text),
                Arguments.of(text, "iendswith", text),
                Arguments.of(text, "gte", text),
                Arguments.of(text, "lte", text),
                Arguments.of(text, "in", List.of(text)),
                Arguments.of(text, "range", List.of(text, text))));
    }

    @ParameterizedTest(name = "{1} with {0} matches exactly that row")
    @MethodSource("lookups")
    @DisplayName("a hostile string is matched literally by every lookup")
    void matchedLiterally(String text, String lookup, Object value) {
        List<String> found = db.objects(Question.class).filter("questionText__" + lookup, value)
                .filter("questionText", text).list().stream().map(q -> q.questionText).toList();
        assertEquals(List.of(text), found);
        assertEquals(1 + HOSTILE.size(), db.objects(Question.class).count(), "no table was harmed");
    }

    @ParameterizedTest(name = "gt and lt with {0} order it as text")
    @MethodSource("hostile")
    @DisplayName("a hostile string in gt and lt is compared as text, as Java compares it")
    void comparedLiterally(String text) {
        List<String> all = db.objects(Question.class).list().stream().map(q -> q.questionText).toList();
        assertEquals(all.stream().filter(t -> t.compareTo(text) > 0).sorted().toList(),
                db.objects(Question.class).filter("questionText__gt", text).list().stream().map(q -> q.questionText).sorted().toList());
        assertEquals(all.stream().filter(t -> t.compareTo(text) < 0).sorted().toList(),
                db.objects(Question.class).filter("questionText__lt", text).list().stream().map(q -> q.questionText).sorted().toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    @DisplayName("a hostile string is stored and read back unchanged, and matches only its own row")
    void storedLiterally(String text) {
        assertEquals(text, db.objects(Question.class).get("questionText", text).questionText);
        assertEquals(1, db.objects(Question.class).filter("questionText__contains", text).count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    @DisplayName("a hostile string in an update and in a values() filter stays data")
    void updateLiterally(String text) {
        int updated = db.objects(Question.class).filter("questionText", text).update("questionText", text + text);
        assertEquals(1, updated);
        assertEquals(List.of(text + text), db.objects(Question.class).filter("questionText__startswith", text + text)
                .values("questionText").stream().map(m -> m.get("questionText")).toList());
    }

    static Stream<String> hostile() {
        return HOSTILE.stream();
    }
}
