package org.mtvkit.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The tags that render their body first and then decide what to write: {@code ifchanged} and {@code filter}. */
final class BodyTags {

    private BodyTags() {
    }

    // region: ifchanged
    static void renderIfChanged(Node.IfChanged node, RenderContext context, StringBuilder out) {
        // State lives on the enclosing loop (so each run of an inner loop starts afresh), else on the render.
        Object loop = context.lookup("forloop");
        Map<Object, Object> state = loop instanceof ForLoop forLoop ? forLoop.state() : context.tagState();
        String rendered = null;
        Object compared;
        if (node.values().isEmpty()) {
            StringBuilder body = new StringBuilder();
            Renderer.render(node.body(), context, body);
            rendered = body.toString();
            compared = rendered;
        } else {
            List<Object> values = new ArrayList<>(node.values().size());
            for (FilterExpression value : node.values()) {
                values.add(value.resolveLeniently(context));
            }
            compared = values;
        }
        if (!Objects.equals(state.get(node), compared) || !state.containsKey(node)) {
            state.put(node, compared);
            if (rendered != null) {
                out.append(rendered);
            } else {
                Renderer.render(node.body(), context, out);
            }
        } else {
            Renderer.render(node.otherwise(), context, out);
        }
    }
    // endregion

    // region: filter-block
    static void renderFilterBlock(Node.FilterBlock node, RenderContext context, StringBuilder out) {
        StringBuilder body = new StringBuilder();
        Renderer.render(node.body(), context, body);
        // The body is already rendered markup, as Django's NodeList.render marks it, and the result is
        // written as the filters leave it.
        FilterExpression expression = new FilterExpression("filter", new FilterExpression.Operand.Literal(
                new SafeString(body.toString())), node.filters(), node.at());
        out.append(Values.text(expression.resolve(context)));
    }
    // endregion
}
