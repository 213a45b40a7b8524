package org.mtvkit.contrib.admin;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mtvkit.orm.Database;
import org.mtvkit.orm.ForeignKey;

/**
 * Django's deletion {@code Collector}: an object and everything whose foreign key points at it, and so
 * on down, so the confirmation page can list what will go and the deletion can remove children before
 * their parents (the kit's foreign keys have no ON DELETE CASCADE, so the admin does what Django does
 * in Python).
 */
final class Collector {

    /** One object to delete, with the objects that point at it. */
    record Node(Object object, List<Node> children) {
    }

    private final Database db;

    Collector(Database db) {
        this.db = db;
    }

    // region: collect
    Node collect(Object object) {
        return collect(object, new HashSet<>());
    }

    private Node collect(Object object, Set<String> seen) {
        seen.add(object.getClass().getName() + "#" + ModelFields.pk(object));
        List<Node> children = new ArrayList<>();
        for (Class<?> model : db.models()) {
            for (Field f : model.getDeclaredFields()) {
                if (ForeignKey.modelOf(f).filter(object.getClass()::equals).isPresent()) {
                    String lookup = f.getName() + "__" + ModelFields.primaryKey(object.getClass()).getName();
                    for (Object child : db.objects(model).filter(lookup, ModelFields.pk(object)).list()) {
                        if (!seen.contains(child.getClass().getName() + "#" + ModelFields.pk(child))) {
                            children.add(collect(child, seen));
                        }
                    }
                }
            }
        }
        return new Node(object, children);
    }

    /** Deletes the children first, then the object; the caller holds the transaction. */
    void delete(Node node) {
        node.children().forEach(this::delete);
        db.delete(node.object());
    }
    // endregion

    /** The tree as indented lines, "Question: What's up?" then "Choice: Not much" beneath it. */
    static void lines(Node node, int depth, List<Map<String, Object>> out) {
        out.add(Map.of("text", Pages.capitalize(ModelFields.verboseName(node.object().getClass())) + ": " + node.object(),
                "indent", depth * 2));
        node.children().forEach(child -> lines(child, depth + 1, out));
    }

    static int count(Node node) {
        return 1 + node.children().stream().mapToInt(Collector::count).sum();
    }
}
