package org.mtvkit.template;

import java.util.ArrayList;
import java.util.List;

/** What an application's tag sees while it renders: the variables, autoescaping, and its parsed bodies. */
public final class Rendering {

    private final RenderContext context;

    Rendering(RenderContext context) {
        this.context = context;
    }

    /** The expression's value in this render. */
    public Object resolve(Expression expression) {
        return expression.compiled.resolve(context);
    }

    List<Object> resolveAll(List<FilterExpression> expressions) {
        List<Object> values = new ArrayList<>(expressions.size());
        for (FilterExpression expression : expressions) {
            values.add(expression.resolve(context));
        }
        return values;
    }

    /** A body rendered with the current variables: already markup, so it is returned safe. */
    public SafeString render(NodeList body) {
        StringBuilder out = new StringBuilder();
        Renderer.render(body.nodes, context, out);
        return new SafeString(out.toString());
    }

    /** The value as text, escaped when autoescaping is on and it is not already safe. */
    public String escape(Object value) {
        StringBuilder out = new StringBuilder();
        Renderer.write(value, context, out);
        return out.toString();
    }

    /** A variable, or empty when it is not defined. */
    public java.util.Optional<Object> get(String name) {
        Object value = context.lookup(name);
        return value == Lookup.MISSING ? java.util.Optional.empty() : java.util.Optional.ofNullable(value);
    }

    /** Sets a variable in the current scope, as {@code as name} does. */
    public void set(String name, Object value) {
        context.set(name, value);
    }

    public boolean autoescape() {
        return context.autoescape;
    }
}
