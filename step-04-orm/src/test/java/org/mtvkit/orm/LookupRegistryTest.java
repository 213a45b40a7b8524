package org.mtvkit.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Lookups are one registry, name -> lookup, with the built-ins registered like any other. */
class LookupRegistryTest {
    final Database db = Polls.withData();

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    @DisplayName("the built-in lookups are the registry's names, in registration order")
    void builtIns() {
        assertEquals(List.of("exact", "iexact", "contains", "icontains", "startswith", "istartswith", "endswith",
                "iendswith", "gt", "gte", "lt", "lte", "in", "isnull", "range"), Lookups.standard().names());
    }

    @Test
    @DisplayName("a lookup registered the way the built-ins are is understood by the compiler at once")
    void registeredLookupIsUsed() {
        Lookups lookups = Lookups.standard();
        lookups.register("ne", (column, value, valueOf, key) ->
                new Expr.Not(new Expr.Compare(column, Expr.Comparison.EQUALS, valueOf.apply(value))));
        QueryCompiler compiler = new QueryCompiler(db.registry(), lookups, db.registry().meta(Choice.class));
        QueryCompiler.Target target = compiler.resolve("votes__ne");
        assertEquals("ne", target.lookup());
        Expr condition = compiler.condition(Q.of("votes__ne", 1));
        assertTrue(condition instanceof Expr.Not, condition.toString());
    }

    @Test
    @DisplayName("a name registered twice is refused")
    void duplicate() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Lookups.standard().register("exact", (c, v, f, k) -> c));
        assertEquals("The lookup 'exact' is already registered", e.getMessage());
    }

    @Test
    @DisplayName("a lookup name must pass the ORM's identifier rule and hold no '__'")
    void badName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Lookups.standard().register("a__b", (c, v, f, k) -> c));
        assertEquals("A lookup name is a plain identifier without '__', got 'a__b'", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Lookups.standard().register("x) OR (1=1", (c, v, f, k) -> c));
    }

    @Test
    @DisplayName("the identifier rule: ASCII letters, digits and '_', not starting with a digit")
    void identifierRule() {
        assertTrue(Names.isIdentifier("pub_date2"));
        assertEquals(List.of(false, false, false, false), List.of(Names.isIdentifier("2x"), Names.isIdentifier(""),
                Names.isIdentifier("a b"), Names.isIdentifier("é")));
    }
}
