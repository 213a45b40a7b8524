package org.mtvkit.template;

import java.util.ArrayList;
import java.util.List;

/** {@code {% regroup list by key as name %}}: runs of consecutive items with an equal key, as Python's groupby. */
final class Regroup {

    /** One group: Django's {@code GroupedResult(grouper, list)}, which also unpacks in a for loop. */
    record Group(Object grouper, List<Object> list) {
    }

    private Regroup() {
    }

    static void render(Node.Regroup node, RenderContext context) {
        Object items = node.list().resolveLeniently(context);
        if (items == null) {
            context.set(node.asName(), List.of());
            return;
        }
        List<Group> groups = new ArrayList<>();
        context.push();
        try {
            for (Object item : Values.asList(items)) {
                context.set(node.asName(), item);
                Object key = node.key().resolveLeniently(context);
                Group last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
                if (last != null && Values.equal(last.grouper(), key)) {
                    last.list().add(item);
                } else {
                    List<Object> list = new ArrayList<>();
                    list.add(item);
                    groups.add(new Group(key, list));
                }
            }
        } catch (IllegalArgumentException notIterable) {
            throw context.error("'regroup' cannot go through a " + Values.typeName(items) + ": " + notIterable.getMessage(),
                    node.at());
        } finally {
            context.pop();
        }
        context.set(node.asName(), groups);
    }
}
