package org.mtvkit.template;

import static org.mtvkit.template.TagSyntax.bindings;
import static org.mtvkit.template.TagSyntax.bits;
import static org.mtvkit.template.TagSyntax.body;
import static org.mtvkit.template.TagSyntax.expressions;
import static org.mtvkit.template.TagSyntax.one;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The syntax of the tags that decide what is rendered: if, for, with, ifchanged, filter and the like. */
final class ControlTags {

    private ControlTags() {
    }

    static void register(Library library) {
        library.tag("if", ControlTags::ifTag)
                .tag("for", ControlTags::forTag)
                .tag("with", ControlTags::withTag)
                .tag("ifchanged", ControlTags::ifchangedTag)
                .tag("filter", ControlTags::filterTag)
                .tag("comment", (parser, tag) -> {
                    parser.skipPast(tag, "endcomment");
                    return new Node.Text("");
                })
                .tag("verbatim", ControlTags::verbatimTag)
                .tag("spaceless", (parser, tag) -> new Node.Spaceless(body(parser, tag, "endspaceless")))
                .tag("autoescape", ControlTags::autoescapeTag);
    }

    // region: if-tag
    private static Node ifTag(Parser parser, Token tag) {
        List<Node.Branch> branches = new ArrayList<>();
        Token test = tag;
        while (true) {
            Condition condition = ConditionParser.parse(test.arguments(), test, parser);
            Parser.Parsed body = parser.parseUntil(tag, "elif", "else", "endif");
            branches.add(new Node.Branch(condition, body.nodes()));
            switch (body.end().tagName()) {
                case "elif" -> test = body.end();
                case "else" -> {
                    List<Node> otherwise = body(parser, tag, "endif");
                    return new Node.If(List.copyOf(branches), otherwise);
                }
                default -> {
                    return new Node.If(List.copyOf(branches), List.of());
                }
            }
        }
    }
    // endregion

    // region: for-tag
    private static Node forTag(Parser parser, Token tag) {
        List<String> bits = new ArrayList<>(ExpressionParser.bits(tag.arguments()));
        boolean reversed = !bits.isEmpty() && bits.get(bits.size() - 1).equals("reversed");
        if (reversed) {
            bits.remove(bits.size() - 1);
        }
        if (bits.size() < 3 || !bits.get(bits.size() - 2).equals("in")) {
            throw parser.source.error("'for' statements should use the format 'for x in y': got 'for "
                    + tag.arguments() + "'", tag.argumentsAt());
        }
        String targetText = String.join(" ", bits.subList(0, bits.size() - 2));
        List<String> targets = Arrays.stream(targetText.split(",", -1)).map(String::trim).toList();
        for (String target : targets) {
            if (!Names.isName(target)) {
                throw parser.source.error("'for' tag received an invalid loop variable: '" + target
                        + "' (names are letters, digits and underscores, separated by commas)", tag.at(target));
            }
        }
        FilterExpression items = parser.expression(bits.get(bits.size() - 1), tag);
        Parser.Parsed body = parser.parseUntil(tag, "empty", "endfor");
        List<Node> empty = body.end().tagName().equals("empty") ? body(parser, tag, "endfor") : List.of();
        return new Node.For(targets, items, reversed, body.nodes(), empty, tag);
    }
    // endregion

    private static Node withTag(Parser parser, Token tag) {
        List<String> bits = ExpressionParser.bits(tag.arguments());
        if (bits.isEmpty()) {
            throw parser.source.error("'with' has nothing to assign: write {% with name=value %}...{% endwith %}"
                    + " (or the older {% with value as name %})", tag);
        }
        List<Node.Binding> bindings;
        if (bits.size() == 3 && bits.get(1).equals("as")) {
            bindings = List.of(new Node.Binding(bits.get(2), parser.expression(bits.get(0), tag)));
        } else {
            bindings = bindings(parser, tag, bits);
        }
        return new Node.With(bindings, body(parser, tag, "endwith"));
    }

    /** {@code {% ifchanged %}} compares its rendered body, {@code {% ifchanged a b %}} the values. */
    private static Node ifchangedTag(Parser parser, Token tag) {
        List<FilterExpression> values = expressions(parser, tag, ExpressionParser.bits(tag.arguments()));
        Parser.Parsed body = parser.parseUntil(tag, "else", "endifchanged");
        List<Node> otherwise = body.end().tagName().equals("else") ? body(parser, tag, "endifchanged") : List.of();
        return new Node.IfChanged(values, body.nodes(), otherwise);
    }

    // region: filter-tag
    private static Node filterTag(Parser parser, Token tag) {
        String filters = tag.arguments();
        bits(parser, tag, 1, "{% filter lower %}");
        for (String name : ExpressionParser.filterNames(filters)) {
            if (name.equals("escape") || name.equals("safe")) {
                throw parser.source.error("'filter " + name + "' is not permitted: use the 'autoescape' tag"
                        + " instead", tag.at(name));
            }
        }
        // The body's text becomes the operand: parse "body|filters" and keep the filter calls.
        FilterExpression parsed = ExpressionParser.parse("body|" + filters, tag.argumentsAt().shift(-5),
                parser.source, parser.filters());
        return new Node.FilterBlock(parsed.filters(), body(parser, tag, "endfilter"), tag);
    }
    // endregion

    /**
     * The lexer already turned the verbatim body into plain text, and let through as a tag only the end tag
     * that matches ({@code endverbatim name} for {@code verbatim name}); the text only has to be collected.
     */
    private static Node verbatimTag(Parser parser, Token tag) {
        StringBuilder text = new StringBuilder();
        for (Node node : parser.parseUntil(tag, "endverbatim").nodes()) {
            text.append(((Node.Text) node).text());
        }
        return new Node.Text(text.toString());
    }

    private static Node autoescapeTag(Parser parser, Token tag) {
        String mode = one(parser, tag);
        if (!mode.equals("on") && !mode.equals("off")) {
            throw parser.source.error("'autoescape' argument should be 'on' or 'off', not '" + mode + "'",
                    tag.at(mode));
        }
        return new Node.Autoescape(mode.equals("on"), body(parser, tag, "endautoescape"));
    }
}
