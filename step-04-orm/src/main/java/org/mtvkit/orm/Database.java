package org.mtvkit.orm;

import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The engine: a pool of connections, a {@link Dialect}, and the registered models. Everything else
 * starts here: {@link #objects} for queries, {@link #save} and {@link #delete} for single objects,
 * {@link #session} for a unit of work, {@link #atomic} for transactions.
 *
 * <pre>{@code
 * Database db = Database.open("jdbc:h2:./data/polls").register(Question.class, Choice.class);
 * db.createSchemaIfMissing();
 * List<Question> latest = db.objects(Question.class).orderBy("-pubDate").limit(5).list();
 * }</pre>
 */
public final class Database implements AutoCloseable {
    private final Connections connections;
    private final Dialect dialect;
    private final Registry registry = new Registry();
    private volatile Lookups lookups = Lookups.STANDARD; // replaced whole by registerLookup, never changed in place
    private final Executor executor;

    private Database(Connections connections, Dialect dialect) {
        this.connections = connections;
        this.dialect = dialect;
        this.executor = new Executor(connections);
    }

    // region: open
    /** How many connections a pool opens at most unless told otherwise. */
    static final int DEFAULT_MAX_CONNECTIONS = 10;

    /**
     * Opens a database by JDBC URL, with a pool of {@value #DEFAULT_MAX_CONNECTIONS} connections:
     * {@code jdbc:h2:./data/polls} with {@link H2Dialect}, {@code jdbc:postgresql://host/db?user=...}
     * with {@link PostgresDialect}.
     */
    public static Database open(String jdbcUrl) {
        return open(jdbcUrl, null, null, DEFAULT_MAX_CONNECTIONS);
    }

    /** As {@link #open(String)}, with a pool of at most {@code maxConnections} connections. */
    public static Database open(String jdbcUrl, int maxConnections) {
        return open(jdbcUrl, null, null, maxConnections);
    }

    public static Database open(String jdbcUrl, String user, String password) {
        return open(jdbcUrl, user, password, DEFAULT_MAX_CONNECTIONS);
    }

    private static Database open(String jdbcUrl, String user, String password, int maxConnections) {
        if (maxConnections < 1) {
            throw new IllegalArgumentException("open(" + jdbcUrl + ", " + maxConnections + "): a pool needs at least"
                    + " one connection");
        }
        Dialect dialect;
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            dialect = new H2Dialect();
        } else if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            dialect = new PostgresDialect();
        } else {
            throw new IllegalArgumentException("No dialect for " + jdbcUrl + ": the kit ships H2Dialect for jdbc:h2:"
                    + " URLs and PostgresDialect for jdbc:postgresql: URLs. For another database, pass a DataSource"
                    + " and a Dialect to open(dataSource, dialect).");
        }
        // H2 needs a user; PostgreSQL's may be in the URL (?user=...), so none is passed unless given
        String name = user != null ? user : jdbcUrl.startsWith("jdbc:h2:") ? "sa" : null;
        String secret = password != null ? password : "";
        ConnectionPool.Opener opener = name == null ? () -> DriverManager.getConnection(jdbcUrl)
                : () -> DriverManager.getConnection(jdbcUrl, name, secret);
        return new Database(new ConnectionPool(opener, maxConnections, POOL_WAIT), dialect);
    }

    /** How long a statement waits for a free connection before it fails. */
    static final Duration POOL_WAIT = Duration.ofSeconds(30);

    /** A new, empty in-memory database, private to the caller: one per test. */
    public static Database inMemory() {
        return open("jdbc:h2:mem:mtvkit-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    /** A database over the application's own pool: each statement takes a connection from it and closes it. */
    public static Database open(DataSource dataSource, Dialect dialect) {
        return new Database(Connections.of(dataSource), dialect);
    }
    // endregion

    // region: register-lookup
    /**
     * Adds a field lookup for every model of this database, Django's {@code register_lookup}:
     * {@code filter("votes__ne", 0)} then asks {@code lookup} for its condition. Like models, lookups are
     * registered before the database is first used.
     *
     * @throws IllegalArgumentException if the name is not a plain identifier or is taken, by a built-in too
     * @throws IllegalStateException once the database is in use
     */
    public synchronized Database registerLookup(String name, CustomLookup lookup) {
        if (registry.isFrozen()) {
            throw new IllegalStateException("registerLookup(\"" + name + "\"): the database is already in use, so its"
                    + " lookups are fixed. Register lookups right after Database.open(...), with the models.");
        }
        Lookups grown = lookups.copy();
        grown.register(name, Lookups.custom(name, java.util.Objects.requireNonNull(lookup, "lookup")));
        lookups = grown; // published whole: a query never sees a half-registered lookup
        return this;
    }
    // endregion

    /** Reads the model classes and checks their mapping now; a problem raises {@link MappingException}. */
    public Database register(Class<?>... models) {
        registry.register(models);
        return this;
    }

    /** The CREATE TABLE statements {@link #createSchema()} runs, parents first. */
    public List<String> schemaSql() {
        return Schema.create(dialect, registry, false);
    }

    public void createSchema() {
        registry.freeze();
        Schema.create(dialect, registry, false).forEach(executor::execute);
    }

    /** Creates the tables that do not exist yet; existing tables are left as they are. */
    public void createSchemaIfMissing() {
        registry.freeze();
        Schema.create(dialect, registry, true).forEach(executor::execute);
    }

    /** Drops every registered model's table, children first. */
    public void dropSchema() {
        Schema.drop(dialect, registry).forEach(executor::execute);
    }

    /** All objects of a model, as a lazy {@link QuerySet} (Django's {@code Model.objects}). */
    public <T> QuerySet<T> objects(Class<T> model) {
        ModelMeta<T> meta = registry.meta(model);
        registry.freeze();
        return new QuerySet<>(this, meta, null);
    }

    /**
     * The children of {@code parent} through the one foreign key of {@code child} that points at the
     * parent's model: {@code db.relatedSet(question, Choice.class)} is Django's {@code question.choice_set}.
     */
    public <C> RelatedSet<C> relatedSet(Object parent, Class<C> child) {
        ModelMeta<?> parentMeta = registry.meta(parent.getClass());
        ModelMeta<C> childMeta = registry.meta(child);
        if (!parentMeta.hasId(parent)) {
            throw new IllegalArgumentException("relatedSet(" + parentMeta.name() + ", " + childMeta.name() + "): this "
                    + parentMeta.name() + " has not been saved yet, so it has no " + childMeta.name() + " objects; save it first");
        }
        List<FieldMeta> keys = childMeta.columns().stream().filter(f -> f.related() == parent.getClass()).toList();
        if (keys.size() != 1) {
            throw new IllegalArgumentException("relatedSet(" + parentMeta.name() + ", " + childMeta.name() + "): "
                    + childMeta.name() + " has " + keys.size() + " foreign keys to " + parentMeta.name()
                    + "; a related set needs exactly one. Filter " + childMeta.name() + " objects by the key you mean.");
        }
        registry.freeze();
        return new RelatedSet<>(this, childMeta, keys.get(0), parent);
    }

    /** The registered models, in the order they were registered. */
    public List<Class<?>> models() {
        return registry.types();
    }

    /**
     * Builds an unsaved object of a registered model from plain values keyed by field name, as a
     * fixture file holds them: text, numbers, booleans, null. Values are converted to each field's
     * type (ISO 8601 text to {@code Instant}, an id to a foreign key's reference).
     *
     * @throws IllegalArgumentException naming the model, the field and what it needed
     */
    public <T> T instantiate(Class<T> model, Map<String, ?> values) {
        return PlainValues.instantiate(registry.meta(model), this, values);
    }

    /** A new unit of work with its own identity map. */
    public Session session() {
        return new Session(this);
    }

    // region: save
    /**
     * Writes one object. Without a key it is INSERTed and receives the generated key. With a key it
     * is UPDATEd, and INSERTed with that key if no row has it yet (how fixtures keep their keys).
     */
    public <T> T save(T object) {
        ModelMeta<?> model = registry.meta(object.getClass());
        registry.freeze();
        if (model.hasId(object)) {
            List<FieldMeta> columns = model.columns();
            java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();
            columns.subList(1, columns.size()).forEach(f -> values.put(f.name(), f.get(object)));
            int updated = values.isEmpty() ? 0
                    : new QuerySet<>(this, model, null).filter(model.primaryKey().name(), model.id(object)).update(values);
            if (updated == 1) {
                return object;
            }
        }
        insertAll(model, List.of(object));
        return object;
    }
    // endregion

    /** Deletes the object's row by its key. */
    public void delete(Object object) {
        ModelMeta<?> model = registry.meta(object.getClass());
        if (!model.hasId(object)) {
            throw new IllegalArgumentException("delete(): this " + model.name() + " has no primary key yet, so it"
                    + " has no row to delete; save it first");
        }
        deleteAll(model, List.of(object));
    }

    // region: atomic
    /**
     * Runs {@code work} in one transaction: committed if it returns, rolled back if it throws. A
     * nested {@code atomic} is a savepoint, rolled back alone when only the inner block fails.
     */
    public <R> R atomic(Supplier<R> work) {
        return executor.atomic(work);
    }

    public void atomic(Runnable work) {
        executor.atomic(() -> {
            work.run();
            return null;
        });
    }
    // endregion

    /** Hears every statement from now on: to print SQL, log it, or count queries. */
    public void addListener(StatementListener listener) {
        executor.addListener(listener);
    }

    public void removeListener(StatementListener listener) {
        executor.removeListener(listener);
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Closes the pool; an in-memory database disappears. */
    @Override
    public void close() {
        executor.removeAllListeners(); // closing is housekeeping, not a statement of the program
        if (!onDisk()) {
            // An H2 file closes itself, cleanly, when its last connection closes; SHUTDOWN would close it
            // under connections still in use. An in-memory one (DB_CLOSE_DELAY=-1) lives until SHUTDOWN.
            dialect.shutdown().ifPresent(sql -> {
                try {
                    executor.execute(sql);
                } catch (OrmException alreadyClosed) {
                    // closing twice is harmless
                }
            });
        }
        connections.close();
    }

    /** Whether this is an H2 database in a file (an in-memory one has no path). */
    private boolean onDisk() {
        try {
            return executor.query(new Sql("CALL DATABASE_PATH()", List.of()), rows -> rows.next() && rows.getString(1) != null);
        } catch (OrmException closedOrNotH2) {
            return false;
        }
    }

    Registry registry() {
        return registry;
    }

    Lookups lookups() {
        return lookups;
    }

    Executor executor() {
        return executor;
    }

    // region: insert-all
    /** INSERTs objects of one model: one batch for those without a key (keys come back), one for those with. */
    void insertAll(ModelMeta<?> model, List<Object> objects) {
        List<Object> generated = objects.stream().filter(o -> !model.hasId(o)).toList();
        List<Object> explicit = objects.stream().filter(model::hasId).toList();
        List<FieldMeta> columns = model.columns();
        if (!generated.isEmpty()) {
            List<FieldMeta> withoutKey = columns.subList(1, columns.size());
            String sql = SqlWriter.insert(dialect, model.table(), withoutKey.stream().map(FieldMeta::column).toList());
            List<Long> keys = executor.batch(sql, rows(withoutKey, generated), model.primaryKey().column(),
                    dialect.batchReturnsGeneratedKeys());
            for (int i = 0; i < generated.size(); i++) {
                model.setId(generated.get(i), keys.get(i));
            }
        }
        if (!explicit.isEmpty()) {
            String sql = SqlWriter.insert(dialect, model.table(), columns.stream().map(FieldMeta::column).toList());
            executor.batch(sql, rows(columns, explicit), null, false);
            long next = explicit.stream().mapToLong(o -> ((Number) model.id(o)).longValue()).max().orElse(0) + 1;
            Sql max = new Sql("SELECT MAX(" + dialect.quote(model.primaryKey().column()) + ") FROM "
                    + dialect.quote(model.table()), List.of());
            long current = executor.query(max, r -> r.next() ? r.getLong(1) : 0L);
            // explicit keys do not advance the generator; move it past them so the next insert does not collide
            executor.execute(dialect.restartIdentity(model.table(), model.primaryKey().column(), Math.max(next, current + 1)));
        }
    }
    // endregion

    /** UPDATEs the same fields of many objects: one prepared statement, run as one batch. */
    void updateAll(ModelMeta<?> model, List<FieldMeta> fields, List<Object> objects) {
        List<Expr> placeholders = fields.stream().map(f -> (Expr) new Expr.Param(null)).toList();
        Expr byKey = new Expr.Compare(new Expr.Column(QueryCompiler.ROOT, model.primaryKey().column()), Expr.Comparison.EQUALS,
                new Expr.Param(null));
        Sql sql = SqlWriter.update(dialect, model.table(), QueryCompiler.ROOT,
                fields.stream().map(FieldMeta::column).toList(), placeholders, List.of(byKey));
        List<FieldMeta> columns = new ArrayList<>(fields);
        columns.add(model.primaryKey());
        executor.batch(sql.text(), rows(columns, objects), null, false);
    }

    void deleteAll(ModelMeta<?> model, List<Object> objects) {
        List<Object> ids = objects.stream().map(model::id).toList();
        new QuerySet<>(this, model, null).filter(model.primaryKey().name() + "__in", ids).delete();
    }

    List<List<Object>> rows(List<FieldMeta> columns, List<Object> objects) {
        List<List<Object>> rows = new ArrayList<>();
        for (Object object : objects) {
            List<Object> row = new ArrayList<>();
            for (FieldMeta field : columns) {
                Object value = field.get(object);
                if (value == null && !field.nullable()) {
                    throw new IllegalArgumentException("Cannot save " + field.describe() + ": it is null, but its"
                            + " column '" + field.column() + "' is NOT NULL. Set a value, or declare the field"
                            + " @Column(nullable = true).");
                }
                if (value != null && field.isForeignKey()) {
                    value = ((ForeignKey<?>) value).id().orElseThrow(() -> new IllegalArgumentException("Cannot save "
                            + field.describe() + ": the " + field.related().getSimpleName() + " it points at has not"
                            + " been saved yet (it has no key). Save it first, or add both to a Session, which"
                            + " inserts parents first."));
                }
                row.add(Values.toJdbc(value));
            }
            rows.add(row);
        }
        return rows;
    }
}
