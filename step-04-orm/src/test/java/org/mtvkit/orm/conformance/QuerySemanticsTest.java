package org.mtvkit.orm.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mtvkit.orm.Database;
import org.mtvkit.orm.DoesNotExist;
import org.mtvkit.orm.F;
import org.mtvkit.orm.OrderBy;
import org.mtvkit.orm.Q;
import org.mtvkit.orm.QueryCounter;
import org.mtvkit.orm.QuerySet;

/**
 * The classic traps, one behaviour each, on the conformance dataset: books whose rating may be NULL,
 * whose author may be missing (a nullable first hop) and whose author always has a country (a
 * non-null second hop). The expected ids are Django 3.2's on PostgreSQL.
 */
class QuerySemanticsTest {
    static Database db;

    @BeforeAll
    static void load() {
        db = Library.fresh();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    static QuerySet<Book> books() {
        return db.objects(Book.class);
    }

    static List<Long> ids(QuerySet<Book> books) {
        return books.orderBy("id").list().stream().map(b -> b.id).toList();
    }

    static List<Long> ids(Long... ids) {
        return Arrays.asList(ids);
    }

    @Nested
    @DisplayName("NULL under negation")
    class Negation {
        @Test
        @DisplayName("exclude keeps the rows whose column is NULL, as Django's NOT (cond AND col IS NOT NULL)")
        void nullableColumn() {
            assertEquals(ids(2L, 5L, 6L, 8L, 9L, 13L, 14L, 15L), ids(books().exclude("rating__gt", 2)));
        }

        @Test
        @DisplayName("exclude across a nullable foreign key keeps the books without an author or without an age")
        void acrossLeftJoin() {
            assertEquals(ids(4L, 6L, 7L, 9L, 10L, 11L, 12L, 13L, 15L), ids(books().exclude("author__age__gt", 30)));
        }

        @Test
        @DisplayName("exclude against an F() on a nullable field keeps the rows where that field is NULL")
        void nullableOperand() {
            assertEquals(ids(2L, 5L, 9L, 14L, 15L), ids(books().exclude("pages__gt", F.of("rating"))));
        }

        @Test
        @DisplayName("Q.not() is written the same way as exclude")
        void qNot() {
            assertEquals(ids(books().exclude("rating__gt", 2)), ids(books().filter(Q.of("rating__gt", 2).not())));
        }

        @Test
        @DisplayName("a double negation is the plain condition again")
        void doubleNegation() {
            assertEquals(ids(books().filter("rating__gt", 2)), ids(books().filter(Q.of("rating__gt", 2).not().not())));
        }

        @Test
        @DisplayName("a delete through exclude deletes the rows Django deletes, NULLs included")
        void deleteThroughExclude() {
            Rollback undone = assertThrows(Rollback.class, () -> db.atomic(() -> {
                throw new Rollback(books().exclude("rating__gt", 2).delete().total()); // rolled back: the dataset stays whole
            }));
            assertEquals(8, undone.result);
            assertEquals(15, books().count());
        }

        @Test
        @DisplayName("the SQL carries the IS NOT NULL inside the NOT")
        void sql() {
            assertTrue(books().exclude("rating__gt", 2).sql().contains("NOT ((t0.\"rating\" > ? AND t0.\"rating\" IS NOT NULL))"),
                    books().exclude("rating__gt", 2).sql());
        }
    }

    @Nested
    @DisplayName("IN lists")
    class In {
        @Test
        @DisplayName("null is dropped from an IN list, as Django drops None")
        void nullDropped() {
            assertEquals(ids(3L, 4L, 11L, 12L), ids(books().filter("rating__in", Arrays.asList(3, null))));
        }

        @Test
        @DisplayName("exclude with null in the IN list keeps every row whose value is not in it, NULLs included")
        void excludeWithNull() {
            assertEquals(ids(1L, 2L, 5L, 6L, 7L, 8L, 9L, 10L, 13L, 14L, 15L),
                    ids(books().exclude("rating__in", Arrays.asList(3, null))));
        }

        @Test
        @DisplayName("an empty IN list matches nothing and runs no SQL")
        void emptyRunsNothing() {
            QueryCounter counter = new QueryCounter();
            db.addListener(counter);
            try {
                assertEquals(List.of(), books().filter("rating__in", List.of()).list());
            } finally {
                db.removeListener(counter);
            }
            assertEquals(0, counter.count());
        }
    }

    @Nested
    @DisplayName("join promotion")
    class JoinPromotion {
        @Test
        @DisplayName("after a LEFT JOIN on a nullable foreign key, the next hop on that path is a LEFT JOIN too")
        void leftAfterLeft() {
            String sql = books().filter("author__country__name", "France").sql();
            assertTrue(sql.contains("LEFT JOIN \"author\" t1") && sql.contains("LEFT JOIN \"country\" t2"), sql);
        }

        @Test
        @DisplayName("a non-null foreign key from the root is an INNER JOIN")
        void innerFromRoot() {
            String sql = db.objects(Author.class).filter("country__name", "France").sql();
            assertTrue(sql.contains(" JOIN \"country\" t1") && !sql.contains("LEFT"), sql);
        }

        @Test
        @DisplayName("exclude across both hops keeps the books without an author")
        void excludeKeepsOrphans() {
            assertEquals(ids(3L, 4L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 15L),
                    ids(books().exclude("author__country__name", "France")));
        }

        @Test
        @DisplayName("ordering across both hops keeps every book")
        void orderingKeepsEveryRow() {
            assertEquals(15, books().orderBy("author__country__name", "id").list().size());
        }

        @Test
        @DisplayName("selectRelated across both hops keeps every book, and a missing author stays null")
        void selectRelatedKeepsEveryRow() {
            List<Book> all = books().selectRelated("author__country").orderBy("id").list();
            assertEquals(15, all.size());
            assertNull(all.get(5).author);
            assertEquals("France", all.get(0).author.get().country.get().name);
        }

        @Test
        @DisplayName("values across both hops gives null for a book without an author")
        void values() {
            assertNull(books().filter("id", 6).values("author__country__name").get(0).get("author__country__name"));
        }
    }

    @Nested
    @DisplayName("limits and offsets are Django's slices")
    class Slices {
        @Test
        @DisplayName("limit(0).exists() is false")
        void existsRespectsLimit() {
            assertFalse(books().limit(0).exists());
        }

        @Test
        @DisplayName("limit(0).first() is empty")
        void firstRespectsLimit() {
            assertTrue(books().orderBy("id").limit(0).first().isEmpty());
        }

        @Test
        @DisplayName("limit(1).get() returns the one row, where Django's [:1].get() does")
        void getRespectsLimit() {
            assertEquals(1L, books().orderBy("id").limit(1).get().id);
        }

        @Test
        @DisplayName("limit(5).offset(2) is [:5][2:]: rows 3 to 5")
        void limitThenOffset() {
            assertEquals(ids(3L, 4L, 5L), books().orderBy("id").limit(5).offset(2).list().stream().map(b -> b.id).toList());
        }

        @Test
        @DisplayName("offset(2).limit(5) is [2:][:5]: rows 3 to 7")
        void offsetThenLimit() {
            assertEquals(ids(3L, 4L, 5L, 6L, 7L),
                    books().orderBy("id").offset(2).limit(5).list().stream().map(b -> b.id).toList());
        }

        @Test
        @DisplayName("count() counts the slice")
        void count() {
            assertEquals(3, books().orderBy("id").limit(5).offset(2).count());
        }

        @Test
        @DisplayName("filtering a slice is refused, as in Django, naming the call")
        void filterAfterSlice() {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> books().limit(2).filter("rating", 3));
            assertEquals("filter(rating=3) cannot run on a QuerySet with limit() or offset(), as in Django (\"Cannot"
                    + " filter a query once a slice has been taken\"); call it before limit()/offset()", e.getMessage());
        }
    }

    @Nested
    @DisplayName("values() and the primary key alias")
    class ValuesAndPk {
        @Test
        @DisplayName("values() keys a foreign key by its name with Id, holding the key (Django's author_id)")
        void foreignKeyKey() {
            Map<String, Object> row = books().filter("id", 1).values().get(0);
            assertEquals(List.of("id", "title", "pages", "rating", "authorId", "published"), List.copyOf(row.keySet()));
            assertEquals(1L, row.get("authorId"));
        }

        @Test
        @DisplayName("values(\"author\") keeps the name it was given")
        void namedForeignKey() {
            assertEquals(Map.of("author", 1L), books().filter("id", 1).values("author").get(0));
        }

        @Test
        @DisplayName("authorId filters by the key without a join")
        void attnameFilter() {
            assertEquals(ids(4L, 11L, 12L), ids(books().filter("authorId", 2)));
            assertFalse(books().filter("authorId", 2).sql().contains("JOIN"));
        }

        @Test
        @DisplayName("pk is the primary key, in lookups and across a foreign key")
        void pkAlias() {
            assertEquals(3L, books().get("pk", 3).id);
            assertEquals(ids(4L, 11L, 12L), ids(books().filter("author__pk", 2)));
        }
    }

    @Nested
    @DisplayName("NULL ordering is the same on every dialect")
    class NullOrdering {
        @Test
        @DisplayName("ascending puts NULLs last, as PostgreSQL does")
        void ascendingLast() {
            List<Long> order = ids2(books().orderBy("rating", "id"));
            assertEquals(ids(2L, 5L, 9L, 14L, 15L), order.subList(10, 15));
        }

        @Test
        @DisplayName("descending puts NULLs first")
        void descendingFirst() {
            assertEquals(ids(2L, 5L, 9L, 14L, 15L), ids2(books().orderBy("-rating", "id")).subList(0, 5));
        }

        @Test
        @DisplayName("nullsFirst() and nullsLast() say it explicitly")
        void explicit() {
            assertEquals(ids(2L, 5L, 9L, 14L, 15L),
                    ids2(books().orderBy(OrderBy.asc("rating").nullsFirst(), OrderBy.asc("id"))).subList(0, 5));
            assertEquals(ids(2L, 5L, 9L, 14L, 15L),
                    ids2(books().orderBy(OrderBy.desc("rating").nullsLast(), OrderBy.asc("id"))).subList(10, 15));
        }

        private List<Long> ids2(QuerySet<Book> ordered) {
            return ordered.list().stream().map(b -> b.id).toList();
        }
    }

    @Nested
    @DisplayName("refused uses raise before any SQL")
    class Refused {
        @Test
        @DisplayName("null in a lookup other than exact names the lookup and what to use")
        void nullValue() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> books().filter("rating__gt", null));
            assertEquals("The lookup 'rating__gt' was given null; only 'exact' accepts null (it means IS NULL), or use"
                    + " '__isnull' with true or false.", e.getMessage());
        }

        @Test
        @DisplayName("an unknown lookup lists the lookups there are")
        void unknownLookup() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> books().filter("rating__nope", 1));
            assertEquals("Unknown lookup 'nope' in 'rating__nope': Book.rating is not a foreign key, so 'nope' must be"
                    + " one of the lookups exact, iexact, contains, icontains, startswith, istartswith, endswith,"
                    + " iendswith, gt, gte, lt, lte, in, isnull, range.", e.getMessage());
        }

        @Test
        @DisplayName("latest() of nothing raises DoesNotExist naming the model")
        void latestOfNothing() {
            DoesNotExist e = assertThrows(DoesNotExist.class, () -> books().filter("pages__gt", 1000).latest("published"));
            assertEquals("Book matching query does not exist: pages__gt=1000", e.getMessage());
        }

        @Test
        @DisplayName("SUM of a text field is refused, naming the field")
        void sumOfText() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> books().aggregate(org.mtvkit.orm.Aggregate.sum("title")));
            assertEquals("SUM(\"title\"): Book.title is a String; SUM and AVG need a number field.", e.getMessage());
        }
    }

    /** Carries a result out of an atomic block that is rolled back. */
    static final class Rollback extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final long result;

        Rollback(long result) {
            super(null, null, false, false);
            this.result = result;
        }
    }
}
