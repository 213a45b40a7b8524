package org.mtvkit.template;

/** A compiled value with its filters, which an application's tag resolves with {@link Rendering#resolve}. */
public final class Expression {

    final FilterExpression compiled;

    Expression(FilterExpression compiled) {
        this.compiled = compiled;
    }

    @Override
    public String toString() {
        return compiled.text();
    }
}
