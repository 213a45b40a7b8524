package org.mtvkit.template;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Walks the node tree and writes the output: one {@code instanceof} case per node kind. Nothing here
 * parses; everything here is done at every render, so it is kept lean (one shared buffer, no copies).
 */
final class Renderer {

    private static final Pattern BETWEEN_TAGS = Pattern.compile(">\\s+<");

    private Renderer() {
    }

    static void render(List<Node> nodes, RenderContext context, StringBuilder out) {
        for (int i = 0; i < nodes.size(); i++) {
            render(nodes.get(i), context, out);
        }
    }

    // region: dispatch
    static void render(Node node, RenderContext context, StringBuilder out) {
        if (node instanceof Node.Text text) {
            out.append(text.text());
        } else if (node instanceof Node.Print print) {
            write(print.expression().resolve(context), context, out);
        } else if (node instanceof Node.For loop) {
            renderFor(loop, context, out);
        } else if (node instanceof Node.If test) {
            renderIf(test, context, out);
        } else if (node instanceof Node.With with) {
            renderWith(with, context, out);
        } else if (node instanceof Node.Block block) {
            renderBlock(block, context, out);
        } else if (node instanceof Node.Include include) {
            renderInclude(include, context, out);
        } else if (node instanceof Node.Autoescape autoescape) {
            boolean saved = context.autoescape;
            context.autoescape = autoescape.on();
            try {
                render(autoescape.body(), context, out);
            } finally {
                context.autoescape = saved;
            }
        } else if (node instanceof Node.Spaceless spaceless) {
            StringBuilder inner = new StringBuilder();
            render(spaceless.body(), context, inner);
            out.append(BETWEEN_TAGS.matcher(inner.toString().strip()).replaceAll("><"));
        } else if (node instanceof Node.Extends) {
            return; // handled by renderTemplate before any node is rendered
        } else if (node instanceof Node.IfChanged ifChanged) {
            BodyTags.renderIfChanged(ifChanged, context, out);
        } else if (node instanceof Node.FilterBlock filter) {
            BodyTags.renderFilterBlock(filter, context, out);
        } else if (node instanceof Node.Custom custom) {
            CustomTags.render(custom, context, out);
        } else {
            OutputTags.render(node, context, out);
        }
    }
    // endregion

    /** The end of every dispatch chain: a node kind added to the tree but not to its renderer fails loudly. */
    static IllegalStateException unhandled(Object node) {
        return new IllegalStateException("no case for " + node.getClass().getSimpleName()
                + " in the renderer: add one where the other kinds are dispatched");
    }


    // region: write
    /** Writes a value: safe text as is, anything else escaped when autoescaping is on. */
    static void write(Object value, RenderContext context, StringBuilder out) {
        if (value instanceof SafeString safe) {
            out.append(safe.html());
        } else if (value instanceof java.time.temporal.Temporal) {
            // Django prints a date in its DATE_FORMAT, a datetime in DATETIME_FORMAT, a time in TIME_FORMAT.
            out.append(Values.text(DateFormat.format(value, value instanceof java.time.LocalDate ? "N j, Y"
                    : value instanceof java.time.LocalTime ? "P" : "N j, Y, P")));
        } else if (context.autoescape) {
            Escape.html(Values.text(value), out);
        } else {
            out.append(Values.text(value));
        }
    }
    // endregion

    // region: template
    /** Renders a whole template; when it extends another, renders the parent with this template's blocks. */
    static void renderTemplate(Template template, RenderContext context, StringBuilder out, Token at) {
        if (context.rendering.contains(template.name())) {
            List<String> chain = new ArrayList<>(context.rendering);
            chain.add(template.name());
            throw context.error("'" + at.tagName() + "' cycle: " + String.join(" -> ", chain)
                    + ". A template cannot include or extend itself, directly or through others", at);
        }
        context.rendering.addLast(template.name());
        Source saved = context.source;
        context.source = template.source();
        try {
            Node.Extends extendsNode = template.extendsNode();
            if (extendsNode == null) {
                render(template.nodes(), context, out);
                return;
            }
            // As in Django, text before {% extends %} is written; everything after it lives in blocks.
            for (Node node : template.nodes()) {
                if (node == extendsNode) {
                    break;
                }
                if (node instanceof Node.Text text) {
                    out.append(text.text());
                }
            }
            Template parent = TemplateNames.forExtends(extendsNode.parent().resolve(context), extendsNode, context);
            if (context.blocks == null) {
                context.blocks = new BlockContext();
            }
            context.blocks.addAll(template.blocks());
            if (parent.extendsNode() == null) {
                context.blocks.addAll(parent.blocks());
            }
            renderTemplate(parent, context, out, extendsNode.at());
        } finally {
            context.rendering.removeLast();
            context.source = saved;
        }
    }
    // endregion

    // region: block
    static void renderBlock(Node.Block node, RenderContext context, StringBuilder out) {
        Node.Block popped = context.blocks == null ? null : context.blocks.pop(node.name());
        Node.Block block = popped == null ? node : popped;
        Source saved = context.source;
        context.source = block.source();
        context.push();
        context.set("block", new BlockFrame(block, context));
        try {
            render(block.body(), context, out);
        } finally {
            context.pop();
            context.source = saved;
            if (popped != null) {
                context.blocks.push(node.name(), popped);
            }
        }
    }
    // endregion

    // region: for
    private static void renderFor(Node.For loop, RenderContext context, StringBuilder out) {
        Object items = loop.items().resolve(context);
        List<?> list;
        try {
            list = items == null ? List.of() : Values.asList(items);
        } catch (IllegalArgumentException e) {
            throw context.error("'for' cannot loop over '" + loop.items().text() + "': " + e.getMessage(),
                    loop.at());
        }
        if (list.isEmpty()) {
            render(loop.empty(), context, out);
            return;
        }
        if (loop.reversed()) {
            list = new ArrayList<>(list);
            Collections.reverse(list);
        }
        Object parent = context.lookup("forloop");
        ForLoop forloop = new ForLoop(list.size(), parent == Lookup.MISSING ? Map.of() : parent);
        context.push();
        context.set("forloop", forloop);
        try {
            for (int i = 0; i < list.size(); i++) {
                forloop.moveTo(i);
                assign(loop, list.get(i), context);
                render(loop.body(), context, out);
            }
        } finally {
            context.pop();
        }
    }
    // endregion

    private static void assign(Node.For loop, Object item, RenderContext context) {
        List<String> targets = loop.targets();
        if (targets.size() == 1) {
            context.set(targets.get(0), item);
            return;
        }
        List<?> values = unpack(item);
        if (values.size() != targets.size()) {
            throw context.error("Need " + targets.size() + " values to unpack in for loop; got " + values.size()
                    + " from " + Values.text(item), loop.at());
        }
        for (int i = 0; i < targets.size(); i++) {
            context.set(targets.get(i), values.get(i));
        }
    }

    /** A map entry gives key and value; a list or array its elements; a record its components. */
    private static List<?> unpack(Object item) {
        if (item instanceof Map.Entry<?, ?> entry) {
            return java.util.Arrays.asList(entry.getKey(), entry.getValue());
        }
        if (item instanceof Record record) {
            List<Object> values = new ArrayList<>();
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                values.add(Lookup.resolve(record, component.getName()));
            }
            return values;
        }
        try {
            return Values.asList(item);
        } catch (IllegalArgumentException e) {
            return List.of(item);
        }
    }

    // region: if
    private static void renderIf(Node.If test, RenderContext context, StringBuilder out) {
        for (Node.Branch branch : test.branches()) {
            if (Conditions.evaluate(branch.test(), context)) {
                render(branch.body(), context, out);
                return;
            }
        }
        render(test.otherwise(), context, out);
    }
    // endregion

    private static void renderWith(Node.With with, RenderContext context, StringBuilder out) {
        List<Object> values = new ArrayList<>(with.bindings().size());
        for (Node.Binding binding : with.bindings()) {
            values.add(binding.value().resolve(context));
        }
        context.push();
        try {
            for (int i = 0; i < values.size(); i++) {
                context.set(with.bindings().get(i).name(), values.get(i));
            }
            render(with.body(), context, out);
        } finally {
            context.pop();
        }
    }

    // region: include
    private static void renderInclude(Node.Include include, RenderContext context, StringBuilder out) {
        Template template = TemplateNames.forInclude(include.template().resolve(context), context, include.at());
        RenderContext target = context.forInclude(include.only());
        target.push();
        for (Node.Binding binding : include.bindings()) {
            target.set(binding.name(), binding.value().resolve(context));
        }
        try {
            renderTemplate(template, target, out, include.at());
        } finally {
            target.pop();
        }
    }
    // endregion

}
