package org.mtvkit.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SqlCacheTest {
    Database db;

    @BeforeEach
    void setUp() {
        db = Polls.withData();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    /** Queries of many shapes, each given the value it compares with: two values give two queries of one shape. */
    private static List<Function<Database, QuerySet<?>>> shapes(Object value) {
        long n = ((Number) value).longValue();
        List<Function<Database, QuerySet<?>>> shapes = new ArrayList<>();
        shapes.add(d -> d.objects(Question.class));
        shapes.add(d -> d.objects(Question.class).filter("id", n));
        shapes.add(d -> d.objects(Question.class).filter("id__gt", n));
        shapes.add(d -> d.objects(Question.class).filter("id__gte", n));
        shapes.add(d -> d.objects(Question.class).exclude("id", n));
        shapes.add(d -> d.objects(Question.class).filter(Q.of("id", n).or(Q.of("id", n + 1))));
        shapes.add(d -> d.objects(Question.class).filter(Q.of("id", n).and(Q.of("id", n + 1))));
        shapes.add(d -> d.objects(Question.class).filter("id__in", List.of(n)));
        shapes.add(d -> d.objects(Question.class).filter("id__in", List.of(n, n + 1)));
        shapes.add(d -> d.objects(Question.class).filter("id__in", List.of(n, n + 1, n + 2)));
        shapes.add(d -> d.objects(Question.class).filter("questionText__contains", "x" + n));
        shapes.add(d -> d.objects(Question.class).filter("questionText__icontains", "x" + n));
        shapes.add(d -> d.objects(Question.class).filter("questionText__startswith", "x" + n));
        shapes.add(d -> d.objects(Question.class).filter("questionText__isnull", true));
        shapes.add(d -> d.objects(Question.class).filter("questionText__isnull", false));
        shapes.add(d -> d.objects(Question.class).filter("pubDate__year", n + 2000));
        shapes.add(d -> d.objects(Question.class).filter("pubDate__month", n));
        shapes.add(d -> d.objects(Question.class).filter("choices__votes__gt", n));
        shapes.add(d -> d.objects(Question.class).exclude("choices__votes__gt", n));
        shapes.add(d -> d.objects(Question.class).filter("choices__votes__gt", n).distinct());
        shapes.add(d -> d.objects(Question.class).orderBy("id"));
        shapes.add(d -> d.objects(Question.class).orderBy("-id"));
        shapes.add(d -> d.objects(Question.class).orderBy("pubDate"));
        shapes.add(d -> d.objects(Question.class).orderBy(OrderBy.asc("questionText").nullsFirst()));
        shapes.add(d -> d.objects(Question.class).orderBy("id").limit(2));
        shapes.add(d -> d.objects(Question.class).orderBy("id").limit(3));
        shapes.add(d -> d.objects(Question.class).orderBy("id").offset(1));
        shapes.add(d -> d.objects(Question.class).orderBy("id").offset(1).limit(2));
        shapes.add(d -> d.objects(Choice.class).filter("id", n));
        shapes.add(d -> d.objects(Choice.class).filter("votes", n));
        shapes.add(d -> d.objects(Choice.class).filter("votes", F.of("id")));
        shapes.add(d -> d.objects(Choice.class).filter("votes__gt", F.of("id").plus(n)));
        shapes.add(d -> d.objects(Choice.class).filter("question__id", n));
        shapes.add(d -> d.objects(Choice.class).filter("question__questionText", "x" + n));
        shapes.add(d -> d.objects(Choice.class).filter("question__pubDate__lte", Polls.NOW.plusSeconds(n)));
        shapes.add(d -> d.objects(Choice.class).selectRelated("question").filter("id", n));
        return shapes;
    }

    /** The statement as written on a database whose cache has seen nothing else. */
    private static String sqlOnAFreshDatabase(Function<Database, QuerySet<?>> shape) {
        try (Database fresh = Polls.empty()) {
            return shape.apply(fresh).sql();
        }
    }

    @Test
    @DisplayName("two different query shapes never share SQL: each gives the text and values it gives on a fresh database")
    void shapesNeverShare() {
        for (Object value : List.of(1L, 2L)) {
            List<Function<Database, QuerySet<?>>> shapes = shapes(value);
            for (Function<Database, QuerySet<?>> shape : shapes) {
                assertEquals(sqlOnAFreshDatabase(shape), shape.apply(db).sql());
            }
        }
        List<String> texts = shapes(1L).stream().map(s -> s.apply(db).sql()).toList();
        assertEquals(texts.size(), texts.stream().distinct().count(), "every shape has its own statement: " + texts);
        // contains and startswith differ only in the value bound (%x1% and x1%): one shape, as it should be
        long withoutValues = texts.stream().map(t -> t.split("  \\[")[0]).distinct().count();
        assertEquals(texts.size() - 1, withoutValues);
        assertEquals(withoutValues, db.sqlCache().size(), "the two values of each shape shared one entry");
    }

    @Test
    @DisplayName("queries that differ only in their values share one cached text, each with its own values")
    void valuesAreBoundSeparately() {
        db.objects(Question.class).filter("id", 1L).get();
        int shapes = db.sqlCache().size();
        for (long id = 1; id <= 3; id++) {
            Question found = db.objects(Question.class).filter("id", id).get();
            assertEquals(id, found.id);
        }
        assertEquals(shapes, db.sqlCache().size());
        assertEquals(db.objects(Question.class).filter("id", 1L).sql().replace("[1]", "[2]"),
                db.objects(Question.class).filter("id", 2L).sql());
    }

    @Test
    @DisplayName("a count, an exists and a list of the same conditions are three statements, each right")
    void countExistsAndListDiffer() {
        QuerySet<Choice> some = db.objects(Choice.class).filter("votes__gte", 10);
        assertEquals(3, some.count());
        assertTrue(some.exists());
        assertEquals(3, some.list().size());
        assertEquals(3, some.limit(5).count());
        assertEquals(3, some.distinct().count());
        assertEquals(0, db.objects(Choice.class).filter("votes__gte", 100).count());
        assertEquals(List.of(12L), db.objects(Choice.class).filter("votes__gte", 12).valuesListFlat("votes").stream()
                .map(v -> ((Number) v).longValue()).toList());
    }

    @Test
    @DisplayName("a value that is null is bound as null, and an IS NULL test is a shape of its own")
    void nullValues() {
        assertEquals(0, db.objects(Question.class).filter("questionText", null).count());
        assertEquals(3, db.objects(Question.class).exclude("questionText", null).count());
        assertEquals(3, db.objects(Question.class).filter("questionText__isnull", false).count());
    }

    @Test
    @DisplayName("statements that differ in one part only (distinct, limit, offset, join kind, order) have different keys")
    void everyPartIsInTheKey() {
        SqlCache cache = new SqlCache(db.dialect());
        Expr id = new Expr.Column(QueryCompiler.ROOT, "id");
        List<Expr> where = List.of(new Expr.Compare(id, Expr.Comparison.EQUALS, new Expr.Param(1L)));
        Select.Join inner = new Select.Join("question", "t1", new Expr.Compare(new Expr.Column("t1", "id"),
                Expr.Comparison.EQUALS, new Expr.Column("t0", "question_id")), false);
        Select.Join outer = new Select.Join(inner.table(), inner.alias(), inner.on(), true);
        List<Select.Order> up = List.of(new Select.Order(id, false, false, false));
        List<Select.Order> down = List.of(new Select.Order(id, true, false, false));
        List<Select> selects = List.of(
                new Select("choice", "t0", List.of(), List.of(id), where, up, OptionalLong.empty(), OptionalLong.empty()),
                new Select("choice", "t0", List.of(), List.of(id), where, up, OptionalLong.empty(), OptionalLong.empty(), true),
                new Select("choice", "t0", List.of(), List.of(id), where, up, OptionalLong.of(2), OptionalLong.empty()),
                new Select("choice", "t0", List.of(), List.of(id), where, up, OptionalLong.of(3), OptionalLong.empty()),
                new Select("choice", "t0", List.of(), List.of(id), where, up, OptionalLong.empty(), OptionalLong.of(2)),
                new Select("choice", "t0", List.of(), List.of(id), where, down, OptionalLong.empty(), OptionalLong.empty()),
                new Select("choice", "t0", List.of(inner), List.of(id), where, up, OptionalLong.empty(), OptionalLong.empty()),
                new Select("choice", "t0", List.of(outer), List.of(id), where, up, OptionalLong.empty(), OptionalLong.empty()),
                new Select("choice", "t0", List.of(), List.of(id), List.of(), up, OptionalLong.empty(), OptionalLong.empty()));
        List<String> texts = new ArrayList<>();
        for (Select select : selects) {
            Sql cached = cache.select(select);
            assertEquals(SqlWriter.select(db.dialect(), select), cached);
            texts.add(cached.text());
        }
        assertEquals(selects.size(), texts.stream().distinct().count(), String.join("\n", texts));
        assertEquals(selects.size(), cache.size());
        assertNotEquals(cache.select(selects.get(0)).text(), cache.countOf(selects.get(0)).text());
        assertEquals(SqlWriter.countOf(db.dialect(), selects.get(0)), cache.countOf(selects.get(0)));
    }

    @Test
    @DisplayName("the cache holds a bounded number of shapes, however many IN lists of new lengths arrive")
    void bounded() {
        for (int size = 1; size <= SqlCache.CAPACITY + 20; size++) {
            List<Long> keys = LongStream.rangeClosed(1, size).boxed().toList();
            assertEquals(Math.min(size, 3), db.objects(Question.class).filter("id__in", keys).count());
        }
        assertTrue(db.sqlCache().size() <= SqlCache.CAPACITY, "held " + db.sqlCache().size());
    }

    @Test
    @DisplayName("the cache key copies every part of every record a statement is made of, as they are declared today")
    void everyPartIsKnown() {
        assertEquals(List.of(), SqlCache.unknownParts());
    }
}
