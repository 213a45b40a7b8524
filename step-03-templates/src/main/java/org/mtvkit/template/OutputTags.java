package org.mtvkit.template;

import java.util.ArrayList;
import java.util.List;

/**
 * The tags that write one computed value: {@code firstof}, {@code cycle}, {@code widthratio}, {@code now},
 * {@code lorem}, {@code regroup}, and the three whose value comes from the application through
 * {@link TemplateHooks}: {@code url}, {@code static}, {@code csrf_token}.
 */
final class OutputTags {

    private OutputTags() {
    }

    static void render(Node node, RenderContext context, StringBuilder out) {
        if (node instanceof Node.FirstOf firstOf) {
            renderFirstOf(firstOf, context, out);
        } else if (node instanceof Node.Cycle cycle) {
            renderCycle(cycle, context, out);
        } else if (node instanceof Node.Url url) {
            renderUrl(url, context, out);
        } else if (node instanceof Node.Static path) {
            String relative = Values.text(path.path().resolve(context));
            Renderer.write(call(() -> context.engine.hooks().staticUrl(relative), "static", context, path.at()),
                    context, out);
        } else if (node instanceof Node.CsrfToken csrf) {
            renderCsrfToken(csrf, context, out);
        } else if (node instanceof Node.ResetCycle reset) {
            context.tagState().remove(reset.cycle());
        } else if (node instanceof Node.WidthRatio ratio) {
            store(ratio.asName(), WidthRatio.render(ratio, context), context, out);
        } else if (node instanceof Node.Now now) {
            store(now.asName(), DateFormat.format(java.time.LocalDateTime.now(), now.format()), context, out);
        } else if (node instanceof Node.Lorem lorem) {
            out.append(Lorem.render(lorem, context));
        } else if (node instanceof Node.Regroup regroup) {
            Regroup.render(regroup, context);
        } else {
            throw Renderer.unhandled(node);
        }
    }

    /** Writes the value, or with {@code as name} stores it and writes nothing. */
    private static void store(String asName, Object value, RenderContext context, StringBuilder out) {
        if (asName != null) {
            context.set(asName, value);
        } else {
            Renderer.write(value, context, out);
        }
    }

    private static void renderFirstOf(Node.FirstOf firstOf, RenderContext context, StringBuilder out) {
        StringBuilder first = new StringBuilder();
        for (FilterExpression choice : firstOf.choices()) {
            Object value = choice.resolveLeniently(context);
            if (Values.truthy(value)) {
                Renderer.write(value, context, first);
                break;
            }
        }
        if (firstOf.asName() != null) {
            context.set(firstOf.asName(), new SafeString(first.toString()));
        } else {
            out.append(first);
        }
    }

    private static void renderCycle(Node.Cycle cycle, RenderContext context, StringBuilder out) {
        Integer next = (Integer) context.tagState().getOrDefault(cycle, 0);
        context.tagState().put(cycle, next + 1);
        Object value = cycle.values().get(next % cycle.values().size()).resolve(context);
        if (cycle.asName() != null) {
            context.vars.setUpward(cycle.asName(), value);
        }
        if (!cycle.silent()) {
            Renderer.write(value, context, out);
        }
    }

    // region: url
    private static void renderUrl(Node.Url url, RenderContext context, StringBuilder out) {
        String route = Values.text(url.route().resolve(context));
        List<Object> arguments = new ArrayList<>(url.arguments().size());
        for (FilterExpression argument : url.arguments()) {
            arguments.add(argument.resolve(context));
        }
        String path = call(() -> context.engine.hooks().url(route, List.copyOf(arguments)),
                "url '" + route + "'", context, url.at());
        if (url.asName() != null) {
            context.set(url.asName(), path);
        } else {
            Renderer.write(path, context, out);
        }
    }
    // endregion

    // region: csrf
    private static void renderCsrfToken(Node.CsrfToken csrf, RenderContext context, StringBuilder out) {
        Object token = context.lookup(TemplateHooks.CSRF_TOKEN);
        if (Values.truthy(token) && Values.text(token).equals("NOTPROVIDED")) {
            return;
        }
        if (!Values.truthy(token)) {
            if (context.strict()) {
                throw context.error("{% csrf_token %} found no '" + TemplateHooks.CSRF_TOKEN + "' in the context:"
                        + " the application must put the token there before rendering a form", csrf.at());
            }
            return;
        }
        out.append(TemplateHooks.csrfInput(Values.text(token)).html());
    }
    // endregion

    private interface Hook {
        String call();
    }

    /** Runs an application hook; its failure becomes a template error at the tag. */
    private static String call(Hook hook, String what, RenderContext context, Token at) {
        try {
            return hook.call();
        } catch (TemplateError e) {
            throw e;
        } catch (RuntimeException e) {
            throw context.error("{% " + what + " %} failed: " + e.getMessage(), at, e);
        }
    }
}
