package org.mtvkit.orm;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * A lazy, immutable query over one model, as in Django. Every refining method ({@link #filter},
 * {@link #exclude}, {@link #orderBy}, {@link #limit}, ...) returns a new QuerySet and checks its
 * arguments at once; no SQL runs until a terminal method ({@link #list}, iteration, {@link #count},
 * {@link #exists}, {@link #first}, {@link #get}, {@link #update}, {@link #delete}, {@link #values},
 * {@link #aggregate}). Each terminal call runs its statement again: there is no result cache.
 */
public final class QuerySet<T> implements Iterable<T> {
    private final Database database;
    private final ModelMeta<T> model;
    private final Session session;
    private final List<Q> conditions;
    private final List<String> ordering;
    private final OptionalLong limit;
    private final OptionalLong offset;
    private final List<String> related;
    private final List<String> prefetch;

    QuerySet(Database database, ModelMeta<T> model, Session session) {
        this(database, model, session, List.of(), List.of(), OptionalLong.empty(), OptionalLong.empty(), List.of(), List.of());
    }

    private QuerySet(Database database, ModelMeta<T> model, Session session, List<Q> conditions, List<String> ordering,
                     OptionalLong limit, OptionalLong offset, List<String> related, List<String> prefetch) {
        this.database = database;
        this.model = model;
        this.session = session;
        this.conditions = conditions;
        this.ordering = ordering;
        this.limit = limit;
        this.offset = offset;
        this.related = related;
        this.prefetch = prefetch;
    }

    // region: refine
    /** Rows matching {@code lookup} (e.g. {@code "pubDate__lte"}) against {@code value}. */
    public QuerySet<T> filter(String lookup, Object value) {
        return filter(Q.of(lookup, value));
    }

    public QuerySet<T> filter(Q condition) {
        compiler().condition(condition); // an unknown field or lookup fails here, not at evaluation
        return new QuerySet<>(database, model, session, append(conditions, condition), ordering, limit, offset,
                related, prefetch);
    }
    // endregion

    public QuerySet<T> exclude(String lookup, Object value) {
        return filter(Q.of(lookup, value).not());
    }

    public QuerySet<T> exclude(Q condition) {
        return filter(condition.not());
    }

    /** Orders by fields, {@code "-pubDate"} descending; replaces any earlier ordering. */
    public QuerySet<T> orderBy(String... fields) {
        QueryCompiler compiler = compiler();
        for (String field : fields) {
            compiler.order(field);
        }
        return new QuerySet<>(database, model, session, conditions, List.of(fields), limit, offset, related, prefetch);
    }

    /** At most {@code count} rows (Django's {@code [:count]}). */
    public QuerySet<T> limit(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("limit(" + count + "): a limit cannot be negative");
        }
        return new QuerySet<>(database, model, session, conditions, ordering, OptionalLong.of(count), offset, related, prefetch);
    }

    /** Skips the first {@code count} rows (Django's {@code [count:]}). */
    public QuerySet<T> offset(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("offset(" + count + "): an offset cannot be negative");
        }
        return new QuerySet<>(database, model, session, conditions, ordering, limit, OptionalLong.of(count), related, prefetch);
    }

    /** Loads the objects behind these foreign keys ({@code "question"}, {@code "question__author"}) in the same query, with joins. */
    public QuerySet<T> selectRelated(String... paths) {
        QueryCompiler compiler = compiler();
        for (String path : paths) {
            Relations.paths(database, model, compiler, List.of(path));
        }
        List<String> all = new ArrayList<>(related);
        all.addAll(List.of(paths));
        return new QuerySet<>(database, model, session, conditions, ordering, limit, offset, List.copyOf(all), prefetch);
    }

    /** Loads these reverse relations ({@code "choices"}) with one extra {@code IN} query each. */
    public QuerySet<T> prefetchRelated(String... names) {
        for (String name : names) {
            if (model.reverse(name).isEmpty()) {
                throw new IllegalArgumentException("prefetchRelated(\"" + name + "\"): " + model.name()
                        + " has no reverse relation '" + name + "'. Reverse relations are List fields of a model"
                        + " whose foreign key points here; " + model.name() + " has: "
                        + (model.reverses().isEmpty() ? "none"
                        : model.reverses().stream().map(ReverseMeta::name).collect(Collectors.joining(", "))) + ".");
            }
        }
        List<String> all = new ArrayList<>(prefetch);
        all.addAll(List.of(names));
        return new QuerySet<>(database, model, session, conditions, ordering, limit, offset, related, List.copyOf(all));
    }

    // region: list
    /** Runs the query and returns the objects. */
    public List<T> list() {
        QueryCompiler compiler = compiler();
        List<Expr> columns = new ArrayList<>(columnsOf(model, QueryCompiler.ROOT));
        List<Relations.Path> paths = Relations.paths(database, model, compiler, related);
        paths.forEach(p -> columns.addAll(columnsOf(p.model(), p.alias())));
        Sql sql = SqlWriter.select(database.dialect(), select(compiler, columns, true));
        RowLoader loader = new RowLoader(database, session);
        List<T> results = database.executor().query(sql, rows -> {
            List<T> objects = new ArrayList<>();
            while (rows.next()) {
                objects.add(Relations.read(loader, rows, model, paths));
            }
            return objects;
        });
        for (String name : prefetch) {
            Relations.prefetch(database, session, model, model.reverse(name).orElseThrow(), results);
        }
        return results;
    }
    // endregion

    @Override
    public Iterator<T> iterator() {
        return list().iterator();
    }

    /** The number of rows, with a SQL {@code COUNT(*)}: no objects are built. */
    public long count() {
        QueryCompiler compiler = compiler();
        Sql sql;
        if (limit.isPresent() || offset.isPresent()) {
            sql = SqlWriter.countOf(database.dialect(), select(compiler, columnsOf(model, QueryCompiler.ROOT).subList(0, 1), true));
        } else {
            sql = SqlWriter.select(database.dialect(), select(compiler, List.of(new Expr.Aggregate("COUNT", null)), false));
        }
        return database.executor().query(sql, rows -> rows.next() ? rows.getLong(1) : 0L);
    }

    /** Whether any row matches; fetches at most one key. */
    public boolean exists() {
        QuerySet<T> one = limit(1);
        QueryCompiler compiler = one.compiler();
        Sql sql = SqlWriter.select(database.dialect(), one.select(compiler, columnsOf(model, QueryCompiler.ROOT).subList(0, 1), true));
        return database.executor().query(sql, ResultSet::next);
    }

    /** The first object in the ordering (by primary key when unordered), if any. */
    public Optional<T> first() {
        QuerySet<T> ordered = ordering.isEmpty() ? orderBy(model.primaryKey().name()) : this;
        List<T> found = ordered.limit(1).list();
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    // region: get
    /** The one object matching the conditions; {@link DoesNotExist} or {@link MultipleObjectsReturned} otherwise. */
    public T get() {
        List<T> found = limit(2).list();
        if (found.isEmpty()) {
            throw new DoesNotExist(model.type(), describe());
        }
        if (found.size() > 1) {
            throw new MultipleObjectsReturned(model.type(), describe());
        }
        return found.get(0);
    }
    // endregion

    public T get(String lookup, Object value) {
        return filter(lookup, value).get();
    }

    /** Sets one field on every matching row in one UPDATE; {@code value} may be an {@link F} expression. */
    public int update(String field, Object value) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(field, value);
        return update(values);
    }

    // region: update
    /** Sets fields on every matching row in one UPDATE statement; returns the number of rows changed. */
    public int update(Map<String, Object> values) {
        requireUnsliced("update()");
        QueryCompiler compiler = compiler();
        List<String> columns = new ArrayList<>();
        List<Expr> expressions = new ArrayList<>();
        values.forEach((name, value) -> {
            FieldMeta field = model.field(name).filter(f -> !f.primaryKey()).orElseThrow(() -> new IllegalArgumentException(
                    "update(\"" + name + "\", ...): " + model.name() + " has no field '" + name + "' that can be updated."
                            + " Its fields are: " + model.fieldNames() + " (the primary key cannot be updated)."));
            columns.add(field.column());
            expressions.add(compiler.value(value));
        });
        if (!compiler.joins().isEmpty()) {
            throw new IllegalArgumentException("update(): an F expression can only name fields of " + model.name()
                    + " itself, not fields across a foreign key");
        }
        Sql sql = SqlWriter.update(database.dialect(), model.table(), QueryCompiler.ROOT, columns, expressions, where());
        return database.executor().update(sql);
    }
    // endregion

    /** Deletes every matching row in one DELETE statement; returns the number of rows deleted. */
    public int delete() {
        requireUnsliced("delete()");
        return database.executor().update(SqlWriter.delete(database.dialect(), model.table(), QueryCompiler.ROOT, where()));
    }

    /** The named fields of each matching row, as maps in field order; all fields when none are named. */
    public List<Map<String, Object>> values(String... fields) {
        List<String> names = fields.length > 0 ? List.of(fields) : model.columns().stream().map(FieldMeta::name).toList();
        QueryCompiler compiler = compiler();
        List<Expr> columns = new ArrayList<>();
        List<Class<?>> types = new ArrayList<>();
        for (String name : names) {
            QueryCompiler.Target target = compiler.resolve(name);
            if (!target.lookup().equals("exact") || name.endsWith("__exact")) {
                throw new IllegalArgumentException("values(\"" + name + "\") names a lookup; name fields only");
            }
            columns.add(target.column());
            types.add(target.field().isForeignKey()
                    ? database.registry().meta(target.field().related()).primaryKey().type() : target.field().type());
        }
        Sql sql = SqlWriter.select(database.dialect(), select(compiler, columns, true));
        return database.executor().query(sql, rows -> {
            List<Map<String, Object>> result = new ArrayList<>();
            while (rows.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 0; i < names.size(); i++) {
                    row.put(names.get(i), Values.read(rows, i + 1, types.get(i)));
                }
                result.add(row);
            }
            return result;
        });
    }

    /** Summaries over the matching rows in one query, keyed like Django ({@code votes__sum}). */
    public Map<String, Object> aggregate(Aggregate... aggregates) {
        requireUnsliced("aggregate()");
        QueryCompiler compiler = compiler();
        List<Expr> columns = new ArrayList<>();
        for (Aggregate aggregate : aggregates) {
            QueryCompiler.Target target = compiler.resolve(aggregate.field());
            columns.add(new Expr.Aggregate(aggregate.function(), target.column()));
        }
        Sql sql = SqlWriter.select(database.dialect(), select(compiler, columns, false));
        return database.executor().query(sql, rows -> {
            Map<String, Object> result = new LinkedHashMap<>();
            rows.next();
            for (int i = 0; i < aggregates.length; i++) {
                result.put(aggregates[i].key(), rows.getObject(i + 1));
            }
            return result;
        });
    }

    /** The SELECT that {@link #list()} would run, with its parameters: for learning and debugging. */
    public String sql() {
        QueryCompiler compiler = compiler();
        List<Expr> columns = new ArrayList<>(columnsOf(model, QueryCompiler.ROOT));
        Relations.paths(database, model, compiler, related).forEach(p -> columns.addAll(columnsOf(p.model(), p.alias())));
        return SqlWriter.select(database.dialect(), select(compiler, columns, true)).toString();
    }

    @Override
    public String toString() {
        return "QuerySet<" + model.name() + ">: " + sql();
    }

    private QueryCompiler compiler() {
        return new QueryCompiler(database.registry(), model);
    }

    private Select select(QueryCompiler compiler, List<Expr> columns, boolean ordered) {
        List<Expr> where = conditions.stream().map(compiler::condition).toList();
        List<Select.Order> order = ordered ? ordering.stream().map(compiler::order).toList() : List.of();
        return new Select(model.table(), QueryCompiler.ROOT, List.copyOf(compiler.joins()), columns, where, order,
                ordered ? limit : OptionalLong.empty(), ordered ? offset : OptionalLong.empty());
    }

    /** The WHERE of an UPDATE or DELETE; conditions across joins become {@code id IN (SELECT ...)}. */
    private List<Expr> where() {
        QueryCompiler compiler = compiler();
        Select select = select(compiler, columnsOf(model, QueryCompiler.ROOT).subList(0, 1), false);
        if (select.joins().isEmpty()) {
            return select.where();
        }
        return List.of(new Expr.InSelect(new Expr.Column(QueryCompiler.ROOT, model.primaryKey().column()), select));
    }

    private void requireUnsliced(String operation) {
        if (limit.isPresent() || offset.isPresent()) {
            throw new IllegalStateException(operation + " cannot run on a QuerySet with limit() or offset(); filter"
                    + " the rows you mean instead");
        }
    }

    private static List<Expr> columnsOf(ModelMeta<?> model, String alias) {
        return model.columns().stream().map(f -> (Expr) new Expr.Column(alias, f.column())).toList();
    }

    private String describe() {
        return conditions.isEmpty() ? "(no conditions)"
                : conditions.stream().map(Q::toString).collect(Collectors.joining(" AND "));
    }

    private static <E> List<E> append(List<E> list, E element) {
        List<E> copy = new ArrayList<>(list);
        copy.add(element);
        return List.copyOf(copy);
    }
}
