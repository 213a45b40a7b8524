package org.mtvkit.template;

import java.util.List;

/**
 * What an application's block tag sees while its template is parsed: Django's {@code parser} and
 * {@code token} in one. It reads the tag's words, compiles expressions, parses the tag's body up to an
 * end tag, and raises errors that point at the tag.
 */
public final class TagParser {

    private final Parser parser;
    private final Token token;

    TagParser(Parser parser, Token token) {
        this.parser = parser;
        this.token = token;
    }

    /** The tag's name, as written. */
    public String name() {
        return token.tagName();
    }

    /** The words after the name, quoted strings kept whole: Django's {@code token.split_contents()[1:]}. */
    public List<String> arguments() {
        return ExpressionParser.bits(token.arguments());
    }

    /** Compiles a value, filters and all, like {@code question.text|upper}. */
    public Expression expression(String text) {
        return new Expression(parser.expression(text, token));
    }

    /** Parses the body up to one of the end tags, which it consumes: Django's {@code parser.parse((...))}. */
    public NodeList parseUntil(String... ends) {
        Parser.Parsed parsed = parser.parseUntil(token, ends);
        return new NodeList(parsed.nodes(), parsed.end().tagName());
    }

    /** An error at this tag, with the template's name, line and column. */
    public TemplateError error(String reason) {
        return parser.source.error(reason, token);
    }
}
