package org.mtvkit.template;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** The syntax of each built-in tag: one small method per tag, each building its node. */
final class Tags {

    static final Set<String> NAMES = Set.of("if", "for", "with", "comment", "block", "extends", "include",
            "firstof", "cycle", "verbatim", "spaceless", "autoescape", "url", "static", "csrf_token");

    private Tags() {
    }

    // region: dispatch
    static Node parse(Parser parser, Token tag, String[] ends) {
        String name = tag.tagName();
        if (name.equals("extends")) {
            return extendsTag(parser, tag, ends);
        }
        return switch (name) {
            case "if" -> ifTag(parser, tag);
            case "for" -> forTag(parser, tag);
            case "with" -> withTag(parser, tag);
            case "comment" -> {
                parser.skipPast(tag, "endcomment");
                yield new Node.Text("");
            }
            case "block" -> blockTag(parser, tag);
            case "include" -> includeTag(parser, tag);
            case "firstof" -> new Node.FirstOf(expressions(parser, tag, bits(parser, tag, 1)));
            case "cycle" -> cycleTag(parser, tag);
            case "verbatim" -> verbatimTag(parser, tag);
            case "spaceless" -> new Node.Spaceless(body(parser, tag, "endspaceless"));
            case "autoescape" -> autoescapeTag(parser, tag);
            case "url" -> urlTag(parser, tag);
            case "static" -> new Node.Static(parser.expression(one(parser, tag), tag), tag);
            case "csrf_token" -> {
                none(parser, tag);
                yield new Node.CsrfToken(tag);
            }
            default -> throw unknown(parser, tag, ends);
        };
    }
    // endregion

    private static TemplateError unknown(Parser parser, Token tag, String[] ends) {
        if (ends.length > 0) {
            return parser.source.error("Invalid block tag '" + tag.tagName() + "', expected "
                    + String.join(" or ", Arrays.stream(ends).map(e -> "'" + e + "'").toList()), tag);
        }
        if (tag.tagName().startsWith("end") || Set.of("else", "elif", "empty").contains(tag.tagName())) {
            return parser.source.error("Invalid block tag '" + tag.tagName()
                    + "': there is no open tag it could close or continue", tag);
        }
        return parser.source.error("Unknown tag '" + tag.tagName() + "'. Known tags: "
                + String.join(", ", NAMES.stream().sorted().toList()), tag);
    }

    // region: if-tag
    private static Node ifTag(Parser parser, Token tag) {
        List<Node.Branch> branches = new ArrayList<>();
        Token test = tag;
        while (true) {
            Condition condition = ConditionParser.parse(test.arguments(), test, parser.source, parser.filters);
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
                    + tag.arguments() + "'", tag);
        }
        String targetText = String.join(" ", bits.subList(0, bits.size() - 2));
        List<String> targets = Arrays.stream(targetText.split(",", -1)).map(String::trim).toList();
        for (String target : targets) {
            if (!target.matches("[A-Za-z][A-Za-z0-9_]*")) {
                throw parser.source.error("'for' tag received an invalid loop variable: '" + target
                        + "' (names are letters, digits and underscores, separated by commas)", tag);
            }
        }
        FilterExpression items = parser.expression(bits.get(bits.size() - 1), tag);
        Parser.Parsed body = parser.parseUntil(tag, "empty", "endfor");
        List<Node> empty = body.end().tagName().equals("empty") ? body(parser, tag, "endfor") : List.of();
        return new Node.For(targets, items, reversed, body.nodes(), empty, tag);
    }
    // endregion

    private static Node withTag(Parser parser, Token tag) {
        List<String> bits = bits(parser, tag, 1);
        List<Node.Binding> bindings;
        if (bits.size() == 3 && bits.get(1).equals("as")) {
            bindings = List.of(new Node.Binding(bits.get(2), parser.expression(bits.get(0), tag)));
        } else {
            bindings = bindings(parser, tag, bits);
        }
        return new Node.With(bindings, body(parser, tag, "endwith"));
    }

    // region: block-tag
    private static Node blockTag(Parser parser, Token tag) {
        String name = one(parser, tag);
        if (parser.blocks.containsKey(name)) {
            throw parser.source.error("'block' tag with name '" + name
                    + "' appears more than once: each block name may be used once per template", tag);
        }
        parser.blocks.put(name, null);
        Parser.Parsed body = parser.parseUntil(tag, "endblock");
        String endName = body.end().arguments();
        if (!endName.isEmpty() && !endName.equals(name)) {
            throw parser.source.error("'endblock " + endName + "' closes block '" + name
                    + "': the names must match", body.end());
        }
        Node.Block block = new Node.Block(name, body.nodes(), parser.source);
        parser.blocks.put(name, block);
        return block;
    }
    // endregion

    private static Node extendsTag(Parser parser, Token tag, String[] ends) {
        if (parser.extendsNode != null) {
            throw parser.source.error("'extends' cannot appear more than once in the same template", tag);
        }
        if (parser.seenTag || ends.length > 0) {
            throw parser.source.error("'extends' must be the first tag in the template", tag);
        }
        parser.extendsNode = new Node.Extends(parser.expression(one(parser, tag), tag), tag);
        return parser.extendsNode;
    }

    private static Node includeTag(Parser parser, Token tag) {
        List<String> bits = new ArrayList<>(bits(parser, tag, 1));
        FilterExpression template = parser.expression(bits.remove(0), tag);
        boolean only = !bits.isEmpty() && bits.get(bits.size() - 1).equals("only");
        if (only) {
            bits.remove(bits.size() - 1);
        }
        List<Node.Binding> bindings = List.of();
        if (!bits.isEmpty()) {
            if (!bits.get(0).equals("with") || bits.size() == 1) {
                throw parser.source.error("'include' expects 'with name=value ...' and/or 'only' after the template"
                        + " name, got '" + String.join(" ", bits) + "'", tag);
            }
            bindings = bindings(parser, tag, bits.subList(1, bits.size()));
        }
        return new Node.Include(template, bindings, only, tag);
    }

    private static Node cycleTag(Parser parser, Token tag) {
        List<String> bits = new ArrayList<>(bits(parser, tag, 1));
        boolean silent = bits.size() > 1 && bits.get(bits.size() - 1).equals("silent");
        if (silent) {
            bits.remove(bits.size() - 1);
        }
        String asName = null;
        if (bits.size() > 2 && bits.get(bits.size() - 2).equals("as")) {
            asName = bits.get(bits.size() - 1);
            bits = bits.subList(0, bits.size() - 2);
        } else if (silent) {
            throw parser.source.error("'cycle' with 'silent' needs 'as name' before it", tag);
        }
        return new Node.Cycle(expressions(parser, tag, bits), asName, silent);
    }

    /** The lexer already turned the verbatim body into plain text; it only has to be collected. */
    private static Node verbatimTag(Parser parser, Token tag) {
        StringBuilder text = new StringBuilder();
        for (Node node : body(parser, tag, "endverbatim")) {
            text.append(((Node.Text) node).text());
        }
        return new Node.Text(text.toString());
    }

    private static Node autoescapeTag(Parser parser, Token tag) {
        String mode = one(parser, tag);
        if (!mode.equals("on") && !mode.equals("off")) {
            throw parser.source.error("'autoescape' argument should be 'on' or 'off', not '" + mode + "'", tag);
        }
        return new Node.Autoescape(mode.equals("on"), body(parser, tag, "endautoescape"));
    }

    private static Node urlTag(Parser parser, Token tag) {
        List<String> bits = bits(parser, tag, 1);
        String asName = null;
        if (bits.size() > 2 && bits.get(bits.size() - 2).equals("as")) {
            asName = bits.get(bits.size() - 1);
            bits = bits.subList(0, bits.size() - 2);
        }
        FilterExpression route = parser.expression(bits.get(0), tag);
        return new Node.Url(route, expressions(parser, tag, bits.subList(1, bits.size())), asName, tag);
    }

    // Small helpers shared by the tags above.

    private static List<Node> body(Parser parser, Token tag, String end) {
        return parser.parseUntil(tag, end).nodes();
    }

    private static List<String> bits(Parser parser, Token tag, int atLeast) {
        List<String> bits = ExpressionParser.bits(tag.arguments());
        if (bits.size() < atLeast) {
            throw parser.source.error("'" + tag.tagName() + "' takes at least " + atLeast + " argument"
                    + (atLeast == 1 ? "" : "s"), tag);
        }
        return bits;
    }

    private static String one(Parser parser, Token tag) {
        List<String> bits = ExpressionParser.bits(tag.arguments());
        if (bits.size() != 1) {
            throw parser.source.error("'" + tag.tagName() + "' takes exactly one argument, got " + bits.size(), tag);
        }
        return bits.get(0);
    }

    private static void none(Parser parser, Token tag) {
        if (!tag.arguments().isEmpty()) {
            throw parser.source.error("'" + tag.tagName() + "' takes no arguments", tag);
        }
    }

    private static List<FilterExpression> expressions(Parser parser, Token tag, List<String> bits) {
        return bits.stream().map(bit -> parser.expression(bit, tag)).toList();
    }

    private static List<Node.Binding> bindings(Parser parser, Token tag, List<String> bits) {
        List<Node.Binding> bindings = new ArrayList<>();
        for (String bit : bits) {
            int equals = bit.indexOf('=');
            if (equals <= 0 || !bit.substring(0, equals).matches("[A-Za-z][A-Za-z0-9_]*")) {
                throw parser.source.error("'" + tag.tagName() + "' expects name=value, got '" + bit + "'", tag);
            }
            bindings.add(new Node.Binding(bit.substring(0, equals), parser.expression(bit.substring(equals + 1), tag)));
        }
        return List.copyOf(bindings);
    }
}
