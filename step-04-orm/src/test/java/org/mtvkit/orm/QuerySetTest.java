package org.mtvkit.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QuerySetTest {
    Database db;
    QueryCounter queries = new QueryCounter();

    @BeforeEach
    void setUp() {
        db = Polls.withData();
        db.addListener(queries);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private List<String> texts(QuerySet<Question> questions) {
        return questions.list().stream().map(q -> q.questionText).toList();
    }

    @Test
    @DisplayName("building a QuerySet runs no SQL; evaluating it runs exactly one statement")
    void lazy() {
        QuerySet<Question> recent = db.objects(Question.class).filter("pubDate__lte", Polls.NOW).orderBy("-pubDate").limit(2);
        assertEquals(0, queries.count());
        assertEquals(2, recent.list().size());
        assertEquals(1, queries.count());
    }

    @Test
    @DisplayName("refining a QuerySet returns a new one and leaves the original unchanged")
    void immutable() {
        QuerySet<Question> all = db.objects(Question.class);
        QuerySet<Question> some = all.filter("questionText__startswith", "Tabs");
        assertEquals(3, all.count());
        assertEquals(1, some.count());
    }

    @Test
    @DisplayName("two refinements of one QuerySet that each join another table keep their joins apart, and the original has none")
    void refinementsShareNoJoins() {
        QuerySet<Choice> counted = db.objects(Choice.class).filter("votes__gte", 0);
        String before = counted.sql();
        QuerySet<Choice> byText = counted.filter("question__questionText__startswith", "Tabs");
        QuerySet<Choice> byDate = counted.orderBy("question__pubDate", "id");
        QuerySet<Choice> both = byText.orderBy("question__pubDate");
        assertEquals(before, counted.sql());
        assertFalse(before.contains("JOIN"), before);
        assertEquals(1, byText.sql().split("JOIN").length - 1, byText.sql());
        assertEquals(1, byDate.sql().split("JOIN").length - 1, byDate.sql());
        assertEquals(1, both.sql().split("JOIN").length - 1, both.sql()); // the join byText made, reused
        assertFalse(byDate.sql().contains("LIKE"), byDate.sql());
        assertEquals(7, counted.count());
        assertEquals(7, byDate.count());
        assertEquals(byText.count(), both.count());
    }

    @Test
    @DisplayName("orderBy with a leading '-' sorts descending; limit and offset slice the result")
    void orderLimitOffset() {
        assertEquals(List.of("What's up?", "Favourite colour?"), texts(db.objects(Question.class).orderBy("-pubDate").limit(2)));
        assertEquals(List.of("Favourite colour?", "What's up?"), texts(db.objects(Question.class).orderBy("pubDate").offset(1)));
        assertEquals(List.of("Favourite colour?"), texts(db.objects(Question.class).orderBy("pubDate").offset(1).limit(1)));
    }

    @Test
    @DisplayName("exclude keeps the rows that do not match")
    void exclude() {
        assertEquals(List.of("What's up?", "Favourite colour?"),
                texts(db.objects(Question.class).exclude("questionText__startswith", "Tabs").orderBy("id")));
    }

    @Test
    @DisplayName("count runs a SQL COUNT and respects limit and offset")
    void count() {
        assertEquals(7, db.objects(Choice.class).count());
        assertTrue(queries.statements().get(0).sql().startsWith("SELECT COUNT(*)"), queries.statements().toString());
        assertEquals(2, db.objects(Choice.class).offset(5).count());
        assertEquals(3, db.objects(Choice.class).limit(3).count());
    }

    @Test
    @DisplayName("exists says whether any row matches")
    void exists() {
        assertTrue(db.objects(Choice.class).filter("votes__gte", 12).exists());
        assertFalse(db.objects(Choice.class).filter("votes__gt", 12).exists());
    }

    @Test
    @DisplayName("first returns the first row by primary key when unordered, or empty")
    void first() {
        assertEquals("What's up?", db.objects(Question.class).first().orElseThrow().questionText);
        assertEquals("Tabs or spaces?", db.objects(Question.class).orderBy("pubDate").first().orElseThrow().questionText);
        assertTrue(db.objects(Question.class).filter("id", 999).first().isEmpty());
    }

    @Test
    @DisplayName("get returns the single matching object")
    void get() {
        assertEquals("Favourite colour?", db.objects(Question.class).get("questionText__icontains", "COLOUR").questionText);
    }

    @Test
    @DisplayName("get with no match raises DoesNotExist naming the model and the conditions")
    void getNone() {
        DoesNotExist e = assertThrows(DoesNotExist.class, () -> db.objects(Question.class).filter("id", 42).get());
        assertEquals("Question matching query does not exist: id=42", e.getMessage());
        assertEquals(Question.class, e.model());
    }

    @Test
    @DisplayName("get with several matches raises MultipleObjectsReturned naming the model and the conditions")
    void getMany() {
        MultipleObjectsReturned e = assertThrows(MultipleObjectsReturned.class,
                () -> db.objects(Choice.class).get("choiceText", "The sky"));
        assertTrue(e.getMessage().startsWith("get() returned more than one Choice for choiceText='The sky'"), e.getMessage());
    }

    @Test
    @DisplayName("an unknown field fails when the filter is built, listing the model's fields")
    void unknownField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> db.objects(Choice.class).filter("vots__gt", 1));
        assertEquals("Choice has no field 'vots' (in 'vots__gt'). Its fields are: pk, id, question, choiceText, votes.",
                e.getMessage());
        assertEquals(0, queries.count());
    }

    @Test
    @DisplayName("an unknown lookup fails when the filter is built, listing the lookups")
    void unknownLookup() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> db.objects(Choice.class).filter("votes__bigger", 1));
        assertTrue(e.getMessage().startsWith("Unknown lookup 'bigger' in 'votes__bigger': Choice.votes is not a foreign"
                + " key, so 'bigger' must be one of the lookups exact, iexact,"), e.getMessage());
    }

    @Test
    @DisplayName("an unknown field in orderBy fails at once")
    void unknownOrder() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> db.objects(Question.class).orderBy("-published"));
        assertTrue(e.getMessage().startsWith("Question has no field 'published'"), e.getMessage());
    }

    @Test
    @DisplayName("excluding across a reverse relation keeps the questions none of whose choices match, as a subquery")
    void reverseExclude() {
        QuerySet<Question> noZero = db.objects(Question.class).exclude("choices__votes", 0);
        assertEquals(List.of(2L), noZero.list().stream().map(q -> q.id).toList());
        assertTrue(noZero.sql().contains("NOT (t0.\"id\" IN (SELECT t0.\"question_id\" FROM \"choice\" t0"), noZero.sql());
    }

    @Test
    @DisplayName("filtering across a reverse relation repeats a question per matching choice; distinct() removes the repeats")
    void reverseFilter() {
        QuerySet<Question> withVotes = db.objects(Question.class).filter("choices__votes__gte", 1).orderBy("id");
        assertEquals(List.of(1L, 2L, 2L, 3L, 3L), withVotes.list().stream().map(q -> q.id).toList());
        assertEquals(List.of(1L, 2L, 3L), withVotes.distinct().list().stream().map(q -> q.id).toList());
        assertEquals(3, withVotes.distinct().count());
    }

    @Test
    @DisplayName("a negative limit is refused")
    void negativeLimit() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> db.objects(Question.class).limit(-1));
        assertEquals("limit(-1): a limit cannot be negative", e.getMessage());
    }

    @Test
    @DisplayName("Q objects combine with or, and, not")
    void qObjects() {
        Q old = Q.of("pubDate__lt", Polls.NOW.minusSeconds(86_400 * 2 - 1));
        Q colour = Q.of("questionText__contains", "colour");
        assertEquals(List.of("Favourite colour?", "Tabs or spaces?"), texts(db.objects(Question.class).filter(old.or(colour)).orderBy("id")));
        assertEquals(List.of(), texts(db.objects(Question.class).filter(old.and(colour))));
        assertEquals(List.of("What's up?"), texts(db.objects(Question.class).filter(old.or(colour).not())));
    }

    @Test
    @DisplayName("F compares two columns of the same row")
    void fInFilter() {
        Database local = Polls.empty();
        Question q = local.save(new Question("q", Polls.NOW));
        local.save(new Choice(q, "5", 5));
        local.save(new Choice(q, "7", 7));
        assertEquals(List.of(5), local.objects(Choice.class).filter("votes", F.of("id").plus(4)).list().stream().map(c -> c.votes).toList());
        local.close();
    }

    @Test
    @DisplayName("a QuerySet can be iterated and shows the SQL it would run")
    void iterationAndSql() {
        int n = 0;
        for (Question q : db.objects(Question.class).filter("id__in", List.of(1L, 2L))) {
            n += q.questionText.isEmpty() ? 0 : 1;
        }
        assertEquals(2, n);
        assertEquals("SELECT t0.\"id\", t0.\"question_text\", t0.\"pub_date\" FROM \"question\" t0 WHERE t0.\"id\" = ?  [1]",
                db.objects(Question.class).filter("id", 1).sql());
    }
}
