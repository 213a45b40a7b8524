package org.mtvkit.template;

import java.util.ArrayList;
import java.util.List;

/** Small helpers the built-in tags share to read their arguments, each error naming the tag. */
final class TagSyntax {

    private TagSyntax() {
    }

    static List<Node> body(Parser parser, Token tag, String end) {
        return parser.parseUntil(tag, end).nodes();
    }

    static List<String> bits(Parser parser, Token tag, int atLeast, String example) {
        List<String> bits = ExpressionParser.bits(tag.arguments());
        if (bits.size() < atLeast) {
            throw parser.source.error("'" + tag.tagName() + "' takes at least " + atLeast + " argument"
                    + (atLeast == 1 ? "" : "s") + ", like " + example, tag);
        }
        return bits;
    }

    static String one(Parser parser, Token tag) {
        List<String> bits = ExpressionParser.bits(tag.arguments());
        if (bits.size() != 1) {
            throw parser.source.error("'" + tag.tagName() + "' takes exactly one argument, got " + bits.size(), tag);
        }
        return bits.get(0);
    }

    static void none(Parser parser, Token tag) {
        if (!tag.arguments().isEmpty()) {
            throw parser.source.error("'" + tag.tagName() + "' takes no arguments", tag.argumentsAt());
        }
    }

    static List<FilterExpression> expressions(Parser parser, Token tag, List<String> bits) {
        List<FilterExpression> expressions = new ArrayList<>(bits.size());
        for (String bit : bits) {
            expressions.add(parser.expression(bit, tag));
        }
        return List.copyOf(expressions);
    }

    /** {@code name=value ...}, as {@code with} and {@code include ... with} take them. */
    static List<Node.Binding> bindings(Parser parser, Token tag, List<String> bits) {
        List<Node.Binding> bindings = new ArrayList<>();
        for (String bit : bits) {
            int equals = bit.indexOf('=');
            if (equals <= 0 || !Names.isName(bit.substring(0, equals))) {
                throw parser.source.error("'" + tag.tagName() + "' expects name=value, got '" + bit + "'",
                        tag.at(bit));
            }
            bindings.add(new Node.Binding(bit.substring(0, equals),
                    parser.expression(bit.substring(equals + 1), tag)));
        }
        return List.copyOf(bindings);
    }

    /** A trailing {@code as name}, removed from {@code bits}; null when there is none. */
    static String asName(Parser parser, Token tag, List<String> bits) {
        if (bits.size() >= 2 && bits.get(bits.size() - 2).equals("as")) {
            String name = bits.remove(bits.size() - 1);
            bits.remove(bits.size() - 1);
            if (!Names.isName(name)) {
                throw parser.source.error("'" + tag.tagName() + " ... as " + name + "': '" + name
                        + "' is not a name (letters, digits and underscores)", tag.at(name));
            }
            return name;
        }
        return null;
    }
}
