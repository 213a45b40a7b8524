package org.mtvkit.orm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The registered models, each read once, and their order for creating tables. */
final class Registry {
    private final Map<Class<?>, ModelMeta<?>> models = new LinkedHashMap<>();

    synchronized void register(Class<?>... types) {
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
        models.clear();
        models.putAll(batch);
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

    synchronized List<Class<?>> types() {
        return List.copyOf(models.keySet());
    }

    boolean isModel(Class<?> type) {
        return models.containsKey(type);
    }

    // region: dependency-order
    /** Parents before children: a table is created after every table its foreign keys point at. */
    List<ModelMeta<?>> inDependencyOrder() {
        List<ModelMeta<?>> ordered = new ArrayList<>();
        Set<Class<?>> visiting = new HashSet<>();
        for (ModelMeta<?> meta : models.values()) {
            visit(meta, ordered, visiting);
        }
        return ordered;
    }

    private void visit(ModelMeta<?> meta, List<ModelMeta<?>> ordered, Set<Class<?>> visiting) {
        if (ordered.contains(meta)) {
            return;
        }
        if (!visiting.add(meta.type())) {
            throw new MappingException("Models " + visiting.stream().map(Class::getSimpleName).sorted().toList()
                    + " refer to each other in a cycle of foreign keys, so no table can be created first.");
        }
        for (FieldMeta field : meta.columns()) {
            if (field.isForeignKey() && field.related() != meta.type()) {
                visit(models.get(field.related()), ordered, visiting);
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
