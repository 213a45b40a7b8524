package org.mtvkit.orm;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
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
 * {@link #aggregate}, {@link #listAnnotated}). Each terminal call runs its statement again: there is no result cache.
 *
 * <p>{@link #limit} and {@link #offset} are Django's slices, applied in call order: {@code offset(2).limit(5)}
 * is {@code [2:][:5]}, rows 3 to 7; {@code limit(5).offset(2)} is {@code [:5][2:]}, rows 3 to 5. As in
 * Django, a sliced QuerySet can no longer be filtered, reordered, updated or deleted.
 */
public final class QuerySet<T> implements Iterable<T> {
    private final Database database;
    private final ModelMeta<T> model;
    private final Session session;
    private final Spec spec;

    // region: spec
    /**
     * Everything a QuerySet says, in one immutable value; each refining method makes one changed copy
     * (Django's {@code _clone}). Conditions are compiled once, when they are added: {@code compiler}
     * holds the joins they needed and {@code where} their expressions, and it is copied, never changed,
     * when a later method needs more joins.
     */
    record Spec(QueryCompiler compiler, List<Q> conditions, List<Expr> where, List<OrderBy> ordering,
                List<Select.Order> order, long low, OptionalLong high, List<Relations.Path> related,
                List<String> prefetch, boolean none, boolean distinct) {

        Spec withCondition(Q condition, QueryCompiler grown, Expr compiled) {
            return new Spec(grown, append(conditions, condition), append(where, compiled), ordering, order, low, high,
                    related, prefetch, none, distinct);
        }

        Spec withOrdering(List<OrderBy> terms, QueryCompiler grown, List<Select.Order> compiled) {
            return new Spec(grown, conditions, where, terms, compiled, low, high, related, prefetch, none, distinct);
        }

        Spec withSlice(long newLow, OptionalLong newHigh) {
            return new Spec(compiler, conditions, where, ordering, order, newLow, newHigh, related, prefetch, none, distinct);
        }

        Spec withRelated(QueryCompiler grown, List<Relations.Path> paths) {
            return new Spec(grown, conditions, where, ordering, order, low, high, paths, prefetch, none, distinct);
        }

        Spec withPrefetch(List<String> names) {
            return new Spec(compiler, conditions, where, ordering, order, low, high, related, names, none, distinct);
        }

        Spec withNone() {
            return new Spec(compiler, conditions, where, ordering, order, low, high, related, prefetch, true, distinct);
        }

        Spec withCompiler(QueryCompiler grown) {
            return new Spec(grown, conditions, where, ordering, order, low, high, related, prefetch, none, distinct);
        }

        Spec withDistinct() {
            return new Spec(compiler, conditions, where, ordering, order, low, high, related, prefetch, none, true);
        }

        /** Known to match nothing without asking the database: {@link #none()}, {@code [3:3]}, {@code __in=[]}. */
        boolean empty() {
            return none || (high.isPresent() && high.getAsLong() <= low);
        }

        boolean sliced() {
            return low > 0 || high.isPresent();
        }

        OptionalLong limit() {
            return high.isPresent() ? OptionalLong.of(high.getAsLong() - low) : OptionalLong.empty();
        }

        OptionalLong offset() {
            return low > 0 ? OptionalLong.of(low) : OptionalLong.empty();
        }
    }
    // endregion

    QuerySet(Database database, ModelMeta<T> model, Session session) {
        this(database, model, session, new Spec(new QueryCompiler(database.registry(), database.lookups(), model),
                List.of(), List.of(), List.of(), List.of(), 0, OptionalLong.empty(), List.of(), List.of(), false, false));
    }

    private QuerySet(Database database, ModelMeta<T> model, Session session, Spec spec) {
        this.database = database;
        this.model = model;
        this.session = session;
        this.spec = spec;
    }

    private QuerySet<T> with(Spec changed) {
        return new QuerySet<>(database, model, session, changed);
    }

    // region: refine
    /** Rows matching {@code lookup} (e.g. {@code "pubDate__lte"}) against {@code value}. */
    public QuerySet<T> filter(String lookup, Object value) {
        return filter(Q.of(lookup, value));
    }

    public QuerySet<T> filter(Q condition) {
        if (spec.sliced()) { // the message is built only when it is needed: filter() runs on every request
            requireUnsliced("filter(" + condition + ")");
        }
        QueryCompiler grown = spec.compiler().copy();
        grown.forgetMultiValued();
        Expr compiled = grown.condition(condition); // an unknown field or lookup fails here, before any SQL
        Spec changed = spec.withCondition(condition, grown, compiled);
        // as Django's EmptyResultSet: a condition that can match no row (an empty IN) runs no SQL at all
        return with(QueryCompiler.matchesNothing(compiled) ? changed.withNone() : changed);
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
        return orderBy(Arrays.stream(fields).map(OrderBy::parse).toArray(OrderBy[]::new));
    }

    /** Orders by terms that may say where NULLs go: {@code orderBy(OrderBy.asc("votes").nullsFirst())}. */
    public QuerySet<T> orderBy(OrderBy... terms) {
        if (spec.sliced()) {
            requireUnsliced("orderBy(" + Arrays.stream(terms).map(OrderBy::toString).collect(Collectors.joining(", ")) + ")");
        }
        return ordered(List.of(terms));
    }

    private QuerySet<T> ordered(List<OrderBy> terms) {
        QueryCompiler grown = spec.compiler().copy();
        List<Select.Order> compiled = terms.stream().map(grown::order).toList();
        return with(spec.withOrdering(terms, grown, compiled));
    }

    // region: slice
    /** At most {@code count} rows of what is left (Django's {@code [:count]}). */
    public QuerySet<T> limit(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("limit(" + count + "): a limit cannot be negative");
        }
        long high = spec.low() + count;
        return with(spec.withSlice(spec.low(), OptionalLong.of(spec.high().isPresent()
                ? Math.min(spec.high().getAsLong(), high) : high)));
    }

    /** Skips the first {@code count} rows of what is left (Django's {@code [count:]}). */
    public QuerySet<T> offset(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("offset(" + count + "): an offset cannot be negative");
        }
        long low = spec.low() + count;
        return with(spec.withSlice(spec.high().isPresent() ? Math.min(low, spec.high().getAsLong()) : low, spec.high()));
    }
    // endregion

    /** Each row once, though a filter across a reverse relation joined it to several children (SELECT DISTINCT). */
    public QuerySet<T> distinct() {
        return with(spec.withDistinct());
    }

    // region: annotate
    /**
     * Each object with aggregates over its joined rows, under Django's default names:
     * {@code annotate(Aggregate.count("choices"))} gives every question its {@code choices__count}. The
     * rows are grouped by the model's columns (or by {@link #groupBy}'s fields); a later {@code filter} on
     * an annotation becomes HAVING, on anything else WHERE. Read the values with {@link #listAnnotated()},
     * {@link #values} or {@link #valuesList}.
     */
    public QuerySet<T> annotate(Aggregate... aggregates) {
        QuerySet<T> annotated = this;
        for (Aggregate aggregate : aggregates) {
            annotated = annotated.annotate(aggregate.key(), aggregate);
        }
        return annotated;
    }

    /** One aggregate under a name of your own, Django's {@code annotate(votes=Sum("choices__votes"))}. */
    public QuerySet<T> annotate(String name, Aggregate aggregate) {
        requireUnsliced("annotate(" + name + ")");
        QueryCompiler grown = spec.compiler().copy();
        grown.annotate(name, aggregate); // an unknown field or a name clash fails here, before any SQL
        return with(spec.withCompiler(grown));
    }
    // endregion

    /**
     * Groups the rows by these fields for the {@code annotate()} that follows, Django's
     * {@code values("question").annotate(...)}: one row per distinct value, read with {@link #values} or
     * {@link #valuesList} (objects are not loaded from groups).
     */
    public QuerySet<T> groupBy(String... fields) {
        requireUnsliced("groupBy(" + String.join(", ", fields) + ")");
        if (fields.length == 0) {
            throw new IllegalArgumentException("groupBy() needs at least one field of " + model.name() + ": "
                    + model.fieldNames() + " (an annotate() without groupBy groups by object already).");
        }
        QueryCompiler grown = spec.compiler().copy();
        grown.groupBy(List.of(fields));
        return with(spec.withCompiler(grown));
    }

    /** An empty QuerySet that runs no SQL at all (Django's {@code none()}). */
    public QuerySet<T> none() {
        return with(spec.withNone());
    }

    /** Loads the objects behind these foreign keys ({@code "question"}, {@code "question__author"}) in the same query, with joins. */
    public QuerySet<T> selectRelated(String... paths) {
        QueryCompiler grown = spec.compiler().copy();
        List<String> all = new ArrayList<>(spec.related().stream().map(Relations.Path::path).toList());
        all.addAll(List.of(paths));
        return with(spec.withRelated(grown, Relations.paths(database, model, grown, all)));
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
        List<String> all = new ArrayList<>(spec.prefetch());
        all.addAll(List.of(names));
        return with(spec.withPrefetch(List.copyOf(all)));
    }

    // region: list
    /** Runs the query and returns the objects. */
    public List<T> list() {
        requireObjects("list()");
        // task: 04-2 the QuerySet's laziness
        if (spec.empty()) {
            return List.of();
        }
        return load(SqlWriter.select(database.dialect(), select(spec.compiler(), objectColumns(), true)));
        // endtask
    }

    /** Runs a SELECT of {@link #objectColumns()} and builds the objects, with their prefetched relations. */
    private List<T> load(Sql sql) {
        // task: 04-2 the QuerySet's laziness
        RowLoader loader = new RowLoader(database, session);
        List<T> results = database.executor().query(sql, rows -> {
            List<T> objects = new ArrayList<>();
            while (rows.next()) {
                objects.add(Relations.read(loader, rows, model, spec.related()));
            }
            return objects;
        });
        for (String name : spec.prefetch()) {
            Relations.prefetch(database, session, model, model.reverse(name).orElseThrow(), results);
        }
        return results;
        // endtask
    }
    // endregion

    /** Runs the query and returns each object with the values of its {@link #annotate} aggregates, by name. */
    public List<Annotated<T>> listAnnotated() {
        requireObjects("listAnnotated()");
        if (spec.empty()) {
            return List.of();
        }
        List<QueryCompiler.Annotation> annotations = spec.compiler().annotations();
        List<Expr> columns = objectColumns();
        int first = columns.size() - annotations.size() + 1;
        Sql sql = SqlWriter.select(database.dialect(), select(spec.compiler(), columns, true));
        RowLoader loader = new RowLoader(database, session);
        List<Annotated<T>> results = database.executor().query(sql, rows -> {
            List<Annotated<T>> objects = new ArrayList<>();
            while (rows.next()) {
                T object = Relations.read(loader, rows, model, spec.related());
                Map<String, Object> values = new LinkedHashMap<>();
                for (int i = 0; i < annotations.size(); i++) {
                    values.put(annotations.get(i).name(), Values.read(rows, first + i, annotations.get(i).type()));
                }
                objects.add(new Annotated<>(object, values));
            }
            return objects;
        });
        for (String name : spec.prefetch()) {
            Relations.prefetch(database, session, model, model.reverse(name).orElseThrow(),
                    results.stream().map(Annotated::object).toList());
        }
        return results;
    }

    @Override
    public Iterator<T> iterator() {
        // task: 04-2 the QuerySet's laziness
        return list().iterator();
        // endtask
    }

    /** The number of rows, with a SQL {@code COUNT(*)}: no objects are built. */
    public long count() {
        if (spec.empty()) {
            return 0;
        }
        Sql sql;
        if (spec.compiler().annotated()) { // the groups, counted, as Django's COUNT(*) over a subquery
            sql = SqlWriter.countOf(database.dialect(), select(spec.compiler(), groupColumns(), spec.sliced()));
        } else if (spec.distinct()) { // the distinct rows, counted, as Django's COUNT(*) over a subquery
            sql = SqlWriter.countOf(database.dialect(), select(spec.compiler(), objectColumns(), true));
        } else if (spec.sliced()) {
            sql = SqlWriter.countOf(database.dialect(), select(spec.compiler(), List.of(keyColumn()), true));
        } else {
            sql = SqlWriter.select(database.dialect(), select(spec.compiler(),
                    List.of(new Expr.Aggregate(Aggregate.Function.COUNT, null)), false));
        }
        return database.executor().query(sql, rows -> rows.next() ? rows.getLong(1) : 0L);
    }

    /** Whether any row matches, within any limit already set; fetches at most one key. */
    public boolean exists() {
        // task: 04-2 the QuerySet's laziness
        if (spec.empty()) {
            return false;
        }
        QuerySet<T> one = limit(1);
        Sql sql = SqlWriter.select(database.dialect(), one.select(spec.compiler(), List.of(keyColumn()), true));
        return database.executor().query(sql, ResultSet::next);
        // endtask
    }

    /** The first object in the ordering (by primary key when unordered), if any, within any slice already set. */
    public Optional<T> first() {
        QuerySet<T> ordered = spec.ordering().isEmpty() ? ordered(List.of(OrderBy.asc("pk"))) : this;
        List<T> found = ordered.limit(1).list();
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The last object in the ordering (by primary key when unordered): the ordering reversed, then {@link #first}. */
    public Optional<T> last() {
        requireUnsliced("last()");
        List<OrderBy> terms = spec.ordering().isEmpty() ? List.of(OrderBy.asc("pk")) : spec.ordering();
        return ordered(terms.stream().map(QuerySet::reversed).toList()).first();
    }

    /** The object with the greatest {@code field} (Django's {@code latest}); {@link DoesNotExist} when none. */
    public T latest(String field) {
        return orderBy(OrderBy.desc(field)).first().orElseThrow(() -> new DoesNotExist(model.type(), describe()));
    }

    /** The object with the smallest {@code field} (Django's {@code earliest}); {@link DoesNotExist} when none. */
    public T earliest(String field) {
        return orderBy(OrderBy.asc(field)).first().orElseThrow(() -> new DoesNotExist(model.type(), describe()));
    }

    private static OrderBy reversed(OrderBy term) {
        OrderBy.Nulls nulls = switch (term.nulls()) {
            case FIRST -> OrderBy.Nulls.LAST;
            case LAST -> OrderBy.Nulls.FIRST;
            case DEFAULT -> OrderBy.Nulls.DEFAULT; // the default flips with the direction already
        };
        return new OrderBy(term.field(), !term.descending(), nulls);
    }

    // region: get
    /** The one object matching the conditions; {@link DoesNotExist} or {@link MultipleObjectsReturned} otherwise. */
    public T get() {
        List<T> found = limit(2).list(); // within any slice already set, as Django's get() on a slice
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

    /** The objects whose primary keys are given, keyed by primary key (Django's {@code in_bulk}). */
    public Map<Object, T> inBulk(Collection<?> keys) {
        Map<Object, T> found = new LinkedHashMap<>();
        if (!keys.isEmpty()) {
            filter("pk__in", keys).list().forEach(o -> found.put(model.id(o), o));
        }
        return found;
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
        QueryCompiler compiler = spec.compiler().copy();
        int joinsBefore = compiler.joins().size();
        List<String> columns = new ArrayList<>();
        List<Expr> expressions = new ArrayList<>();
        values.forEach((name, value) -> {
            FieldMeta field = model.field(name).filter(f -> !f.primaryKey()).orElseThrow(() -> new IllegalArgumentException(
                    "update(\"" + name + "\", ...): " + model.name() + " has no field '" + name + "' that can be updated."
                            + " Its fields are: " + model.fieldNames() + " (the primary key cannot be updated)."));
            if (value == null && !field.nullable()) {
                throw new IllegalArgumentException("update(\"" + name + "\", null): " + field.describe() + " is NOT NULL;"
                        + " give a value, or declare the field @Column(nullable = true).");
            }
            columns.add(field.column());
            expressions.add(compiler.value(value));
        });
        if (compiler.joins().size() != joinsBefore) {
            throw new IllegalArgumentException("update(): an F expression can only name fields of " + model.name()
                    + " itself, not fields across a foreign key");
        }
        if (spec.empty()) {
            return 0;
        }
        Sql sql = SqlWriter.update(database.dialect(), model.table(), QueryCompiler.ROOT, columns, expressions, where());
        return database.executor().update(sql);
    }
    // endregion

    // region: delete
    /**
     * Deletes every matching row and follows the foreign keys that point at them by their
     * {@link OnDelete}: CASCADE deletes those rows too, SET_NULL clears their key, PROTECT refuses with
     * {@link ProtectedError} before anything is deleted. All in one transaction; returns the count per
     * model, as Django's {@code delete()}. Rows nothing points at go in one DELETE statement.
     */
    public Deleted delete() {
        requireUnsliced("delete()");
        if (spec.empty()) {
            return new Deleted(0, Map.of());
        }
        if (Collector.canFastDelete(database.registry(), model)) {
            int deleted = rawDelete();
            return new Deleted(deleted, deleted == 0 ? Map.of() : Map.of(model.name(), (long) deleted));
        }
        return database.atomic(() -> {
            Collector collector = new Collector(database);
            collector.collect(model, orderBy("pk").valuesListFlat("pk"));
            return collector.delete();
        });
    }
    // endregion

    /** One DELETE of the matching rows, following no foreign key. */
    int rawDelete() {
        return database.executor().update(SqlWriter.delete(database.dialect(), model.table(), QueryCompiler.ROOT, where()));
    }

    // region: values
    /**
     * The named fields of each matching row, as maps in the order named. With no names, every stored
     * field, a foreign key keyed by its attribute name with {@code Id} ({@code questionId}, Django's
     * {@code question_id}) and holding the key; a foreign key named explicitly keeps its own name.
     */
    public List<Map<String, Object>> values(String... fields) {
        List<String> names = fields.length > 0 ? List.of(fields) : defaultNames();
        List<List<Object>> rows = rows(names);
        List<Map<String, Object>> result = new ArrayList<>();
        for (List<Object> row : rows) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                map.put(names.get(i), row.get(i));
            }
            result.add(map);
        }
        return result;
    }
    // endregion

    /** The named fields of each matching row, as lists (Django's {@code values_list}); all fields when none named. */
    public List<List<Object>> valuesList(String... fields) {
        List<String> names = fields.length > 0 ? List.of(fields) : defaultNames();
        return rows(names);
    }

    /** What values() without names gives: the stored fields (or the groupBy fields), then every annotation. */
    private List<String> defaultNames() {
        List<String> names = new ArrayList<>(spec.compiler().grouped()
                ? spec.compiler().grouping().stream().map(QueryCompiler.Grouped::name).toList()
                : model.columns().stream().map(f -> f.isForeignKey() ? f.name() + "Id" : f.name()).toList());
        spec.compiler().annotations().forEach(a -> names.add(a.name()));
        return names;
    }

    /** One field of each matching row (Django's {@code values_list(field, flat=True)}). */
    public List<Object> valuesListFlat(String field) {
        return rows(List.of(field)).stream().map(row -> row.get(0)).toList();
    }

    private List<List<Object>> rows(List<String> names) {
        QueryCompiler compiler = spec.compiler().copy();
        List<Expr> columns = new ArrayList<>();
        List<Class<?>> types = new ArrayList<>();
        for (String name : names) {
            QueryCompiler.Target target = compiler.resolve(name);
            if (!target.lookup().equals("exact") || name.endsWith("__exact") || target.transformed()) {
                throw new IllegalArgumentException("values(\"" + name + "\") names a lookup; name fields only."
                        + " " + model.name() + "'s fields are: " + model.fieldNames() + ".");
            }
            columns.add(target.column());
            types.add(target.valueType(database.registry()));
        }
        if (spec.empty()) {
            return List.of();
        }
        Sql sql = SqlWriter.select(database.dialect(), select(compiler, columns, true));
        return database.executor().query(sql, rows -> {
            List<List<Object>> result = new ArrayList<>();
            while (rows.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 0; i < names.size(); i++) {
                    row.add(Values.read(rows, i + 1, types.get(i)));
                }
                result.add(java.util.Collections.unmodifiableList(row)); // may hold nulls
            }
            return result;
        });
    }

    // region: aggregate
    /**
     * Summaries over the matching rows in one query, keyed like Django ({@code votes__sum}). Result
     * types are the same on every dialect: a count is a Long, an average a Double, a sum of integers a
     * Long, a minimum or maximum the field's own type; over no rows every one but COUNT is null.
     */
    public Map<String, Object> aggregate(Aggregate... aggregates) {
        requireUnsliced("aggregate()");
        QueryCompiler compiler = spec.compiler().copy();
        List<Expr> columns = new ArrayList<>();
        List<Expr> grouped = new ArrayList<>(); // over annotations: the inner query's columns, aggregated outside
        List<Class<?>> types = new ArrayList<>();
        for (Aggregate aggregate : aggregates) {
            QueryCompiler.Target target = compiler.resolve(aggregate.field());
            if (!target.lookup().equals("exact") || target.transformed() || aggregate.field().endsWith("__exact")) {
                throw new IllegalArgumentException(aggregate.function() + "(\"" + aggregate.field() + "\") names a"
                        + " lookup; aggregate a field of " + model.name() + ": " + model.fieldNames() + ".");
            }
            Class<?> fieldType = target.valueType(database.registry());
            if (aggregate.function() != Aggregate.Function.COUNT && aggregate.function() != Aggregate.Function.MIN
                    && aggregate.function() != Aggregate.Function.MAX && !Values.isNumeric(fieldType)) {
                throw new IllegalArgumentException(aggregate.function() + "(\"" + aggregate.field() + "\"): "
                        + target.field().describe() + " is a " + fieldType.getSimpleName() + "; SUM and AVG need a"
                        + " number field.");
            }
            if (compiler.annotated() && aggregate.filter().isPresent()) {
                throw new IllegalArgumentException(aggregate.function() + "(\"" + aggregate.field() + "\") with a"
                        + " filter over an annotated QuerySet: the kit aggregates its groups in a query around it, where"
                        + " the filter's fields are gone. filter() the QuerySet before annotate() instead.");
            }
            grouped.add(target.column());
            Expr argument = compiler.annotated() ? new Expr.Column("grouped", "c" + grouped.size())
                    : target.column();
            columns.add(new Expr.Aggregate(aggregate.function(), argument, aggregate.distinct(),
                    compiler.filter(aggregate, "aggregate(" + aggregate.key() + ")").orElse(null)));
            types.add(QueryCompiler.resultType(aggregate.function(), fieldType));
        }
        Map<String, Object> result = new LinkedHashMap<>();
        if (spec.empty()) {
            for (Aggregate aggregate : aggregates) {
                result.put(aggregate.key(), aggregate.function() == Aggregate.Function.COUNT ? (Object) 0L : null);
            }
            return result;
        }
        Sql sql = compiler.annotated()
                ? SqlWriter.aggregateOver(database.dialect(), select(compiler, grouped, false), columns)
                : SqlWriter.select(database.dialect(), select(compiler, columns, false));
        return database.executor().query(sql, rows -> {
            rows.next();
            for (int i = 0; i < aggregates.length; i++) {
                result.put(aggregates[i].key(), Values.read(rows, i + 1, Values.boxed(types.get(i))));
            }
            return result;
        });
    }
    // endregion

    // region: get-or-create
    /**
     * The object matching {@code lookup}, or a new one made of {@code lookup}'s plain fields and
     * {@code defaults}, saved in a transaction (Django's {@code get_or_create}). If the INSERT breaks
     * a constraint because another thread created the row meanwhile, that row is returned; if no such
     * row exists, the constraint error is raised.
     */
    public Created<T> getOrCreate(Map<String, ?> lookup, Map<String, ?> defaults) {
        QuerySet<T> matching = matching(lookup);
        try {
            return new Created<>(matching.get(), false);
        } catch (DoesNotExist missing) {
            try {
                return new Created<>(database.atomic(() -> create(lookup, defaults)), true);
            } catch (OrmException e) {
                if (!e.isIntegrityError()) {
                    throw e;
                }
                try {
                    return new Created<>(matching.get(), false);
                } catch (DoesNotExist stillMissing) {
                    throw e;
                }
            }
        }
    }
    // endregion

    // region: update-or-create
    /**
     * In one transaction: the object matching {@code lookup} with {@code defaults} set and saved, or a
     * new one made of both (Django's {@code update_or_create}). The row is read with {@code SELECT ...
     * FOR UPDATE}, as Django's {@code select_for_update().get()}: a second caller waits at its read until
     * the first commits, so it starts from the first one's changes instead of overwriting them.
     */
    public Created<T> updateOrCreate(Map<String, ?> lookup, Map<String, ?> defaults) {
        QuerySet<T> matching = matching(lookup);
        return database.atomic(() -> {
            try {
                T found = matching.getForUpdate();
                PlainValues.assign(model, database, found, defaults);
                database.save(found);
                return new Created<>(found, false);
            } catch (DoesNotExist missing) {
                return new Created<>(create(lookup, defaults), true);
            }
        });
    }

    /** {@link #get()} with the row locked until the surrounding transaction ends. */
    private T getForUpdate() {
        QuerySet<T> two = limit(2);
        Sql select = SqlWriter.select(database.dialect(), two.select(two.spec.compiler(), objectColumns(), true));
        List<T> found = spec.empty() ? List.of() : two.load(new Sql(select.text() + " FOR UPDATE", select.parameters()));
        if (found.isEmpty()) {
            throw new DoesNotExist(model.type(), describe());
        }
        if (found.size() > 1) {
            throw new MultipleObjectsReturned(model.type(), describe());
        }
        return found.get(0);
    }
    // endregion

    private QuerySet<T> matching(Map<String, ?> lookup) {
        QuerySet<T> matching = this;
        for (Map.Entry<String, ?> entry : lookup.entrySet()) {
            matching = matching.filter(entry.getKey(), entry.getValue());
        }
        return matching;
    }

    private T create(Map<String, ?> lookup, Map<String, ?> defaults) {
        Map<String, Object> values = new LinkedHashMap<>();
        lookup.forEach((key, value) -> {
            if (!key.contains("__")) { // a lookup such as votes__gt says nothing about the new object's value
                values.put(key, value);
            }
        });
        values.putAll(defaults);
        T object = model.newInstance();
        PlainValues.assign(model, database, object, values);
        database.insertAll(model, List.of(object));
        return object;
    }

    /** Creates many objects with one batched INSERT (Django's {@code bulk_create}); they receive their keys. */
    public List<T> bulkCreate(List<T> objects) {
        if (!objects.isEmpty()) {
            database.insertAll(model, new ArrayList<>(objects));
        }
        return objects;
    }

    /** The SELECT that {@link #list()} (after groupBy, {@link #values()}) would run, with its parameters: for learning and debugging. */
    public String sql() {
        List<Expr> columns = objectColumns();
        if (spec.compiler().grouped()) {
            columns = new ArrayList<>(groupColumns());
            for (QueryCompiler.Annotation annotation : spec.compiler().annotations()) {
                columns.add(annotation.expr());
            }
        }
        return SqlWriter.select(database.dialect(), select(spec.compiler(), columns, true)).toString();
    }

    @Override
    public String toString() {
        return "QuerySet<" + model.name() + ">: " + sql();
    }

    // region: columns
    /** The one place that lists what a row of objects holds: the model's columns, then each selectRelated model's. */
    private List<Expr> objectColumns() {
        if (spec.related().isEmpty() && !spec.compiler().annotated()) {
            return model.rootColumns(); // the common case, one list per model instead of one per query
        }
        List<Expr> columns = new ArrayList<>(model.rootColumns());
        spec.related().forEach(p -> columns.addAll(columnsOf(p.model(), p.alias())));
        spec.compiler().annotations().forEach(a -> columns.add(a.expr()));
        return columns;
    }
    // endregion

    // region: group-by
    /**
     * What an annotated query groups by, as Django 3.2: the model's columns and those of every
     * selectRelated model (or the groupBy fields), then every other column it selects or orders by
     * that is not an aggregate itself. So {@code groupBy("question").orderBy("text")} groups by both,
     * as Django's {@code values("question").annotate(...).order_by("text")} does.
     */
    private List<Expr> groupBy(QueryCompiler compiler, List<Expr> columns, List<Select.Order> order) {
        java.util.Set<Expr> groupBy = new java.util.LinkedHashSet<>(groupColumns());
        columns.stream().filter(c -> !QueryCompiler.aggregated(c)).forEach(groupBy::add);
        order.stream().map(Select.Order::expr).filter(e -> !QueryCompiler.aggregated(e)).forEach(groupBy::add);
        return List.copyOf(groupBy);
    }
    // endregion

    /** The columns that make one group: each object's own (and its selectRelated ones'), or the groupBy fields'. */
    private List<Expr> groupColumns() {
        if (spec.compiler().grouped()) {
            return spec.compiler().grouping().stream().map(QueryCompiler.Grouped::column).toList();
        }
        List<Expr> columns = new ArrayList<>(model.rootColumns());
        spec.related().forEach(p -> columns.addAll(columnsOf(p.model(), p.alias())));
        return columns;
    }

    private Expr keyColumn() {
        return new Expr.Column(QueryCompiler.ROOT, model.primaryKey().column());
    }

    // region: select
    private Select select(QueryCompiler compiler, List<Expr> columns, boolean ordered) {
        List<Select.Order> order = ordered ? spec.order() : List.of();
        if (!compiler.annotated()) {
            return new Select(model.table(), QueryCompiler.ROOT, compiler.joins(), columns, spec.where(), order,
                    ordered ? spec.limit() : OptionalLong.empty(), ordered ? spec.offset() : OptionalLong.empty(),
                    spec.distinct());
        }
        List<Expr> where = new ArrayList<>();
        List<Expr> having = new ArrayList<>(); // a condition naming an aggregate holds for a group, after grouping
        for (Expr condition : spec.where()) {
            for (Expr part : condition instanceof Expr.And and ? and.parts() : List.of(condition)) {
                (QueryCompiler.aggregated(part) ? having : where).add(part);
            }
        }
        return new Select(model.table(), QueryCompiler.ROOT, compiler.joins(), columns, where, order,
                ordered ? spec.limit() : OptionalLong.empty(), ordered ? spec.offset() : OptionalLong.empty(),
                spec.distinct(), groupBy(compiler, columns, order), having);
    }
    // endregion

    /** The WHERE of an UPDATE or DELETE; conditions across joins or on annotations become {@code id IN (SELECT ...)}. */
    private List<Expr> where() {
        if (spec.compiler().joins().isEmpty() && !spec.compiler().annotated()) {
            return spec.where();
        }
        return List.of(new Expr.InSelect(keyColumn(), select(spec.compiler(), List.of(keyColumn()), false)));
    }

    /** Groups give values, not objects: Django's {@code values(...).annotate(...)} yields dicts. */
    private void requireObjects(String operation) {
        if (spec.compiler().grouped()) {
            throw new IllegalStateException(operation + " after groupBy(" + spec.compiler().grouping().stream()
                    .map(QueryCompiler.Grouped::name).collect(Collectors.joining(", ")) + "): a group is not an object;"
                    + " read the groups with values() or valuesList().");
        }
    }

    private void requireUnsliced(String operation) {
        if (spec.sliced()) {
            throw new IllegalStateException(operation + " cannot run on a QuerySet with limit() or offset(), as in"
                    + " Django (\"Cannot filter a query once a slice has been taken\"); call it before limit()/offset()");
        }
    }

    private static List<Expr> columnsOf(ModelMeta<?> model, String alias) {
        return model.columns().stream().map(f -> (Expr) new Expr.Column(alias, f.column())).toList();
    }

    private String describe() {
        return spec.conditions().isEmpty() ? "(no conditions)"
                : spec.conditions().stream().map(Q::toString).collect(Collectors.joining(" AND "));
    }

    private static <E> List<E> append(List<E> list, E element) {
        @SuppressWarnings("unchecked")
        E[] grown = (E[]) list.toArray(new Object[list.size() + 1]); // one copy, where a list built and copied made three
        grown[list.size()] = element;
        return List.of(grown);
    }
}
