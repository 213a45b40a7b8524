package org.mtvkit.template;

import java.util.List;

/**
 * The compiled template: a tree of nodes, one record per kind. The parser builds it once; the
 * {@link Renderer} walks it at every render. Nodes that can fail while rendering keep their token, so the
 * error can say where.
 */
// region: nodes
sealed interface Node {

    /** Template text, written out exactly as it is (never escaped). */
    record Text(String text) implements Node {
    }

    /** {@code {{ expression }}}: the value, escaped unless it is safe or autoescape is off. */
    record Print(FilterExpression expression) implements Node {
    }

    /** {@code {% if %}...{% elif %}...{% else %}...{% endif %}}: the first branch whose test is true. */
    record If(List<Branch> branches, List<Node> otherwise) implements Node {
    }

    /** One test and its body. */
    record Branch(Condition test, List<Node> body) {
    }

    /** {@code {% for a, b in items reversed %}...{% empty %}...{% endfor %}}. */
    record For(List<String> targets, FilterExpression items, boolean reversed, List<Node> body,
               List<Node> empty, Token at) implements Node {
    }

    /** {@code {% with name=value ... %}}: names set for the body only. */
    record With(List<Binding> bindings, List<Node> body) implements Node {
    }

    /** A name and the expression that gives its value. */
    record Binding(String name, FilterExpression value) {
    }

    /** {@code {% block name %}}: a part a child template may replace. Keeps its source for errors. */
    record Block(String name, List<Node> body, Source source) implements Node {
    }

    /** {@code {% extends "base.html" %}}: render the parent, with this template's blocks in place. */
    record Extends(FilterExpression parent, Token at) implements Node {
    }

    /** {@code {% include "x.html" with a=b only %}}. */
    record Include(FilterExpression template, List<Binding> bindings, boolean only, Token at) implements Node {
    }

    /** {@code {% firstof a b "fallback" as name %}}: the first true value, escaped, written or stored. */
    record FirstOf(List<FilterExpression> choices, String asName) implements Node {
    }

    /** {@code {% cycle 'odd' 'even' as name silent %}}: the next value each time it is reached. */
    record Cycle(List<FilterExpression> values, String asName, boolean silent) implements Node {
    }

    /** {@code {% spaceless %}}: whitespace between tags removed. */
    record Spaceless(List<Node> body) implements Node {
    }

    /** {@code {% autoescape on|off %}}. */
    record Autoescape(boolean on, List<Node> body) implements Node {
    }

    /** {@code {% url 'route' arg ... as name %}}: the application's reverse() through the hooks. */
    record Url(FilterExpression route, List<FilterExpression> arguments, String asName, Token at) implements Node {
    }

    /** {@code {% static 'path' %}}: the application's static URL through the hooks. */
    record Static(FilterExpression path, Token at) implements Node {
    }

    /** {@code {% csrf_token %}}: the hidden form input with the token the application put in the context. */
    record CsrfToken(Token at) implements Node {
    }

    /** {@code {% ifchanged a b %}...{% else %}...{% endifchanged %}}: the body when the values (or it) changed. */
    record IfChanged(List<FilterExpression> values, List<Node> body, List<Node> otherwise) implements Node {
    }

    /** {@code {% filter lower|escape %}...{% endfilter %}}: the rendered body through the filters. */
    record FilterBlock(List<FilterExpression.FilterCall> filters, List<Node> body, Token at) implements Node {
    }

    /** {@code {% resetcycle name %}}: that cycle starts again at its first value. */
    record ResetCycle(Cycle cycle) implements Node {
    }

    /** {@code {% widthratio value max width as name %}}: value / max * width, rounded. */
    record WidthRatio(FilterExpression value, FilterExpression max, FilterExpression width, String asName, Token at)
            implements Node {
    }

    /** {@code {% now "Y-m-d" as name %}}: the current date and time, formatted as the date filter does. */
    record Now(String format, String asName) implements Node {
    }

    /** {@code {% lorem 3 w random %}}: placeholder Latin, in words, HTML paragraphs or plain paragraphs. */
    record Lorem(FilterExpression count, String method, boolean random) implements Node {
    }

    /** {@code {% regroup people by city as groups %}}: consecutive items with the same key, grouped. */
    record Regroup(FilterExpression list, FilterExpression key, String asName, Token at) implements Node {
    }

    /** A tag an application registered with {@link Library#blockTag}, {@link Library#simpleTag} or the like. */
    record Custom(Library.Tag tag, Token at) implements Node {
    }
}
// endregion
