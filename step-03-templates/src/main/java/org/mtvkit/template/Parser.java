package org.mtvkit.template;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns tokens into the node tree. Text and variables are handled here; each tag's own syntax is in
 * {@link Tags}, which calls back into {@link #parseUntil} for the body of a block tag.
 */
final class Parser {

    /** The nodes up to an end tag, and that end tag (null at the end of the template). */
    record Parsed(List<Node> nodes, Token end) {
    }

    final Source source;
    final Filters filters;
    private final List<Token> tokens;
    private int current;

    // What the whole template needs to know while its parts are parsed.
    final Map<String, Node.Block> blocks = new HashMap<>();
    Node.Extends extendsNode;
    boolean seenTag;

    Parser(Source source, List<Token> tokens, Filters filters) {
        this.source = source;
        this.tokens = tokens;
        this.filters = filters;
    }

    List<Node> parseTemplate() {
        return parseUntil(null).nodes();
    }

    // region: parse-until
    /**
     * Parses nodes until a tag named in {@code ends}; at the top level (no opener) until the end.
     *
     * @param opener the tag whose body this is, named in the error if the template ends first
     */
    Parsed parseUntil(Token opener, String... ends) {
        List<Node> nodes = new ArrayList<>();
        while (!isAtEnd()) {
            Token token = advance();
            switch (token.type()) {
                case TEXT -> nodes.add(new Node.Text(token.contents()));
                case VARIABLE -> {
                    seenTag = true;
                    nodes.add(new Node.Print(expression(token.contents(), token)));
                }
                case BLOCK -> {
                    if (List.of(ends).contains(token.tagName())) {
                        return new Parsed(List.copyOf(nodes), token);
                    }
                    nodes.add(Tags.parse(this, token, ends));
                    seenTag = true;
                }
                default -> throw new IllegalStateException("unknown token type " + token.type());
            }
        }
        if (opener != null) {
            throw source.error("Unclosed tag '" + opener.tagName() + "' opened on line " + opener.line()
                    + ": looking for one of: " + String.join(", ", ends), opener);
        }
        return new Parsed(List.copyOf(nodes), null);
    }
    // endregion

    /** Skips everything up to the end tag, unparsed: the body of {@code {% comment %}}. */
    void skipPast(Token opener, String end) {
        while (!isAtEnd()) {
            Token token = advance();
            if (token.type() == Token.Type.BLOCK && token.tagName().equals(end)) {
                return;
            }
        }
        throw source.error("Unclosed tag '" + opener.tagName() + "' opened on line " + opener.line()
                + ": looking for " + end, opener);
    }

    FilterExpression expression(String text, Token at) {
        return ExpressionParser.parse(text, at, source, filters);
    }

    private Token advance() {
        return tokens.get(current++);
    }

    private boolean isAtEnd() {
        return current >= tokens.size();
    }
}
