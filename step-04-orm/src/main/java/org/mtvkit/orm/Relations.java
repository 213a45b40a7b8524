package org.mtvkit.orm;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Loading related objects without N+1 queries: {@code selectRelated} joins the tables of foreign keys
 * and reads each row's related objects from the same row; {@code prefetchRelated} fetches the
 * children of all parents with one {@code IN} query.
 */
final class Relations {
    private Relations() {
    }

    /** One foreign key followed by selectRelated: where its columns are and whose field it fills. */
    record Path(String path, String parent, FieldMeta foreignKey, ModelMeta<?> model, String alias) { }

    /** Joins every foreign key named in {@code paths} ({@code "question__author"} joins two tables). */
    static List<Path> paths(Database database, ModelMeta<?> root, QueryCompiler compiler, List<String> paths) {
        List<Path> result = new ArrayList<>();
        for (String path : paths) {
            ModelMeta<?> current = root;
            String parent = "";
            for (String part : path.split("__", -1)) {
                ModelMeta<?> owner = current;
                FieldMeta field = owner.field(part).filter(FieldMeta::isForeignKey).orElseThrow(() ->
                        new IllegalArgumentException("selectRelated(\"" + path + "\"): " + owner.name() + " has no"
                                + " foreign key '" + part + "'. Its foreign keys are: " + owner.columns().stream()
                                .filter(FieldMeta::isForeignKey).map(FieldMeta::name).collect(Collectors.joining(", "))
                                + "."));
                ModelMeta<?> target = database.registry().meta(field.related());
                String joined = compiler.join(parent, compiler.alias(parent), field, target);
                if (result.stream().noneMatch(r -> r.path().equals(joined))) {
                    result.add(new Path(joined, parent, field, target, compiler.alias(joined)));
                }
                parent = joined;
                current = target;
            }
        }
        return result;
    }

    // region: read-joined
    /** One row: the model's columns first, then each joined model's columns, in path order. */
    static <T> T read(RowLoader loader, ResultSet rows, ModelMeta<T> model, List<Path> paths) throws SQLException {
        T object = loader.load(model, rows, 1);
        if (paths.isEmpty()) {
            return object; // nothing joined: no map of the row's objects to build
        }
        Map<String, Object> byPath = new LinkedHashMap<>();
        byPath.put("", object);
        int index = 1 + model.columns().size();
        for (Path path : paths) {
            Object child = loader.load(path.model(), rows, index);
            index += path.model().columns().size();
            Object parent = byPath.get(path.parent());
            if (parent != null && child != null) {
                path.foreignKey().set(parent, ForeignKey.loaded(((Number) path.model().id(child)).longValue(), child));
            }
            byPath.put(path.path(), child);
        }
        return object;
    }
    // endregion

    // region: prefetch
    static <T> void prefetch(Database database, Session session, ModelMeta<T> model, ReverseMeta reverse,
                             List<T> parents) {
        Map<Long, T> byId = new LinkedHashMap<>();
        parents.forEach(p -> byId.put(((Number) model.id(p)).longValue(), p));
        if (byId.isEmpty()) {
            return;
        }
        ModelMeta<?> child = database.registry().meta(reverse.childType());
        QuerySet<?> query = session != null ? session.query(reverse.childType()) : database.objects(reverse.childType());
        List<?> children = query.filter(reverse.foreignKey().name() + "__in", byId.keySet())
                .orderBy(child.primaryKey().name()).list();
        Map<Long, List<Object>> grouped = new LinkedHashMap<>();
        for (Object c : children) {
            long parentId = ((ForeignKey<?>) reverse.foreignKey().get(c)).id().orElseThrow();
            grouped.computeIfAbsent(parentId, k -> new ArrayList<>()).add(c);
            reverse.foreignKey().set(c, ForeignKey.loaded(parentId, byId.get(parentId))); // loaded: no query on get()
        }
        byId.forEach((id, parent) -> reverse.set(parent, RelatedList.prefetched(grouped.getOrDefault(id, List.of()))));
    }
    // endregion
}
