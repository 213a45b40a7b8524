package org.mtvkit.orm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A unit of work with an identity map, the pattern SQLAlchemy's {@code Session} follows.
 *
 * <p>The identity map keeps one object per row: loading a row twice gives the same instance, and
 * {@link #get} by key runs no query when the object is already here. The unit of work remembers what
 * changed: objects {@link #add}ed, objects {@link #delete}d, and loaded objects whose fields differ
 * from what was loaded. {@link #flush} writes all of it in one transaction, parents inserted before
 * children and children deleted before parents; {@link #commit} is a flush after which the session
 * starts clean. {@link #rollback} forgets every pending change and every loaded object.
 *
 * <p>A session is for one thread. It does not flush before queries: call {@link #flush} first if a
 * query must see pending changes.
 */
public final class Session {
    private record Key(Class<?> model, long id) { }

    /** What the session knows of one loaded object: its model, and its column values as loaded (null before). */
    private static final class State {
        final ModelMeta<?> model;
        List<Object> snapshot;

        State(ModelMeta<?> model, List<Object> snapshot) {
            this.model = model;
            this.snapshot = snapshot;
        }
    }

    private final Database database;
    private final Map<Key, Object> identityMap = new HashMap<>();
    private final Map<Object, State> states = new IdentityHashMap<>();
    private final List<Object> added = new ArrayList<>();
    private final List<Object> deleted = new ArrayList<>();
    // The objects of `added` again, by identity: asking whether an object is pending must not scan the list,
    // or adding 10,000 objects costs 50 million comparisons.
    private final Set<Object> addedSet = Collections.newSetFromMap(new IdentityHashMap<>());

    Session(Database database) {
        this.database = database;
    }

    /** A QuerySet whose objects go through this session's identity map. */
    public <T> QuerySet<T> query(Class<T> model) {
        return new QuerySet<>(database, database.registry().meta(model), this);
    }

    // region: get
    /** The object with this primary key: from the identity map without a query, else loaded. */
    public <T> Optional<T> get(Class<T> model, long id) {
        // task: 04-4 the identity map
        ModelMeta<T> meta = database.registry().meta(model);
        T known = inMap(meta, id);
        if (known != null && isLoaded(known)) {
            return Optional.of(known);
        }
        return query(model).filter(meta.primaryKey().name(), id).first();
        // endtask
    }
    // endregion

    /** Schedules a new object for INSERT at the next flush (with its own key, if it has one). */
    public <T> T add(T object) {
        database.registry().meta(object.getClass());
        if (!states.containsKey(object) && addedSet.add(object)) {
            added.add(object);
        }
        if (!deleted.isEmpty()) {
            deleted.removeIf(o -> o == object);
        }
        return object;
    }

    /** Schedules an object for DELETE at the next flush; a pending new object is simply dropped. */
    public void delete(Object object) {
        if (addedSet.remove(object)) {
            added.removeIf(o -> o == object);
            return;
        }
        ModelMeta<?> meta = database.registry().meta(object.getClass());
        if (!states.containsKey(object)) {
            throw new IllegalArgumentException("delete(): this " + meta.name() + " (id " + meta.id(object)
                    + ") was not loaded through this session; load it with get() or query() first");
        }
        if (!containsSame(deleted, object)) {
            deleted.add(object);
        }
    }

    /** Whether the session knows the object (added, or loaded and not yet flushed away). */
    public boolean contains(Object object) {
        return addedSet.contains(object) || states.containsKey(object);
    }

    // region: flush
    /** Writes pending inserts, updates and deletes in one transaction, in an order foreign keys accept. */
    public void flush() {
        List<ModelMeta<?>> order = database.registry().inDependencyOrder();
        Map<Object, Object> keysBefore = new IdentityHashMap<>();
        added.forEach(o -> keysBefore.put(o, database.registry().meta(o.getClass()).id(o)));
        try {
            database.atomic(() -> {
                for (ModelMeta<?> model : order) {               // parents first
                    List<Object> rows = ofModel(added, model);
                    if (!rows.isEmpty()) {
                        database.insertAll(model, rows);
                    }
                }
                updateChanged();
                List<ModelMeta<?>> reversed = new ArrayList<>(order);
                Collections.reverse(reversed);
                for (ModelMeta<?> model : reversed) {            // children first
                    List<Object> rows = ofModel(deleted, model);
                    if (!rows.isEmpty()) {
                        database.deleteAll(model, rows);
                    }
                }
            });
        } catch (RuntimeException e) {
            keysBefore.forEach((object, key) -> database.registry().meta(object.getClass()).primaryKey().set(object, key));
            throw e;
        }
        deleted.forEach(this::forget);
        states.forEach((object, state) -> {
            if (state.snapshot != null) {
                state.snapshot = snapshot(state.model, object); // what is in the database now
            }
        });
        // after the refresh above, so that each inserted object is read for its snapshot once, not twice
        added.forEach(o -> loaded(database.registry().meta(o.getClass()), o));
        added.clear();
        addedSet.clear();
        deleted.clear();
    }
    // endregion

    /** Flushes; afterwards the loaded objects are the new baseline for change tracking. */
    public void commit() {
        flush();
    }

    /** Forgets pending changes and every object: objects you still hold are no longer tracked. */
    public void rollback() {
        added.clear();
        addedSet.clear();
        deleted.clear();
        identityMap.clear();
        states.clear();
    }

    /** Compares each loaded object with its snapshot; one batched UPDATE per model and set of changed columns. */
    private void updateChanged() {
        Map<List<Object>, List<Object>> groups = new LinkedHashMap<>();
        Set<Object> gone = Collections.newSetFromMap(new IdentityHashMap<>());
        gone.addAll(deleted);
        states.forEach((object, state) -> {
            if (state.snapshot == null || gone.contains(object)) {
                return;
            }
            List<Object> now = snapshot(state.model, object);
            List<FieldMeta> columns = state.model.columns();
            List<Object> changed = new ArrayList<>(List.of(state.model)); // the group's key: model, then fields
            for (int i = 1; i < columns.size(); i++) { // 0 is the primary key
                if (!Objects.equals(now.get(i), state.snapshot.get(i))) {
                    changed.add(columns.get(i));
                }
            }
            if (changed.size() > 1) {
                groups.computeIfAbsent(changed, k -> new ArrayList<>()).add(object);
            }
        });
        groups.forEach((key, objects) -> database.updateAll((ModelMeta<?>) key.get(0),
                key.subList(1, key.size()).stream().map(FieldMeta.class::cast).toList(), objects));
    }

    private static boolean containsSame(List<Object> objects, Object object) {
        return objects.stream().anyMatch(o -> o == object); // identity, whatever equals() a model defines
    }

    private static List<Object> ofModel(List<Object> objects, ModelMeta<?> model) {
        return objects.stream().filter(o -> o.getClass() == model.type()).toList();
    }

    /** The column values as they would be written, to compare with later. */
    private List<Object> snapshot(ModelMeta<?> model, Object object) {
        List<Object> values = new ArrayList<>();
        for (FieldMeta field : model.columns()) {
            Object value = field.get(object);
            if (value != null && field.isForeignKey()) {
                value = ((ForeignKey<?>) value).id().orElse(null); // an unsaved parent has no key yet
            }
            values.add(value);
        }
        return values;
    }

    // Called by RowLoader while it builds objects.

    @SuppressWarnings("unchecked")
    <T> T inMap(ModelMeta<T> model, long id) {
        // task: 04-4 the identity map
        return (T) identityMap.get(new Key(model.type(), id));
        // endtask
    }

    boolean isLoaded(Object object) {
        State state = states.get(object);
        return state != null && state.snapshot != null;
    }

    void loaded(ModelMeta<?> model, Object object) {
        // task: 04-4 the identity map
        long id = ((Number) model.id(object)).longValue();
        identityMap.put(new Key(model.type(), id), object);
        states.put(object, new State(model, snapshot(model, object)));
        // endtask
    }

    private void forget(Object object) {
        State state = states.remove(object);
        if (state != null) {
            identityMap.remove(new Key(state.model.type(), ((Number) state.model.id(object)).longValue()));
        }
    }
}
