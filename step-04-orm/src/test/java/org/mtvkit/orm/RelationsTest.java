package org.mtvkit.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Foreign keys, reverse relations, and loading them without N+1 queries. */
class RelationsTest {
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

    @Test
    @DisplayName("a foreign key read before it is loaded loads its row with one query, then keeps it")
    void loadedOnFirstRead() {
        Choice choice = db.objects(Choice.class).orderBy("id").first().orElseThrow();
        queries.reset();
        assertEquals("What's up?", choice.question.get().questionText);
        assertEquals(1, queries.count());
        assertTrue(queries.statements().get(0).sql().startsWith("SELECT t0.\"id\", t0.\"question_text\","
                + " t0.\"pub_date\" FROM \"question\" t0 WHERE t0.\"id\" = ?"), queries.statements().toString());
        assertSame(choice.question.get(), choice.question.get());
        assertEquals(1, queries.count());
    }

    @Test
    @DisplayName("a plain query's columns stay the model's own after queries on the same model selected related rows or annotated")
    void plainColumnsAreNotChangedByRicherQueries() {
        String plain = db.objects(Choice.class).sql();
        assertTrue(db.objects(Choice.class).selectRelated("question").sql().contains("t1.\"question_text\""));
        assertTrue(db.objects(Question.class).annotate("n", Aggregate.count("choices")).sql().contains("COUNT("));
        assertEquals(plain, db.objects(Choice.class).sql());
        assertEquals(List.of("Favourite colour?", "Tabs or spaces?", "What's up?"),
                db.objects(Question.class).orderBy("questionText").list().stream().map(q -> q.questionText).toList());
    }

    @Test
    @DisplayName("a foreign key's id is read without a query, and nothing of the related model is built")
    void idWithoutQuery() {
        List<Choice> choices = db.objects(Choice.class).orderBy("id").list();
        queries.reset();
        assertEquals(List.of(1L, 1L, 2L, 2L, 3L, 3L, 3L), choices.stream().map(c -> c.question.id().orElseThrow()).toList());
        assertTrue(choices.stream().noneMatch(c -> c.question.isLoaded()), "no Question object is built per Choice");
        assertEquals(0, queries.count());
    }

    @Test
    @DisplayName("N+1: reading the question of each of N choices runs N more queries, as in Django")
    void foreignKeyNPlusOne() {
        List<Choice> choices = db.objects(Choice.class).orderBy("id").list();
        queries.reset();
        List<String> texts = choices.stream().map(c -> c.question.get().questionText).toList();
        assertEquals(List.of("What's up?", "What's up?", "Favourite colour?", "Favourite colour?", "Tabs or spaces?",
                "Tabs or spaces?", "Tabs or spaces?"), texts);
        assertEquals(7, queries.count());
    }

    @Test
    @DisplayName("with selectRelated reading every choice's question runs no query beyond the one join")
    void selectRelatedIsOneQuery() {
        List<String> texts = db.objects(Choice.class).selectRelated("question").orderBy("id").list().stream()
                .map(c -> c.question.get().questionText).toList();
        assertEquals(7, texts.size());
        assertEquals(1, queries.count());
    }

    @Test
    @DisplayName("a foreign key read after its database is closed fails naming the field, the row and selectRelated")
    void closedDatabase() {
        Database closing = Polls.withData();
        Choice choice = closing.objects(Choice.class).orderBy("id").first().orElseThrow();
        closing.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> choice.question.get());
        String first = e.getMessage().lines().findFirst().orElseThrow();
        assertTrue(first.startsWith("Cannot load Choice.question (Question with id 1) on first read: "), first);
        assertTrue(e.getMessage().contains("\n  A foreign key's row is loaded when it is first read, which needs the"
                + " database open. To load it together with its row, query with selectRelated(\"question\")."),
                e.getMessage());
    }

    @Test
    @DisplayName("a foreign key whose row is gone raises DoesNotExist naming the row and the field")
    void missingRow() {
        Choice choice = db.objects(Choice.class).orderBy("id").first().orElseThrow();
        db.objects(Choice.class).delete();
        db.objects(Question.class).delete();
        DoesNotExist e = assertThrows(DoesNotExist.class, () -> choice.question.get());
        assertEquals("Question matching query does not exist: id = 1 (the row Choice.question points at)",
                e.getMessage());
    }

    @Test
    @DisplayName("selectRelated names only foreign keys, and says which ones exist")
    void selectRelatedUnknown() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> db.objects(Choice.class).selectRelated("votes"));
        assertEquals("selectRelated(\"votes\"): Choice has no foreign key 'votes'. Its foreign keys are: question.", e.getMessage());
    }

    @Test
    @DisplayName("reading a reverse relation runs one query per parent: the N+1 problem")
    void nPlusOne() {
        List<Question> questions = db.objects(Question.class).orderBy("id").list();
        int total = 0;
        for (Question q : questions) {
            total += q.choices.size();
        }
        assertEquals(7, total);
        assertEquals(1 + questions.size(), queries.count());
    }

    @Test
    @DisplayName("a reverse relation lists the children in key order and runs its query only once")
    void reverseOnce() {
        Question tabs = db.objects(Question.class).get("id", 3);
        assertEquals(List.of("Not much", "The sky", "Both"), tabs.choices.stream().map(c -> c.choiceText).toList());
        tabs.choices.size();
        assertEquals(2, queries.count());
    }

    @Test
    @DisplayName("prefetchRelated loads every parent's children with one extra IN query")
    void prefetchRelated() {
        List<Question> questions = db.objects(Question.class).prefetchRelated("choices").orderBy("id").list();
        assertEquals(List.of(2, 2, 3), questions.stream().map(q -> q.choices.size()).toList());
        assertEquals(2, queries.count());
        assertTrue(queries.statements().get(1).sql().contains("IN (?, ?, ?)"), queries.statements().toString());
        assertTrue(questions.get(2).choices.get(0).question.isLoaded(), "a prefetched child's foreign key is loaded");
        assertSame(questions.get(2), questions.get(2).choices.get(0).question.get(), "a prefetched child points at its parent");
        assertEquals(2, queries.count());
    }

    @Test
    @DisplayName("prefetchRelated names only reverse relations, and says which ones exist")
    void prefetchUnknown() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> db.objects(Choice.class).prefetchRelated("question"));
        assertTrue(e.getMessage().startsWith("prefetchRelated(\"question\"): Choice has no reverse relation 'question'."),
                e.getMessage());
    }

    @Test
    @DisplayName("a query ordered by a related field joins it")
    void orderAcross() {
        List<String> order = db.objects(Choice.class).orderBy("-question__pubDate", "id").list().stream()
                .map(c -> c.choiceText).toList();
        assertEquals(List.of("Not much", "The sky", "Not much", "The sky", "Not much", "The sky", "Both"), order);
    }

    @Test
    @DisplayName("a bulk delete with a condition across a join deletes only the matching rows")
    void deleteAcross() {
        long deleted = db.objects(Choice.class).filter("question__questionText__startswith", "Tabs").delete().total();
        assertEquals(3, deleted);
        assertEquals(4, db.objects(Choice.class).count());
    }

    @Test
    @DisplayName("deleting a parent that still has children fails with the SQL and its parameters")
    void deleteParentFails() {
        OrmException e = assertThrows(OrmException.class, () -> db.objects(Question.class).filter("id", 1).delete());
        assertTrue(e.getMessage().contains(TestDatabases.postgres() ? "violates foreign key constraint" : "Referential integrity"), e.getMessage());
        assertTrue(e.getMessage().contains("SQL: DELETE FROM \"question\" t0 WHERE t0.\"id\" = ?"), e.getMessage());
        assertTrue(e.getMessage().contains("parameters: [1]"), e.getMessage());
        assertEquals(List.of(1), e.parameters());
    }
}
