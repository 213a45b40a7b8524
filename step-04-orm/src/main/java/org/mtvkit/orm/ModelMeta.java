package org.mtvkit.orm;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the ORM knows about one model class, computed once by reflection when the model is
 * registered and then reused for every row: reflection is slow, looking up a field here is not.
 */
final class ModelMeta<T> {
    private final Class<T> type;
    private final String table;
    private final Constructor<T> constructor;
    private final FieldMeta primaryKey;
    private final List<FieldMeta> columns;
    private final Map<String, FieldMeta> byName = new LinkedHashMap<>();
    private final List<ReverseMeta> reverses = new ArrayList<>();
    private final FieldReader[] readers; // one per column, in the order of columns()
    private final List<Expr> rootColumns; // the columns as the outermost table of a query names them, t0."id", ...

    ModelMeta(Class<T> type, String table, Constructor<T> constructor, FieldMeta primaryKey, List<FieldMeta> columns) {
        this.type = type;
        this.table = table;
        this.constructor = constructor;
        this.primaryKey = primaryKey;
        this.columns = List.copyOf(columns);
        columns.forEach(f -> byName.put(f.name(), f));
        this.readers = this.columns.stream().map(FieldReader::of).toArray(FieldReader[]::new);
        this.rootColumns = this.columns.stream().map(f -> (Expr) new Expr.Column(QueryCompiler.ROOT, f.column())).toList();
    }

    Class<T> type() {
        return type;
    }

    String name() {
        return type.getSimpleName();
    }

    String table() {
        return table;
    }

    FieldMeta primaryKey() {
        return primaryKey;
    }

    /** The stored fields, primary key first, in declaration order. */
    List<FieldMeta> columns() {
        return columns;
    }

    /** The columns as a query whose outermost table this model is names them: the same list every time. */
    List<Expr> rootColumns() {
        return rootColumns;
    }

    /** The reader of the {@code i}-th column: what the loop over a result's rows calls, never reflection's lookups. */
    FieldReader reader(int i) {
        return readers[i];
    }

    Optional<FieldMeta> field(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    List<ReverseMeta> reverses() {
        return reverses;
    }

    Optional<ReverseMeta> reverse(String name) {
        for (ReverseMeta reverse : reverses) { // a loop, not a stream: the prefetch of every page asks
            if (reverse.name().equals(name)) {
                return Optional.of(reverse);
            }
        }
        return Optional.empty();
    }

    void addReverse(ReverseMeta reverse) {
        reverses.add(reverse);
    }

    /** The names a learner may use in lookups, for error messages. */
    String fieldNames() {
        List<String> names = new ArrayList<>(byName.keySet());
        reverses.forEach(r -> names.add(r.name()));
        return String.join(", ", names);
    }

    T newInstance() {
        try {
            return constructor.newInstance();
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot create a " + name() + " through " + constructor, e);
        }
    }

    Object id(Object model) {
        return primaryKey.get(model);
    }

    /** A primary key of null or 0 means "not saved yet": the database will pick one. */
    boolean hasId(Object model) {
        Object id = id(model);
        return id != null && ((Number) id).longValue() != 0;
    }

    void setId(Object model, long id) {
        Object value = primaryKey.type() == int.class || primaryKey.type() == Integer.class ? (Object) (int) id : (Object) id;
        primaryKey.set(model, value);
    }
}
