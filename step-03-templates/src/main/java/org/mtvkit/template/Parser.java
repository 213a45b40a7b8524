package org.mtvkit.template;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns tokens into the node tree. Text and variables are handled here; each tag's own syntax is a
 * compile function found by the tag's name in the template's {@link Library}, and it calls back into
 * {@link #parseUntil} for the body of a block tag.
 */
final class Parser {

    /** The nodes up to an end tag, and that end tag (null at the end of the template). */
    record Parsed(List<Node> nodes, Token end) {
    }

    final Source source;
    private final Engine engine;
    private final List<Token> tokens;
    private int current;
    // The tags and filters this template may use: the engine's built-ins, then whatever {% load %} adds.
    private Library library;
    private boolean ownLibrary;
    private int depth;

    // What the whole template needs to know while its parts are parsed.
    final Map<String, Node.Block> blocks = new HashMap<>();
    Node.Extends extendsNode;
    boolean seenTag;
    // What {% cycle name %} and {% resetcycle %} refer to: cycles seen so far in this template.
    final Map<String, Node.Cycle> namedCycles = new HashMap<>();
    Node.Cycle lastCycle;

    Parser(Source source, List<Token> tokens, Engine engine) {
        this.source = source;
        this.tokens = tokens;
        this.engine = engine;
        this.library = engine.builtins();
    }

    Filters filters() {
        return library.filters;
    }

    Engine engine() {
        return engine;
    }

    /** Whether the tag being parsed is inside another tag's body. */
    boolean nested() {
        return depth > 0;
    }

    /** Adds a library's tags and filters to this template only: the engine's stay as they are. */
    void load(Library loaded) {
        if (!ownLibrary) {
            library = library.copy();
            ownLibrary = true;
        }
        library.addAll(loaded);
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
        if (opener != null) {
            depth++;
        }
        try {
            return parse(opener, ends);
        } finally {
            if (opener != null) {
                depth--;
            }
        }
    }

    private Parsed parse(Token opener, String... ends) {
        // task: 03-2 the parser
        List<Node> nodes = new ArrayList<>();
        while (!isAtEnd()) {
            Token token = advance();
            switch (token.type()) {
                case TEXT -> nodes.add(new Node.Text(token.contents()));
                case VARIABLE -> {
                    if (token.contents().isEmpty()) {
                        throw source.error("Empty variable tag '{{ }}': put a variable inside, like {{ name }}", token);
                    }
                    seenTag = true;
                    nodes.add(new Node.Print(expression(token.contents(), token)));
                }
                case BLOCK -> {
                    if (token.contents().isEmpty()) {
                        throw source.error("Empty block tag '{% %}': put a tag inside, like {% if x %}", token);
                    }
                    if (List.of(ends).contains(token.tagName())) {
                        return new Parsed(List.copyOf(nodes), token);
                    }
                    nodes.add(tag(token, ends));
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
        // endtask
    }
    // endregion

    // region: tag-dispatch
    private Node tag(Token token, String[] ends) {
        Library.Compiler compiler = library.tags.get(token.tagName());
        if (compiler == null) {
            throw unknownTag(token, ends);
        }
        return compiler.compile(this, token);
    }
    // endregion

    private TemplateError unknownTag(Token tag, String[] ends) {
        String name = tag.tagName();
        if (ends.length > 0) {
            return source.error("Invalid block tag '" + name + "', expected "
                    + String.join(" or ", java.util.Arrays.stream(ends).map(e -> "'" + e + "'").toList()), tag);
        }
        if (name.startsWith("end") || List.of("else", "elif", "empty").contains(name)) {
            return source.error("Invalid block tag '" + name + "': there is no open tag it could close or continue",
                    tag);
        }
        return source.error("Unknown tag '" + name + "'. Known tags: " + String.join(", ", library.tagNames())
                + ". If it comes from a library, {% load %} it first", tag);
    }

    /** Skips everything up to the end tag, unparsed: the body of {@code {% comment %}}. */
    void skipPast(Token opener, String end) {
        while (!isAtEnd()) {
            Token token = advance();
            if (token.type() == Token.Type.BLOCK && token.contents().equals(end)) {
                return;
            }
        }
        throw source.error("Unclosed tag '" + opener.tagName() + "' opened on line " + opener.line()
                + ": looking for " + end, opener);
    }

    FilterExpression expression(String text, Token at) {
        return ExpressionParser.parse(text, at.at(text), source, library.filters);
    }

    private Token advance() {
        return tokens.get(current++);
    }

    private boolean isAtEnd() {
        return current >= tokens.size();
    }
}
