package org.mtvkit.template;

import java.util.List;

/**
 * What sits between {@code {{ }}}, and every value a tag takes: a literal or a dotted variable, then
 * filters, {@code question.text|lower|truncatechars:20}. Parsed once, resolved at every render.
 *
 * @param text the expression as written, for error messages
 * @param operand the value before the first {@code |}
 * @param filters the filters, applied left to right
 * @param at the token the expression is in, for error positions
 */
record FilterExpression(String text, Operand operand, List<FilterCall> filters, Token at) {

    /** A value in an expression. */
    sealed interface Operand {
        /** A string (safe: template text is trusted), an integer or a decimal written in the template. */
        record Literal(Object value) implements Operand {
        }

        /** A name looked up in the context, then part by part: {@code question.choices.0}. */
        record Variable(String name, String[] parts) implements Operand {
        }
    }

    /** One {@code |name:argument}; the argument is null when the filter has none. */
    record FilterCall(Filters.Def filter, Operand argument) {
    }

    // region: resolve
    /**
     * The value, filters applied. A missing variable is an error in strict mode (unless the first filter
     * is {@code default} or {@code default_if_none}, whose purpose is to handle it), otherwise empty text.
     */
    Object resolve(RenderContext context) {
        Object value = value(operand, context);
        if (value == Lookup.MISSING) {
            if (context.strict() && !startsWithDefault()) {
                throw context.missing(operand, at);
            }
            value = "";
        }
        for (int i = 0; i < filters.size(); i++) { // by index: no iterator for every variable printed
            FilterCall call = filters.get(i);
            Object argument = call.argument() == null ? null : argument(call, context);
            value = apply(call, value, argument, context);
        }
        return value;
    }
    // endregion

    /** The value for an {@code if} test: a missing variable is simply false there, as in Django, strict or not. */
    Object resolveLeniently(RenderContext context) {
        Object value = value(operand, context);
        if (value == Lookup.MISSING) {
            value = null;
        }
        for (int i = 0; i < filters.size(); i++) { // by index: no iterator for every variable printed
            FilterCall call = filters.get(i);
            Object argument = call.argument() == null ? null : argument(call, context);
            value = apply(call, value, argument, context);
        }
        return value;
    }

    // region: argument
    /**
     * A filter's argument. Unlike the value before the first bar, a missing argument is an error even when
     * not strict, as Django's {@code VariableDoesNotExist} is (an {@code if} test then counts as false).
     */
    private Object argument(FilterCall call, RenderContext context) {
        Object value = value(call.argument(), context);
        if (value == Lookup.MISSING) {
            if (context.strict()) {
                throw context.missing(call.argument(), at);
            }
            String name = ((Operand.Variable) call.argument()).name();
            throw new MissingArgument("The argument '" + name + "' of filter '" + call.filter().name()
                    + "' is not in the context: a filter's argument must exist, even when the engine is not strict",
                    context, at);
        }
        return value;
    }
    // endregion

    /** Django's {@code VariableDoesNotExist} for a filter argument: {@code if} catches it and answers false. */
    static final class MissingArgument extends TemplateError {
        private static final long serialVersionUID = 1L;

        MissingArgument(String reason, RenderContext context, Token at) {
            super(reason, context.source.name(), at.line(), at.column(), context.source.text(), null);
        }
    }

    private Object apply(FilterCall call, Object value, Object argument, RenderContext context) {
        try {
            return call.filter().apply(value, argument, context.autoescape);
        } catch (TemplateError e) {
            throw e;
        } catch (RuntimeException e) {
            throw context.error("filter '" + call.filter().name() + "' failed on "
                    + Values.typeName(value) + " value '" + Values.text(value) + "': " + e.getMessage(), at, e);
        }
    }

    private boolean startsWithDefault() {
        if (filters.isEmpty()) {
            return false;
        }
        String first = filters.get(0).filter().name();
        return first.equals("default") || first.equals("default_if_none");
    }

    // region: variable
    static Object value(Operand operand, RenderContext context) {
        if (operand instanceof Operand.Literal literal) {
            return literal.value();
        }
        if (!(operand instanceof Operand.Variable variable)) {
            throw Renderer.unhandled(operand);
        }
        String[] parts = variable.parts();
        Object value = context.lookup(parts[0]);
        for (int i = 1; i < parts.length && value != Lookup.MISSING; i++) {
            if (value == null) {
                return Lookup.MISSING;
            }
            value = value instanceof BlockFrame frame && parts[i].equals("super")
                    ? frame.renderSuper()
                    : Lookup.resolve(value, parts[i]);
        }
        return value;
    }
    // endregion
}
