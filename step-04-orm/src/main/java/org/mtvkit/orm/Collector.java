package org.mtvkit.orm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deleting rows that others point at, as Django's {@code Collector}: it follows every foreign key to
 * the deleted rows by its {@link OnDelete}, collects what CASCADE removes and what SET_NULL changes,
 * refuses on PROTECT, and then runs it all, children first. A model nothing points at with an action
 * other than DO_NOTHING is deleted with one statement and no SELECT (Django's fast delete).
 */
final class Collector {
    private final Database database;
    private final Map<ModelMeta<?>, Set<Object>> deletions = new LinkedHashMap<>();
    private final List<Fast> fastDeletes = new ArrayList<>();
    private final List<SetNull> updates = new ArrayList<>();

    private record Fast(ModelMeta<?> model, FieldMeta foreignKey, List<Object> keys) { }

    private record SetNull(ModelMeta<?> model, FieldMeta foreignKey, List<Object> keys) { }

    Collector(Database database) {
        this.database = database;
    }

    /** Whether deleting rows of {@code model} can touch no other row through the ORM. */
    static boolean canFastDelete(Registry registry, ModelMeta<?> model) {
        return registry.referencesTo(model.type()).stream()
                .allMatch(r -> r.foreignKey().onDelete() == OnDelete.DO_NOTHING);
    }

    // region: collect
    /** Adds the rows with these keys, then follows every foreign key that points at them. */
    void collect(ModelMeta<?> model, List<Object> keys) {
        Set<Object> known = deletions.computeIfAbsent(model, m -> new LinkedHashSet<>());
        List<Object> added = keys.stream().filter(known::add).toList();
        if (added.isEmpty()) {
            return;
        }
        for (Registry.Reference reference : database.registry().referencesTo(model.type())) {
            FieldMeta foreignKey = reference.foreignKey();
            ModelMeta<?> child = reference.child();
            switch (foreignKey.onDelete()) {
                case DO_NOTHING -> { }
                case CASCADE -> {
                    if (canFastDelete(database.registry(), child)) {
                        fastDeletes.add(new Fast(child, foreignKey, added));
                    } else {
                        collect(child, keysOf(child, foreignKey, added));
                    }
                }
                case PROTECT -> {
                    List<Object> protectedKeys = keysOf(child, foreignKey, added);
                    if (!protectedKeys.isEmpty()) {
                        throw new ProtectedError(model.name(), foreignKey.describe(), protectedKeys.size());
                    }
                }
                case SET_NULL -> {
                    List<Object> changed = keysOf(child, foreignKey, added);
                    if (!changed.isEmpty()) {
                        updates.add(new SetNull(child, foreignKey, changed));
                    }
                }
            }
        }
    }
    // endregion

    /** Runs what was collected: fast deletes, then SET_NULL updates, then the collected rows, children first. */
    Deleted delete() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Fast fast : fastDeletes) {
            count(counts, fast.model(), database.objects(fast.model().type())
                    .filter(fast.foreignKey().name() + "__in", fast.keys()).rawDelete());
        }
        for (SetNull update : updates) {
            Map<String, Object> toNull = new LinkedHashMap<>();
            toNull.put(update.foreignKey().name(), null);
            database.objects(update.model().type()).filter("pk__in", update.keys()).update(toNull);
        }
        List<ModelMeta<?>> order = new ArrayList<>(database.registry().inDependencyOrder());
        Collections.reverse(order); // children before the parents they point at
        for (ModelMeta<?> model : order) {
            Set<Object> keys = deletions.get(model);
            if (keys != null && !keys.isEmpty()) {
                count(counts, model, database.objects(model.type()).filter("pk__in", List.copyOf(keys)).rawDelete());
            }
        }
        return new Deleted(counts.values().stream().mapToLong(Long::longValue).sum(), counts);
    }

    private List<Object> keysOf(ModelMeta<?> child, FieldMeta foreignKey, List<Object> parents) {
        return database.objects(child.type()).filter(foreignKey.name() + "__in", parents).orderBy("pk")
                .valuesListFlat("pk");
    }

    private static void count(Map<String, Long> counts, ModelMeta<?> model, int deleted) {
        if (deleted > 0) {
            counts.merge(model.name(), (long) deleted, Long::sum);
        }
    }
}
