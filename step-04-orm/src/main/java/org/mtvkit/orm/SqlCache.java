package org.mtvkit.orm;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SQL text of each query shape, written once, as SQLAlchemy's compiled cache does. A page asks the
 * same questions on every request with other values ({@code WHERE t0."id" = ?}, with 3, then 7), so
 * writing the text again each time is wasted work: the text depends only on the shape.
 *
 * <p>A shape is the statement tree with every bound value taken out: each {@link Expr.Param} becomes a
 * numbered {@link Hole}, and the values go into a list beside it. The key is that shape written out as a
 * flat list of tokens: every node's kind, tables, aliases, columns, operators, joins, ordering, LIMIT and
 * OFFSET (written as literals), and the length of every list, so an {@code IN} of three values is not one
 * of four. Two statements that differ anywhere but in their values must never share a key, so
 * {@link #strip} records every part of every record, and each record's parts are checked against the
 * list of those it records ({@link #KNOWN_PARTS}): a part added to {@link Select} later, or a new kind
 * of {@link Expr}, stops the cache from being used until strip records it too.
 *
 * <p>The first time a shape is seen, it is written twice, with its values and with its holes; the two
 * texts must be equal, and the holes, in the order the {@code ?} appear, say where each value is bound
 * (so this class need not know in which order {@link SqlWriter} visits a tree). A shape that fails that
 * check is a bug, and it fails loudly instead of running the wrong SQL. The cache is bounded: the number
 * of values in an {@code IN} comes from data, so its shapes are not a fixed set.
 */
final class SqlCache {
    /** Shapes kept at most; when full, the cache starts again from empty (a program has far fewer). */
    static final int CAPACITY = 500;

    /** Where a value was in the tree: the {@code index}-th value taken out. */
    record Hole(int index) { }

    /** A plain SELECT or a SELECT COUNT(*) around one, and the statement's shape as tokens. */
    private record Key(boolean count, List<Object> tokens) { }

    /** A shape written once: its text, and for each {@code ?} in it the index of the value it binds. */
    private record Written(String text, int[] holes) { }

    private final Dialect dialect;
    private final ConcurrentHashMap<Key, Written> written = new ConcurrentHashMap<>();

    SqlCache(Dialect dialect) {
        if (!PROBLEMS.isEmpty()) {
            throw new IllegalStateException("SqlCache's key would miss parts of a statement, so two statements could"
                    + " share one text; copy every part in SqlCache.strip and list it in KNOWN_PARTS: "
                    + String.join("; ", PROBLEMS));
        }
        this.dialect = dialect;
    }

    /** What {@link SqlWriter#select} writes, from the cache when the shape was written before. */
    Sql select(Select select) {
        return sql(false, select);
    }

    /** What {@link SqlWriter#countOf} writes, from the cache when the shape was written before. */
    Sql countOf(Select select) {
        return sql(true, select);
    }

    /** The number of shapes held, for tests. */
    int size() {
        return written.size();
    }

    private Sql sql(boolean count, Select select) {
        Walk walk = new Walk();
        Select stripped = strip(select, walk);
        List<Object> values = walk.values;
        Key key = new Key(count, walk.tokens);
        Written shape = written.get(key);
        if (shape == null) {
            shape = write(count, select, stripped, values);
            if (written.size() >= CAPACITY) {
                written.clear();
            }
            written.put(key, shape);
        }
        Object[] parameters = new Object[shape.holes().length];
        for (int i = 0; i < parameters.length; i++) {
            parameters[i] = values.get(shape.holes()[i]);
        }
        return new Sql(shape.text(), Collections.unmodifiableList(Arrays.asList(parameters))); // may hold nulls
    }

    private Sql writer(boolean count, Select select) {
        return count ? SqlWriter.countOf(dialect, select) : SqlWriter.select(dialect, select);
    }

    /** Writes a new shape with its values and with its holes, and checks that the two agree. */
    private Written write(boolean count, Select select, Select shape, List<Object> values) {
        Sql withValues = writer(count, select);
        Sql withHoles = writer(count, shape);
        if (!withHoles.text().equals(withValues.text())) {
            throw new IllegalStateException("SqlCache: the statement without its values writes other SQL than the"
                    + " statement itself, so it cannot be cached; SqlCache.strip must keep every part of it.\n  with values: "
                    + withValues.text() + "\n  without:     " + withHoles.text());
        }
        int[] holes = new int[withHoles.parameters().size()];
        for (int i = 0; i < holes.length; i++) {
            Object parameter = withHoles.parameters().get(i);
            if (!(parameter instanceof Hole hole) || !Objects.equals(values.get(hole.index()),
                    withValues.parameters().get(i))) {
                throw new IllegalStateException("SqlCache: parameter " + (i + 1) + " of " + withValues
                        + " was not taken out of the statement as a value, so it cannot be cached");
            }
            holes[i] = hole.index();
        }
        return new Written(withValues.text(), holes);
    }

    // region: strip
    /**
     * One walk over a statement: the values taken out, and the shape as a flat list of tokens (each
     * node's class, then its names, operators, flags and list sizes, never a value), which is the key.
     * A flat list compares and hashes far faster than the tree of records it stands for.
     */
    private static final class Walk {
        final List<Object> values = new ArrayList<>();
        final List<Object> tokens = new ArrayList<>(64);

        Expr.Param hole(Expr.Param param) {
            tokens.add(Expr.Param.class);
            values.add(param.value());
            return new Expr.Param(new Hole(values.size() - 1));
        }

        void add(Object... parts) {
            tokens.addAll(Arrays.asList(parts));
        }
    }

    /**
     * {@code expr} with every {@link Expr.Param} replaced by a {@link Hole}, its value and its tokens added
     * to {@code walk}. Every kind of {@link Expr} has a case, which records every part of it: a new kind
     * fails here, loudly, until it has one.
     */
    private static Expr strip(Expr expr, Walk walk) {
        if (expr instanceof Expr.Column c) {
            walk.add(Expr.Column.class, c.alias(), c.name());
            return expr;
        } else if (expr instanceof Expr.Param p) {
            return walk.hole(p);
        } else if (expr instanceof Expr.Compare c) {
            walk.add(Expr.Compare.class, c.operator());
            return new Expr.Compare(strip(c.left(), walk), c.operator(), strip(c.right(), walk));
        } else if (expr instanceof Expr.And and) {
            walk.add(Expr.And.class);
            return new Expr.And(strip(and.parts(), walk));
        } else if (expr instanceof Expr.Or or) {
            walk.add(Expr.Or.class);
            return new Expr.Or(strip(or.parts(), walk));
        } else if (expr instanceof Expr.Not not) {
            walk.add(Expr.Not.class);
            return new Expr.Not(strip(not.inner(), walk));
        } else if (expr instanceof Expr.In in) {
            walk.add(Expr.In.class);
            return new Expr.In(strip(in.left(), walk), strip(in.values(), walk));
        } else if (expr instanceof Expr.IsNull n) {
            walk.add(Expr.IsNull.class, n.isNull());
            return new Expr.IsNull(strip(n.inner(), walk), n.isNull());
        } else if (expr instanceof Expr.Like l) {
            walk.add(Expr.Like.class);
            return new Expr.Like(strip(l.left(), walk), strip(l.pattern(), walk));
        } else if (expr instanceof Expr.Lower l) {
            walk.add(Expr.Lower.class);
            return new Expr.Lower(strip(l.inner(), walk));
        } else if (expr instanceof Expr.Arithmetic a) {
            walk.add(Expr.Arithmetic.class, a.operator());
            return new Expr.Arithmetic(strip(a.left(), walk), a.operator(), strip(a.right(), walk));
        } else if (expr instanceof Expr.Between b) {
            walk.add(Expr.Between.class);
            return new Expr.Between(strip(b.inner(), walk), strip(b.low(), walk), strip(b.high(), walk));
        } else if (expr instanceof Expr.InSelect in) {
            walk.add(Expr.InSelect.class);
            return new Expr.InSelect(strip(in.left(), walk), strip(in.select(), walk));
        } else if (expr instanceof Expr.Aggregate a) {
            walk.add(Expr.Aggregate.class, a.function(), a.argument() == null);
            return new Expr.Aggregate(a.function(), a.argument() == null ? null : strip(a.argument(), walk));
        } else if (expr instanceof Expr.Extract e) {
            walk.add(Expr.Extract.class, e.part(), e.utc());
            return new Expr.Extract(e.part(), strip(e.inner(), walk), e.utc());
        }
        throw new IllegalStateException("SqlCache.strip has no case for " + expr.getClass().getName()
                + ": add one, keeping every part of it, so that its values are bound and its shape is the key");
    }

    private static Select strip(Select s, Walk walk) {
        walk.add(Select.class, s.table(), s.alias(), s.limit(), s.offset(), s.distinct(), s.joins().size());
        List<Select.Join> joins = new ArrayList<>(s.joins().size());
        for (Select.Join join : s.joins()) {
            walk.add(Select.Join.class, join.table(), join.alias(), join.outer());
            joins.add(new Select.Join(join.table(), join.alias(), strip(join.on(), walk), join.outer()));
        }
        List<Expr> columns = strip(s.columns(), walk);
        List<Expr> where = strip(s.where(), walk);
        walk.add(s.orderBy().size());
        List<Select.Order> order = new ArrayList<>(s.orderBy().size());
        for (Select.Order o : s.orderBy()) {
            walk.add(Select.Order.class, o.descending(), o.nullable(), o.nullsFirst());
            order.add(new Select.Order(strip(o.expr(), walk), o.descending(), o.nullable(), o.nullsFirst()));
        }
        return new Select(s.table(), s.alias(), joins, columns, where, order, s.limit(), s.offset(), s.distinct());
    }

    private static List<Expr> strip(List<Expr> exprs, Walk walk) {
        walk.add(exprs.size()); // a list's length is part of the shape: IN (?, ?) is not IN (?)
        List<Expr> stripped = new ArrayList<>(exprs.size());
        for (Expr expr : exprs) {
            stripped.add(strip(expr, walk));
        }
        return stripped;
    }
    // endregion

    // region: known-parts
    /**
     * Every record of a statement tree and its parts, as {@link #strip} copies them. A part added to one
     * of them (a GROUP BY in {@link Select}, say) would be dropped from the key, and two statements that
     * differ only there would share one text; so the records are checked against this list when the cache
     * is first used, and a difference fails at once, naming the record and the part to add to strip.
     */
    private static final Map<Class<?>, List<String>> KNOWN_PARTS = Map.ofEntries(
            Map.entry(Select.class, List.of("table", "alias", "joins", "columns", "where", "orderBy", "limit",
                    "offset", "distinct")),
            Map.entry(Select.Join.class, List.of("table", "alias", "on", "outer")),
            Map.entry(Select.Order.class, List.of("expr", "descending", "nullable", "nullsFirst")),
            Map.entry(Expr.Column.class, List.of("alias", "name")),
            Map.entry(Expr.Param.class, List.of("value")),
            Map.entry(Expr.Arithmetic.class, List.of("left", "operator", "right")),
            Map.entry(Expr.Compare.class, List.of("left", "operator", "right")),
            Map.entry(Expr.Like.class, List.of("left", "pattern")),
            Map.entry(Expr.Lower.class, List.of("inner")),
            Map.entry(Expr.In.class, List.of("left", "values")),
            Map.entry(Expr.InSelect.class, List.of("left", "select")),
            Map.entry(Expr.IsNull.class, List.of("inner", "isNull")),
            Map.entry(Expr.Between.class, List.of("inner", "low", "high")),
            Map.entry(Expr.And.class, List.of("parts")),
            Map.entry(Expr.Or.class, List.of("parts")),
            Map.entry(Expr.Not.class, List.of("inner")),
            Map.entry(Expr.Aggregate.class, List.of("function", "argument")),
            Map.entry(Expr.Extract.class, List.of("part", "inner", "utc")));

    /** The records whose parts differ from {@link #KNOWN_PARTS}, described; empty when strip knows them all. */
    static List<String> unknownParts() {
        List<String> problems = new ArrayList<>();
        List<Class<?>> records = new ArrayList<>(List.of(Select.class, Select.Join.class, Select.Order.class));
        records.addAll(List.of(Expr.class.getPermittedSubclasses()));
        for (Class<?> type : records) {
            List<String> parts = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
            List<String> known = KNOWN_PARTS.get(type);
            if (known == null) {
                problems.add(type.getName() + " is a kind of statement part that SqlCache.strip has no case for");
            } else if (!known.equals(parts)) {
                problems.add(type.getName() + " has the parts " + parts + ", and SqlCache.strip copies " + known);
            }
        }
        return problems;
    }

    private static final List<String> PROBLEMS = unknownParts();
    // endregion
}
