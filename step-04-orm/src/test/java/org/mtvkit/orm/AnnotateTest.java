package org.mtvkit.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * {@code annotate()} with aggregates, GROUP BY and HAVING, and {@code exclude()} across a reverse
 * relation after a foreign key, on the polls data: question 1 has choices with 0 and 10 votes,
 * question 2 with 1 and 11, question 3 with 2, 12 and 0.
 */
class AnnotateTest {
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

    private QuerySet<Question> questions() {
        return db.objects(Question.class);
    }

    private static List<Object> values(List<Annotated<Question>> rows, String name) {
        return rows.stream().map(r -> r.get(name)).toList();
    }

    @Test
    @DisplayName("Count over a reverse relation gives each question its number of choices, in one query")
    void countReverse() {
        List<Annotated<Question>> rows = questions().annotate(Aggregate.count("choices")).orderBy("id").listAnnotated();
        assertEquals(List.of(2L, 2L, 3L), values(rows, "choices__count"));
        assertEquals("What's up?", rows.get(0).object().questionText);
        assertEquals(1, queries.count());
    }

    @Test
    @DisplayName("Sum across a reverse relation, under a name of our own")
    void sumReverse() {
        List<Annotated<Question>> rows = questions().annotate("votes", Aggregate.sum("choices__votes")).orderBy("id")
                .listAnnotated();
        assertEquals(List.of(10L, 12L, 14L), values(rows, "votes"));
    }

    @Test
    @DisplayName("an annotated query LEFT JOINs the children and groups by the model's columns")
    void groupsByTheModel() {
        String sql = questions().annotate(Aggregate.count("choices")).sql();
        assertTrue(sql.contains("COUNT(t1.\"id\") FROM \"question\" t0 LEFT JOIN \"choice\" t1"), sql);
        assertTrue(sql.contains("GROUP BY t0.\"id\", t0.\"question_text\", t0.\"pub_date\""), sql);
    }

    @Test
    @DisplayName("a filter on an annotation is HAVING, a filter on a field is WHERE")
    void havingAndWhere() {
        QuerySet<Question> busy = questions().annotate("n", Aggregate.count("choices"))
                .filter(Q.of("n__gt", 2).and(Q.of("questionText__icontains", "s")));
        String sql = busy.sql();
        assertTrue(sql.contains("WHERE LOWER(t0.\"question_text\") LIKE LOWER(?)"), sql);
        assertTrue(sql.contains("HAVING COUNT(t1.\"id\") > ?"), sql);
        assertEquals(List.of("Tabs or spaces?"), busy.list().stream().map(q -> q.questionText).toList());
    }

    @Test
    @DisplayName("a filter before annotate restricts the rows the aggregate counts")
    void filterBefore() {
        List<Annotated<Question>> rows = questions().filter("choices__votes__gte", 10)
                .annotate("n", Aggregate.count("choices")).orderBy("id").listAnnotated();
        assertEquals(List.of(1L, 1L, 1L), values(rows, "n"));
    }

    @Test
    @DisplayName("a filter after annotate joins the children again, so the count multiplies, as in Django")
    void filterAfter() {
        List<Annotated<Question>> rows = questions().annotate("n", Aggregate.count("choices"))
                .filter("choices__votes__gte", 10).orderBy("id").listAnnotated();
        assertEquals(List.of(2L, 2L, 3L), values(rows, "n"));
        List<Annotated<Question>> distinct = questions().annotate("n", Aggregate.count("choices").asDistinct())
                .filter("choices__votes", 0).orderBy("id").listAnnotated();
        assertEquals(List.of(2L, 3L), values(distinct, "n"));
    }

    @Test
    @DisplayName("an aggregate with a filter counts only the rows that meet it, with FILTER (WHERE ...)")
    void filteredAggregate() {
        QuerySet<Question> popular = questions().annotate("popular", Aggregate.count("choices")
                .filter(Q.of("choices__votes__gte", 10))).annotate("n", Aggregate.count("choices")).orderBy("id");
        assertEquals(List.of(1L, 1L, 1L), values(popular.listAnnotated(), "popular"));
        assertTrue(popular.sql().contains("COUNT(t1.\"id\") FILTER (WHERE t1.\"votes\" >= ?), COUNT(t1.\"id\")"),
                popular.sql());
    }

    @Test
    @DisplayName("a negation in an aggregate's filter tests the joined row itself, with no subquery")
    void negatedFilter() {
        QuerySet<Question> quiet = questions().annotate("quiet", Aggregate.count("choices")
                .filter(Q.of("choices__votes__gt", 1).not())).orderBy("id");
        assertEquals(List.of(1L, 1L, 1L), values(quiet.listAnnotated(), "quiet"));
        assertTrue(quiet.sql().contains("FILTER (WHERE NOT ((t1.\"votes\" > ? AND t1.\"votes\" IS NOT NULL)))"),
                quiet.sql());
    }

    @Test
    @DisplayName("aggregate() takes a filter too")
    void aggregateWithFilter() {
        Map<String, Object> result = db.objects(Choice.class).aggregate(Aggregate.sum("votes").filter(Q.of("votes__lt", 10)));
        assertEquals(Map.of("votes__sum", 3L), result);
    }

    @Test
    @DisplayName("orderBy names an annotation")
    void orderByAnnotation() {
        List<Object> ids = questions().annotate("votes", Aggregate.max("choices__votes")).orderBy("-votes")
                .valuesListFlat("id");
        assertEquals(List.of(3L, 2L, 1L), ids);
    }

    @Test
    @DisplayName("values() after annotate holds the fields and the annotations")
    void valuesAfterAnnotate() {
        Map<String, Object> first = questions().annotate("n", Aggregate.count("choices")).orderBy("id").values().get(0);
        assertEquals(List.of("id", "questionText", "pubDate", "n"), List.copyOf(first.keySet()));
        assertEquals(2L, first.get("n"));
    }

    @Test
    @DisplayName("groupBy then annotate gives one row per value, as Django's values().annotate()")
    void groupBy() {
        List<Map<String, Object>> rows = db.objects(Choice.class).filter("votes__lt", 12).groupBy("question")
                .annotate("total", Aggregate.sum("votes")).orderBy("question").values();
        assertEquals(List.of(Map.of("question", 1L, "total", 10L), Map.of("question", 2L, "total", 12L),
                Map.of("question", 3L, "total", 2L)), rows);
        String sql = db.objects(Choice.class).groupBy("question").annotate("total", Aggregate.sum("votes")).sql();
        assertTrue(sql.contains("GROUP BY t0.\"question_id\""), sql);
    }

    @Test
    @DisplayName("aggregate over an annotation runs one query around the grouped one")
    void aggregateOverAnnotation() {
        Map<String, Object> result = questions().annotate("n", Aggregate.count("choices"))
                .aggregate(Aggregate.avg("n"), Aggregate.max("n"));
        assertEquals(7.0 / 3, (Double) result.get("n__avg"), 1e-9);
        assertEquals(3L, result.get("n__max"));
        assertEquals(1, queries.count());
    }

    @Test
    @DisplayName("count() of an annotated query counts the groups that pass HAVING")
    void countGroups() {
        assertEquals(1, questions().annotate("n", Aggregate.count("choices")).filter("n", 3).count());
        assertEquals(3, db.objects(Choice.class).groupBy("question").annotate("n", Aggregate.count("id")).count());
    }

    @Test
    @DisplayName("exclude across a reverse relation after a foreign key writes a subquery")
    void excludeAfterForeignKey() {
        QuerySet<Choice> choices = db.objects(Choice.class).exclude("question__choices__votes__gt", 11).orderBy("id");
        assertEquals(List.of(1L, 2L, 3L, 4L), choices.valuesListFlat("id"));
        assertTrue(choices.sql().contains("NOT (t0.\"question_id\" IN (SELECT t0.\"question_id\" FROM \"choice\" t0"),
                choices.sql());
    }

    @Test
    @DisplayName("exclude of a missing child (isnull) asks the parents LEFT JOINed to their children")
    void excludeMissingChild() {
        db.save(new Question("Nobody answers?", Polls.NOW));
        assertEquals(List.of(1L, 2L, 3L), questions().exclude("choices__isnull", true).orderBy("id").valuesListFlat("id"));
    }

    // Refused uses: each names what was wrong, before any SQL.

    private void refused(String message, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertEquals(message, e.getMessage());
        assertEquals(0, queries.count());
    }

    @Test
    @DisplayName("annotate of an unknown field names the model's fields")
    void unknownField() {
        refused("Question has no field 'nope' (in 'nope'). Its fields are: pk, id, questionText, pubDate, choices.",
                () -> questions().annotate(Aggregate.count("nope")));
    }

    @Test
    @DisplayName("an annotation may not take a field's name")
    void nameClash() {
        refused("annotate(questionText=COUNT(\"choices\")): the annotation 'questionText' conflicts with a field of"
                + " Question (as Django's ValueError). Choose another name; the fields are: pk, id, questionText, pubDate, choices.",
                () -> questions().annotate("questionText", Aggregate.count("choices")));
    }

    @Test
    @DisplayName("an annotation's name is an identifier, so it cannot carry SQL")
    void nameIsIdentifier() {
        refused("annotate(n; DROP TABLE choice=COUNT(\"choices\")): an annotation's name is an identifier, got"
                + " 'n; DROP TABLE choice'", () -> questions().annotate("n; DROP TABLE choice", Aggregate.count("choices")));
    }

    @Test
    @DisplayName("a text lookup on a count is refused")
    void textLookupOnCount() {
        refused("'n__contains': the annotation 'n' (COUNT, a Long) is not text, so it has no 'contains'. Compare it"
                + " with exact, gt, gte, lt, lte, in, range or isnull.",
                () -> questions().annotate("n", Aggregate.count("choices")).filter("n__contains", 1));
    }

    @Test
    @DisplayName("a date part of a count is an unknown lookup")
    void datePartOfCount() {
        refused("Unknown lookup 'year' in 'n__year' on the annotation 'n' (COUNT, a Long); an annotation takes one of"
                + " the lookups exact, iexact, contains, icontains, startswith, istartswith, endswith, iendswith, gt,"
                + " gte, lt, lte, in, isnull, range.",
                () -> questions().annotate("n", Aggregate.count("choices")).filter("n__year", 2020));
    }

    @Test
    @DisplayName("an aggregate over an annotation is refused in annotate")
    void aggregateOfAggregate() {
        refused("annotate(m=SUM(\"n\")): 'n' is an aggregate already; an aggregate cannot be annotated over another"
                + " one (Django's FieldError). aggregate() over the annotated QuerySet can: aggregate(SUM(\"n\")).",
                () -> questions().annotate("n", Aggregate.count("choices")).annotate("m", Aggregate.sum("n")));
    }

    @Test
    @DisplayName("SUM of a text field is refused")
    void sumOfText() {
        refused("annotate(t=SUM(\"choices__choiceText\")): Choice.choiceText is a String; SUM and AVG need a number field.",
                () -> questions().annotate("t", Aggregate.sum("choices__choiceText")));
    }

    @Test
    @DisplayName("an aggregate's filter may not name an aggregate")
    void filterOnAggregate() {
        refused("annotate(m=COUNT(\"choices\")): the filter n__gt=1 names an aggregate; an aggregate's filter is a"
                + " condition on the rows it aggregates.", () -> questions().annotate("n", Aggregate.count("choices"))
                .annotate("m", Aggregate.count("choices").filter(Q.of("n__gt", 1))));
    }

    @Test
    @DisplayName("aggregate() with a filter over an annotated QuerySet is refused")
    void filterOverGroups() {
        refused("MAX(\"n\") with a filter over an annotated QuerySet: the kit aggregates its groups in a query around"
                + " it, where the filter's fields are gone. filter() the QuerySet before annotate() instead.",
                () -> questions().annotate("n", Aggregate.count("choices"))
                        .aggregate(Aggregate.max("n").filter(Q.of("id__gt", 1))));
    }

    @Test
    @DisplayName("MIN and MAX do not take distinct")
    void minDistinct() {
        refused("MIN(\"votes\") does not allow distinct, as in Django: the smallest and largest values are the same"
                + " either way. COUNT, SUM and AVG do.", () -> Aggregate.min("votes").asDistinct());
    }

    @Test
    @DisplayName("groupBy comes before annotate")
    void groupByAfterAnnotate() {
        refused("groupBy(question) after annotate(): call groupBy first, as Django's values() comes before annotate()"
                + " to group by its fields; after annotate(), values() only picks columns and the rows stay grouped by"
                + " object.", () -> db.objects(Choice.class).annotate("n", Aggregate.count("id")).groupBy("question"));
    }

    @Test
    @DisplayName("groupBy needs a field")
    void groupByNothing() {
        refused("groupBy() needs at least one field of Choice: id, question, choiceText, votes (an annotate() without"
                + " groupBy groups by object already).", () -> db.objects(Choice.class).groupBy());
    }

    @Test
    @DisplayName("an unknown annotation name is refused on the loaded row")
    void unknownAnnotation() {
        Annotated<Question> row = questions().annotate("n", Aggregate.count("choices")).orderBy("id").listAnnotated().get(0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> row.get("m"));
        assertEquals("No annotation 'm' on this Question; the annotations are: n.", e.getMessage());
    }

    @Test
    @DisplayName("groups are read as values, not as objects")
    void groupsAreNotObjects() {
        QuerySet<Choice> grouped = db.objects(Choice.class).groupBy("question").annotate("n", Aggregate.count("id"));
        IllegalStateException e = assertThrows(IllegalStateException.class, grouped::list);
        assertEquals("list() after groupBy(question): a group is not an object; read the groups with values() or"
                + " valuesList().", e.getMessage());
        assertEquals(0, queries.count());
    }
}
