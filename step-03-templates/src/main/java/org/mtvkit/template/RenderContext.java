package org.mtvkit.template;

import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * One render in progress: made by {@link Template#render(Context)} and dropped when it returns. It holds
 * what Django keeps in its {@code render_context}: the template whose nodes are being rendered (for error
 * positions), autoescaping, the blocks of the inheritance chain, the chain of templates (to catch cycles),
 * and the state of tags that remember something between two visits ({@code cycle}, {@code ifchanged}).
 * The variables are a {@link Context} layered over the caller's, so the caller's is only read.
 */
final class RenderContext {

    final Engine engine;
    final Context vars;
    Source source;
    boolean autoescape = true;
    BlockContext blocks;
    final ArrayDeque<String> rendering;
    // Keyed by node identity: two equal nodes in two places keep two states. Made when a tag first needs it.
    private Map<Object, Object> tagState;

    private RenderContext(Engine engine, Context vars, Source source, ArrayDeque<String> rendering) {
        this.engine = engine;
        this.vars = vars;
        this.source = source;
        this.rendering = rendering;
    }

    /** The state of a new render of {@code source} with the caller's variables. */
    static RenderContext start(Engine engine, Source source, Context caller) {
        return new RenderContext(engine, Context.over(caller), source, new ArrayDeque<>());
    }

    /**
     * The state for an included template: the same variables (or none, for {@code only}), the same chain
     * and autoescaping, but its own blocks and tag state, as Django's {@code render_context.push_state}.
     */
    RenderContext forInclude(boolean only) {
        RenderContext inner = new RenderContext(engine, only ? new Context() : vars, source, rendering);
        inner.autoescape = autoescape;
        return inner;
    }

    Map<Object, Object> tagState() {
        if (tagState == null) {
            tagState = new IdentityHashMap<>();
        }
        return tagState;
    }

    Object lookup(String name) {
        return vars.lookup(name);
    }

    void set(String name, Object value) {
        vars.set(name, value);
    }

    void push() {
        vars.push();
    }

    void pop() {
        vars.pop();
    }

    boolean strict() {
        return engine.strict();
    }

    TemplateError error(String reason, Token at, Throwable cause) {
        return new TemplateError(reason, source.name(), at.line(), at.column(), source.text(), cause);
    }

    /** A mistake in the template found only while rendering, as Django raises TemplateSyntaxError then. */
    TemplateError syntaxError(String reason, Token at) {
        return new TemplateSyntaxError(reason, source.name(), at.line(), at.column(), source.text());
    }

    TemplateError error(String reason, Token at) {
        return error(reason, at, null);
    }

    TemplateError missing(FilterExpression.Operand operand, Token at) {
        return error(vars.missing(operand), at);
    }
}
