package org.mtvkit.orm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The registered models, each read once, and their order for creating tables. Registering builds a
 * complete new map beside the published one and then publishes it in one volatile write, so a thread
 * reading models never sees a half-built registry. Once the database is in use (a schema created, a
 * query made, an object saved) the registry is frozen: models are set up once, before the first request.
 */
final class Registry {
    private volatile Map<Class<?>, ModelMeta<?>> models = Map.of();
    private volatile boolean frozen;

    synchronized void register(Class<?>... types) {
        if (models.keySet().containsAll(List.of(types))) {
            return; // registering the same models again changes nothing, so it is allowed at any time
        }
        if (frozen) {
            throw new IllegalStateException("register(" + java.util.Arrays.stream(types).map(Class::getSimpleName)
                    .collect(java.util.stream.Collectors.joining(", ")) + "): the database is already in use, so its"
                    + " models are fixed. Register every model right after Database.open(...), before creating the"
                    + " schema or running a query.");
        }
        Map<Class<?>, ModelMeta<?>> models = this.models;
        Map<Class<?>, ModelMeta<?>> batch = new LinkedHashMap<>(models);
        Set<Class<?>> known = new HashSet<>(models.keySet());
        known.addAll(List.of(types));
        List<ModelMeta<?>> added = new ArrayList<>();
        for (Class<?> type : types) {
            if (!models.containsKey(type)) {
                ModelMeta<?> meta = Mapper.read(type, known::contains);
                batch.put(type, meta);
                added.add(meta);
            }
        }
        for (ModelMeta<?> meta : added) {
            for (FieldMeta field : meta.columns()) {
                if (field.isForeignKey() && !batch.containsKey(field.related())) {
                    throw new MappingException("Cannot map model " + meta.type().getName() + ": field '" + field.name()
                            + "' refers to model " + field.related().getName() + ", which is not registered."
                            + " Register " + field.related().getSimpleName() + " before or together with "
                            + meta.name() + ".");
                }
            }
            meta.columns().stream().filter(f -> !f.defaultValue().isEmpty()).forEach(Schema::literal);
            Mapper.readReverses(meta, batch);
        }
        this.models = java.util.Collections.unmodifiableMap(batch); // published whole, never changed again
    }

    /** Called when the database is first used; from then on {@link #register} refuses. */
    void freeze() {
        frozen = true;
    }

    boolean isFrozen() {
        return frozen;
    }

    @SuppressWarnings("unchecked")
    <T> ModelMeta<T> meta(Class<T> type) {
        ModelMeta<?> meta = models.get(type);
        if (meta == null) {
            throw new MappingException(type.getName() + " is not a registered model. Call database.register("
                    + type.getSimpleName() + ".class) first; registered: " + names() + ".");
        }
        return (ModelMeta<T>) meta;
    }

    List<Class<?>> types() {
        return List.copyOf(models.keySet());
    }

    boolean isModel(Class<?> type) {
        return models.containsKey(type);
    }

    /** A foreign key of {@code child} that points at some model. */
    record Reference(ModelMeta<?> child, FieldMeta foreignKey) { }

    /** The foreign keys pointing at {@code type}, in registration order. */
    List<Reference> referencesTo(Class<?> type) {
        List<Reference> references = new ArrayList<>();
        for (ModelMeta<?> meta : models.values()) {
            for (FieldMeta field : meta.columns()) {
                if (field.related() == type) {
                    references.add(new Reference(meta, field));
                }
            }
        }
        return references;
    }

    // region: dependency-order
    /** Parents before children: a table is created after every table its foreign keys point at. */
    List<ModelMeta<?>> inDependencyOrder() {
        List<ModelMeta<?>> ordered = new ArrayList<>();
        Set<Class<?>> visiting = new HashSet<>();
        Map<Class<?>, ModelMeta<?>> models = this.models;
        for (ModelMeta<?> meta : models.values()) {
            visit(models, meta, ordered, visiting);
        }
        return ordered;
    }

    private static void visit(Map<Class<?>, ModelMeta<?>> models, ModelMeta<?> meta, List<ModelMeta<?>> ordered,
                              Set<Class<?>> visiting) {
        if (ordered.contains(meta)) {
            return;
        }
        if (!visiting.add(meta.type())) {
            throw new MappingException("Models " + visiting.stream().map(Class::getSimpleName).sorted().toList()
                    + " refer to each other in a cycle of foreign keys, so no table can be created first.");
        }
        for (FieldMeta field : meta.columns()) {
            if (field.isForeignKey() && field.related() != meta.type()) {
                visit(models, models.get(field.related()), ordered, visiting);
            }
        }
        visiting.remove(meta.type());
        ordered.add(meta);
    }
    // endregion

    private String names() {
        return models.isEmpty() ? "none" : String.join(", ", models.keySet().stream().map(Class::getSimpleName).toList());
    }
}
