package org.mtvkit.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Chapter 4, exercise 3: {@code QuerySet.reverse()}, Django's {@code reverse()}: the ordering flipped. */
@Tag("exercise")
@Tag("exercise-04-reverse")
@DisplayName("Exercise 04-reverse: QuerySet.reverse() gives the same rows in the opposite order")
class ReverseExerciseTest {

    private final Database db = Polls.withData(); // votes 0 and 10, 1 and 11, 2, 12 and 0, one question each

    @AfterEach
    void close() {
        db.close();
    }

    /** QuerySet.reverse(), called by reflection so that the kit compiles before it exists. */
    @SuppressWarnings("unchecked")
    private static <T> QuerySet<T> reverse(QuerySet<T> query) {
        try {
            Method reverse = QuerySet.class.getMethod("reverse");
            return (QuerySet<T>) reverse.invoke(query);
        } catch (NoSuchMethodException e) {
            return fail("QuerySet has no reverse() yet: add a refinement that returns a new QuerySet whose ordering "
                    + "terms are each flipped, ascending to descending and back");
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            return fail("QuerySet.reverse() could not be called: " + e);
        }
    }

    private static List<String> texts(QuerySet<Choice> query) {
        return query.list().stream().map(c -> c.votes + " " + c.choiceText).toList();
    }

    @Test
    @DisplayName("every term of the ordering is flipped, the last one too")
    void flipsEveryTerm() {
        assertEquals(List.of("12 The sky", "11 The sky", "10 The sky", "2 Not much", "1 Not much", "0 Both",
                "0 Not much"), texts(reverse(db.objects(Choice.class).orderBy("votes", "id"))),
                "reverse() of orderBy(\"votes\", \"id\") must order by votes descending, then id descending: flip "
                        + "each term, not only the first");
    }

    @Test
    @DisplayName("reversing twice gives the first order back, and the original QuerySet is unchanged")
    void twiceAndUnchanged() {
        QuerySet<Choice> ordered = db.objects(Choice.class).orderBy("-votes", "id");
        List<String> before = texts(ordered);
        QuerySet<Choice> reversed = reverse(ordered);
        assertEquals(before, texts(ordered), "reverse() changed the QuerySet it was called on: a refinement returns a"
                + " new QuerySet and leaves the old one as it was");
        assertEquals(before, texts(reverse(reversed)), "reverse().reverse() does not give the first order back");
    }

    @Test
    @DisplayName("the SQL says DESC where the ordering said ascending")
    void inTheSql() {
        String sql = reverse(db.objects(Choice.class).orderBy("votes")).sql();
        assertTrue(sql.contains("ORDER BY") && sql.contains("DESC"), "the SQL of orderBy(\"votes\").reverse() has "
                + "no descending ORDER BY: " + sql);
    }
}
