package org.mtvkit.template;

import static org.mtvkit.template.TagSyntax.asName;
import static org.mtvkit.template.TagSyntax.bits;
import static org.mtvkit.template.TagSyntax.expressions;
import static org.mtvkit.template.TagSyntax.one;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The syntax of the tags that write one value: firstof, cycle, url, now, widthratio, lorem and the like. */
final class ValueTags {

    private static final Map<String, String> TEMPLATETAG = Map.of("openblock", "{%", "closeblock", "%}",
            "openvariable", "{{", "closevariable", "}}", "openbrace", "{", "closebrace", "}",
            "opencomment", "{#", "closecomment", "#}");

    private ValueTags() {
    }

    static void register(Library library) {
        library.tag("firstof", ValueTags::firstofTag)
                .tag("cycle", ValueTags::cycleTag)
                .tag("resetcycle", ValueTags::resetcycleTag)
                .tag("url", ValueTags::urlTag)
                .tag("static", (parser, tag) -> new Node.Static(parser.expression(one(parser, tag), tag), tag))
                .tag("csrf_token", (parser, tag) -> new Node.CsrfToken(tag))
                .tag("templatetag", ValueTags::templatetagTag)
                .tag("widthratio", ValueTags::widthratioTag)
                .tag("now", ValueTags::nowTag)
                .tag("lorem", ValueTags::loremTag)
                .tag("regroup", ValueTags::regroupTag);
    }

    private static Node firstofTag(Parser parser, Token tag) {
        List<String> bits = new ArrayList<>(bits(parser, tag, 1, "{% firstof a b 'fallback' %}"));
        String as = asName(parser, tag, bits);
        return new Node.FirstOf(expressions(parser, tag, bits), as);
    }

    // region: cycle-tag
    private static Node cycleTag(Parser parser, Token tag) {
        List<String> bits = new ArrayList<>(ExpressionParser.bits(tag.arguments()));
        if (bits.isEmpty()) {
            throw parser.source.error("'cycle' needs values to go through, like {% cycle 'odd' 'even' %}", tag);
        }
        if (bits.size() == 1) {
            // One word names a cycle defined earlier with 'as', which this tag advances.
            Node.Cycle named = parser.namedCycles.get(bits.get(0));
            if (named == null) {
                throw parser.source.error("'cycle' with one value: '" + bits.get(0) + "' is not the name of a cycle"
                        + " defined earlier with {% cycle ... as " + bits.get(0) + " %}. To go through values, give"
                        + " at least two, like {% cycle 'odd' 'even' %}", tag.at(bits.get(0)));
            }
            return named;
        }
        String as = null;
        boolean silent = false;
        boolean asForm = false;
        if (bits.size() > 3 && bits.get(bits.size() - 3).equals("as")) {
            String last = bits.get(bits.size() - 1);
            if (!last.equals("silent")) {
                throw parser.source.error("Only 'silent' may follow the cycle's name, not '" + last + "'",
                        tag.at(last));
            }
            silent = true;
            asForm = true;
            bits.remove(bits.size() - 1);
        } else if (bits.size() > 3 && bits.get(bits.size() - 2).equals("as")) {
            asForm = true;
        }
        if (asForm) {
            as = asName(parser, tag, bits);
        }
        Node.Cycle cycle = new Node.Cycle(expressions(parser, tag, bits), as, silent);
        if (as != null) {
            parser.namedCycles.put(as, cycle);
        }
        parser.lastCycle = cycle;
        return cycle;
    }
    // endregion

    private static Node resetcycleTag(Parser parser, Token tag) {
        List<String> bits = ExpressionParser.bits(tag.arguments());
        if (bits.size() > 1) {
            throw parser.source.error("'resetcycle' takes at most one argument, the name of a cycle", tag);
        }
        if (bits.isEmpty()) {
            if (parser.lastCycle == null) {
                throw parser.source.error("'resetcycle' found no {% cycle %} before it in the template", tag);
            }
            return new Node.ResetCycle(parser.lastCycle);
        }
        Node.Cycle named = parser.namedCycles.get(bits.get(0));
        if (named == null) {
            throw parser.source.error("'resetcycle': no cycle named '" + bits.get(0) + "' is defined before it",
                    tag.at(bits.get(0)));
        }
        return new Node.ResetCycle(named);
    }

    private static Node urlTag(Parser parser, Token tag) {
        List<String> bits = new ArrayList<>(bits(parser, tag, 1, "{% url 'polls:detail' question.id %}"));
        String as = bits.size() > 2 ? asName(parser, tag, bits) : null;
        FilterExpression route = parser.expression(bits.get(0), tag);
        return new Node.Url(route, expressions(parser, tag, bits.subList(1, bits.size())), as, tag);
    }

    private static Node templatetagTag(Parser parser, Token tag) {
        String which = one(parser, tag);
        String text = TEMPLATETAG.get(which);
        if (text == null) {
            throw parser.source.error("Invalid templatetag argument '" + which + "'. Must be one of: "
                    + String.join(", ", new java.util.TreeSet<>(TEMPLATETAG.keySet())), tag.at(which));
        }
        return new Node.Text(text);
    }

    private static Node widthratioTag(Parser parser, Token tag) {
        List<String> bits = new ArrayList<>(ExpressionParser.bits(tag.arguments()));
        String as = bits.size() == 5 ? asName(parser, tag, bits) : null;
        if (bits.size() != 3) {
            throw parser.source.error("'widthratio' takes three arguments, value, maximum and width,"
                    + " optionally followed by 'as name': {% widthratio value 200 100 %}", tag);
        }
        List<FilterExpression> values = expressions(parser, tag, bits);
        return new Node.WidthRatio(values.get(0), values.get(1), values.get(2), as, tag);
    }

    private static Node nowTag(Parser parser, Token tag) {
        List<String> bits = new ArrayList<>(ExpressionParser.bits(tag.arguments()));
        String as = bits.size() == 3 ? asName(parser, tag, bits) : null;
        if (bits.size() != 1) {
            throw parser.source.error("'now' takes one quoted format, like {% now \"Y-m-d\" %}, optionally followed"
                    + " by 'as name'", tag.argumentsAt());
        }
        // As Django, the first and last characters are dropped as quotes, whatever they are.
        String word = bits.get(0);
        String format = word.length() < 2 ? "" : word.substring(1, word.length() - 1);
        if (format.isEmpty()) {
            format = "N j, Y";
        }
        return new Node.Now(format, as);
    }

    private static Node loremTag(Parser parser, Token tag) {
        List<String> bits = new ArrayList<>(ExpressionParser.bits(tag.arguments()));
        boolean random = !bits.isEmpty() && bits.get(bits.size() - 1).equals("random");
        if (random) {
            bits.remove(bits.size() - 1);
        }
        String method = "b";
        if (!bits.isEmpty() && List.of("w", "p", "b").contains(bits.get(bits.size() - 1))) {
            method = bits.remove(bits.size() - 1);
        }
        if (bits.size() > 1) {
            throw parser.source.error("'lorem' takes at most a count, a method (w, p or b) and 'random'",
                    tag.argumentsAt());
        }
        FilterExpression count = parser.expression(bits.isEmpty() ? "1" : bits.get(0), tag);
        return new Node.Lorem(count, method, random);
    }

    // region: regroup-tag
    private static Node regroupTag(Parser parser, Token tag) {
        List<String> bits = ExpressionParser.bits(tag.arguments());
        if (bits.size() != 5) {
            throw parser.source.error("'regroup' takes five words: {% regroup list by attribute as name %}", tag);
        }
        if (!bits.get(1).equals("by")) {
            throw parser.source.error("the second word of 'regroup' must be 'by', not '" + bits.get(1) + "'",
                    tag.at(bits.get(1)));
        }
        if (!bits.get(3).equals("as")) {
            throw parser.source.error("the next-to-last word of 'regroup' must be 'as', not '" + bits.get(3) + "'",
                    tag.at(bits.get(3)));
        }
        String as = bits.get(4);
        // As in Django, the key is read by looking "name.attribute" up with each item set as "name".
        FilterExpression key = ExpressionParser.parse(as + "." + bits.get(2), tag.at(bits.get(2)), parser.source,
                parser.filters());
        return new Node.Regroup(parser.expression(bits.get(0), tag), key, as, tag);
    }
    // endregion
}
