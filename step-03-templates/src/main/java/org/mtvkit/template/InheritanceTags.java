package org.mtvkit.template;

import static org.mtvkit.template.TagSyntax.bindings;
import static org.mtvkit.template.TagSyntax.bits;
import static org.mtvkit.template.TagSyntax.one;

import java.util.ArrayList;
import java.util.List;

/** The syntax of the tags that put templates together: block, extends, include, and load. */
final class InheritanceTags {

    private InheritanceTags() {
    }

    static void register(Library library) {
        library.tag("block", InheritanceTags::blockTag)
                .tag("extends", InheritanceTags::extendsTag)
                .tag("include", InheritanceTags::includeTag)
                .tag("load", InheritanceTags::loadTag);
    }

    // region: block-tag
    private static Node blockTag(Parser parser, Token tag) {
        String name = one(parser, tag);
        if (parser.blocks.containsKey(name)) {
            throw parser.source.error("'block' tag with name '" + name
                    + "' appears more than once: each block name may be used once per template", tag.at(name));
        }
        parser.blocks.put(name, null);
        Parser.Parsed body = parser.parseUntil(tag, "endblock");
        String endName = body.end().arguments();
        if (!endName.isEmpty() && !endName.equals(name)) {
            throw parser.source.error("'endblock " + endName + "' closes block '" + name
                    + "': the names must match", body.end().at(endName));
        }
        Node.Block block = new Node.Block(name, body.nodes(), parser.source);
        parser.blocks.put(name, block);
        return block;
    }
    // endregion

    private static Node extendsTag(Parser parser, Token tag) {
        if (parser.extendsNode != null) {
            throw parser.source.error("'extends' cannot appear more than once in the same template", tag);
        }
        if (parser.seenTag || parser.nested()) {
            throw parser.source.error("'extends' must be the first tag in the template", tag);
        }
        parser.extendsNode = new Node.Extends(parser.expression(one(parser, tag), tag), tag);
        return parser.extendsNode;
    }

    // region: include-tag
    /** {@code {% include name %}} then, in any order and once each, {@code with a=b ...} and {@code only}. */
    private static Node includeTag(Parser parser, Token tag) {
        List<String> bits = new ArrayList<>(bits(parser, tag, 1, "{% include 'name.html' %}"));
        FilterExpression template = parser.expression(bits.remove(0), tag);
        boolean only = false;
        List<Node.Binding> bindings = null;
        while (!bits.isEmpty()) {
            String option = bits.remove(0);
            if ((option.equals("only") && only) || (option.equals("with") && bindings != null)) {
                throw parser.source.error("'include' has the option '" + option + "' twice", tag.atLast(option));
            }
            if (option.equals("only")) {
                only = true;
            } else if (option.equals("with")) {
                int count = 0;
                while (count < bits.size() && bits.get(count).indexOf('=') > 0
                        && Names.isName(bits.get(count).substring(0, bits.get(count).indexOf('=')))) {
                    count++;
                }
                if (count == 0) {
                    throw parser.source.error("'with' in 'include' needs at least one name=value", tag.at(option));
                }
                bindings = TagSyntax.bindings(parser, tag, bits.subList(0, count));
                bits.subList(0, count).clear();
            } else {
                throw parser.source.error("'include' expects 'with name=value ...' and/or 'only' after the template"
                        + " name, not '" + option + "'", tag.at(option));
            }
        }
        return new Node.Include(template, bindings == null ? List.of() : bindings, only, tag);
    }
    // endregion

    // region: load-tag
    /** {@code {% load lib ... %}} or {@code {% load name ... from lib %}}: this template only, from here on. */
    private static Node loadTag(Parser parser, Token tag) {
        List<String> bits = ExpressionParser.bits(tag.arguments());
        if (bits.size() >= 3 && bits.get(bits.size() - 2).equals("from")) {
            String name = bits.get(bits.size() - 1);
            Library library = library(parser, tag, name);
            Library some = new Library();
            for (String wanted : bits.subList(0, bits.size() - 2)) {
                boolean found = false;
                if (library.tags.containsKey(wanted)) {
                    some.tags.put(wanted, library.tags.get(wanted));
                    found = true;
                }
                if (library.filters.find(wanted).isPresent()) {
                    some.filters.add(library.filters.find(wanted).get());
                    found = true;
                }
                if (!found) {
                    throw parser.source.error("'" + wanted + "' is not a tag or filter of library '" + name
                            + "'. It has: " + String.join(", ", library.tagNames()) + " and the filters "
                            + String.join(", ", library.filters.names()), tag.at(wanted));
                }
            }
            parser.load(some);
        } else {
            for (String name : bits) {
                parser.load(library(parser, tag, name));
            }
        }
        return new Node.Text("");
    }
    // endregion

    private static Library library(Parser parser, Token tag, String name) {
        return parser.engine().library(name).orElseThrow(() -> parser.source.error("'" + name
                + "' is not a registered tag library. Registered: "
                + (parser.engine().libraryNames().isEmpty() ? "none" : String.join(", ", parser.engine().libraryNames()))
                + ". Register it with Engine.builder().library(\"" + name + "\", ...)", tag.at(name)));
    }
}
