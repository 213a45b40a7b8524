package org.mtvkit.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Java 17 does not check an instanceof chain over a sealed type for exhaustiveness, so this test does:
 * it walks the permitted subclasses of each sealed tree and proves the dispatcher handles every one.
 * A new kind of node without a case fails here, not silently at run time.
 */
class SealedTreesTest {
    final Database db = Polls.empty();

    @AfterEach
    void tearDown() {
        db.close();
    }

    static Set<Class<?>> permitted(Class<?> sealed) {
        return Arrays.stream(sealed.getPermittedSubclasses()).collect(Collectors.toSet());
    }

    @Test
    @DisplayName("SqlWriter writes every kind of Expr")
    void everyExprIsWritten() {
        Expr column = new Expr.Column("t0", "votes");
        Expr one = new Expr.Param(1);
        Select inner = new Select("choice", "t0", List.of(), List.of(column), List.of(), List.of(), OptionalLong.empty(),
                OptionalLong.empty());
        Map<Class<?>, Expr> samples = new LinkedHashMap<>();
        samples.put(Expr.Column.class, column);
        samples.put(Expr.Param.class, one);
        samples.put(Expr.Arithmetic.class, new Expr.Arithmetic(column, Expression.Operator.PLUS, one));
        samples.put(Expr.Compare.class, new Expr.Compare(column, Expr.Comparison.EQUALS, one));
        samples.put(Expr.Like.class, new Expr.Like(column, new Expr.Param("a%")));
        samples.put(Expr.Lower.class, new Expr.Lower(column));
        samples.put(Expr.In.class, new Expr.In(column, List.of(one)));
        samples.put(Expr.InSelect.class, new Expr.InSelect(column, inner));
        samples.put(Expr.IsNull.class, new Expr.IsNull(column, true));
        samples.put(Expr.Between.class, new Expr.Between(column, one, one));
        samples.put(Expr.And.class, new Expr.And(List.of(new Expr.IsNull(column, false))));
        samples.put(Expr.Or.class, new Expr.Or(List.of(new Expr.IsNull(column, false))));
        samples.put(Expr.Not.class, new Expr.Not(new Expr.IsNull(column, false)));
        samples.put(Expr.Aggregate.class, new Expr.Aggregate(Aggregate.Function.SUM, column));
        samples.put(Expr.Extract.class, new Expr.Extract(DatePart.YEAR, new Expr.Column("t0", "pub_date"), true));
        assertEquals(permitted(Expr.class), samples.keySet(), "every Expr kind needs a sample here and a case in SqlWriter");
        for (Expr expr : samples.values()) {
            Select select = new Select("choice", "t0", List.of(), List.of(expr), List.of(), List.of(), OptionalLong.empty(),
                    OptionalLong.empty());
            String sql = SqlWriter.select(db.dialect(), select).text();
            assertFalse(sql.startsWith("SELECT  FROM"), expr + " wrote nothing: " + sql);
        }
    }

    @Test
    @DisplayName("QueryCompiler compiles every kind of Q")
    void everyQIsCompiled() {
        Map<Class<?>, Q> samples = new LinkedHashMap<>();
        samples.put(Q.Lookup.class, Q.of("votes", 1));
        samples.put(Q.And.class, Q.of("votes", 1).and(Q.of("votes", 2)));
        samples.put(Q.Or.class, Q.of("votes", 1).or(Q.of("votes", 2)));
        samples.put(Q.Not.class, Q.of("votes", 1).not());
        assertEquals(permitted(Q.class), samples.keySet());
        QueryCompiler compiler = new QueryCompiler(db.registry(), db.lookups(), db.registry().meta(Choice.class));
        samples.values().forEach(compiler::condition);
    }

    @Test
    @DisplayName("QueryCompiler turns every kind of Expression into SQL")
    void everyExpressionIsCompiled() {
        Map<Class<?>, Expression> samples = new LinkedHashMap<>();
        samples.put(F.class, F.of("votes"));
        samples.put(Expression.Arithmetic.class, F.of("votes").plus(1));
        samples.put(Expression.Value.class, new Expression.Value(1));
        assertEquals(permitted(Expression.class), samples.keySet());
        QueryCompiler compiler = new QueryCompiler(db.registry(), db.lookups(), db.registry().meta(Choice.class));
        samples.values().forEach(compiler::value);
    }
}
