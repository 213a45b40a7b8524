package org.mtvkit.orm;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SQL text of each query shape, written once, as SQLAlchemy's compiled cache does. A page asks the
 * same questions on every request with other values ({@code WHERE t0."id" = ?}, with 3, then 7), so
 * writing the text again each time is wasted work: the text depends only on the shape.
 *
 * <p>A shape is the statement tree with every bound value taken out: each {@link Expr.Param} becomes a
 * numbered {@link Hole}, and the values go into a list beside it. Everything else stays in the shape,
 * which is the cache key, compared with the records' own {@code equals}: tables, aliases, columns,
 * operators, joins, ordering, LIMIT and OFFSET (written as literals), and the number of values in an
 * {@code IN}. The tree is walked generically, record component by record component, so a part that a
 * later version adds to {@link Select} or a new kind of {@link Expr} is in the key without a change here:
 * two statements that differ anywhere but in their values never share a key.
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

    /** The statements are either a plain SELECT or a SELECT COUNT(*) around one. */
    private record Key(boolean count, Object shape) { }

    /** A shape written once: its text, and for each {@code ?} in it the index of the value it binds. */
    private record Written(String text, int[] holes) { }

    private final Dialect dialect;
    private final ConcurrentHashMap<Key, Written> written = new ConcurrentHashMap<>();

    SqlCache(Dialect dialect) {
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
        List<Object> values = new ArrayList<>();
        Key key = new Key(count, strip(select, values));
        Written shape = written.get(key);
        if (shape == null) {
            shape = write(count, select, (Select) key.shape(), values);
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
     * {@code node} with every {@link Expr.Param} replaced by a {@link Hole}, its value added to
     * {@code values}. Records and lists are rebuilt only where something inside them changed; anything
     * else (names, operators, flags, limits) is part of the shape as it is.
     */
    private static Object strip(Object node, List<Object> values) {
        if (node instanceof Expr.Param param) {
            values.add(param.value());
            return new Expr.Param(new Hole(values.size() - 1));
        }
        if (node instanceof List<?> list) {
            List<Object> stripped = null;
            for (int i = 0; i < list.size(); i++) {
                Object element = list.get(i);
                Object after = strip(element, values);
                if (after != element && stripped == null) {
                    stripped = new ArrayList<>(list.subList(0, i));
                }
                if (stripped != null) {
                    stripped.add(after);
                }
            }
            return stripped == null ? list : Collections.unmodifiableList(stripped);
        }
        if (node instanceof Record record) {
            return RECORDS.get(record.getClass()).strip(record, values);
        }
        return node;
    }
    // endregion

    /** How to take a record of one class apart and build it again, found once per class. */
    private static final ClassValue<Shape> RECORDS = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return new Shape(type);
        }
    };

    private static final class Shape {
        private final Method[] accessors;
        private final Constructor<?> constructor;
        private final boolean leaf; // no component can hold a value: the record is its own shape

        Shape(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            accessors = new Method[components.length];
            Class<?>[] types = new Class<?>[components.length];
            boolean canHoldValue = false;
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true);
                types[i] = components[i].getType();
                canHoldValue |= !(types[i].isPrimitive() || types[i] == String.class || types[i].isEnum()
                        || types[i] == java.util.OptionalLong.class);
            }
            leaf = !canHoldValue;
            try {
                constructor = type.getDeclaredConstructor(types);
                constructor.setAccessible(true);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("SqlCache: the record " + type.getName() + " has no canonical constructor", e);
            }
        }

        Object strip(Record record, List<Object> values) {
            if (leaf) {
                return record;
            }
            try {
                Object[] parts = null;
                for (int i = 0; i < accessors.length; i++) {
                    Object part = accessors[i].invoke(record);
                    Object after = SqlCache.strip(part, values);
                    if (after != part && parts == null) {
                        parts = new Object[accessors.length];
                        for (int j = 0; j < i; j++) {
                            parts[j] = accessors[j].invoke(record);
                        }
                    }
                    if (parts != null) {
                        parts[i] = after;
                    }
                }
                return parts == null ? record : constructor.newInstance(parts);
            } catch (InvocationTargetException | InstantiationException | IllegalAccessException e) {
                throw new IllegalStateException("SqlCache: cannot take apart or rebuild " + record, e);
            }
        }
    }
}
