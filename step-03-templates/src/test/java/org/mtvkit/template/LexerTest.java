package org.mtvkit.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LexerTest {

    private static List<Token> tokens(String text) {
        return new Lexer(new Source("t.html", text)).tokenize();
    }

    @Test
    @DisplayName("text, variables and tags become tokens with their contents trimmed")
    void kindsOfTokens() {
        assertEquals(List.of(
                new Token(Token.Type.TEXT, "Hi ", 1, 1),
                new Token(Token.Type.VARIABLE, "name|upper", 1, 4),
                new Token(Token.Type.BLOCK, "if x", 1, 20),
                new Token(Token.Type.TEXT, "!", 1, 30)),
                tokens("Hi {{ name|upper }}{% if x %}!"));
    }

    @Test
    @DisplayName("every token records the line and column it starts at")
    void positions() {
        List<Token> tokens = tokens("a\n  {{ x }}\n{% y %}");
        assertEquals(2, tokens.get(1).line());
        assertEquals(3, tokens.get(1).column());
        assertEquals(3, tokens.get(3).line());
        assertEquals(1, tokens.get(3).column());
    }

    @Test
    @DisplayName("CRLF line endings give the same positions as LF")
    void crlfPositions() {
        List<Token> tokens = tokens("a\r\n  {{ x }}\r\n{% y %}");
        assertEquals(2, tokens.get(1).line());
        assertEquals(3, tokens.get(1).column());
        assertEquals(3, tokens.get(3).line());
        assertEquals(1, tokens.get(3).column());
    }

    @Test
    @DisplayName("comments are dropped")
    void commentsDropped() {
        assertEquals(List.of(new Token(Token.Type.TEXT, "a", 1, 1), new Token(Token.Type.TEXT, "b", 1, 14)),
                tokens("a{# hidden #}b"));
    }

    @Test
    @DisplayName("a lone brace is text")
    void loneBrace() {
        assertEquals(List.of(new Token(Token.Type.TEXT, "f(x) { return 1; }", 1, 1)), tokens("f(x) { return 1; }"));
    }

    @Test
    @DisplayName("an unclosed variable is an error naming the missing closer and the opener's position")
    void unclosedVariable() {
        TemplateError e = assertThrows(TemplateError.class, () -> tokens("ok\n  {{ name "));
        assertEquals("'{{' is never closed: expected '}}' after it", e.reason());
        assertEquals(2, e.line());
        assertEquals(3, e.column());
    }

    @Test
    @DisplayName("an empty tag is an error")
    void emptyTag() {
        TemplateError e = assertThrows(TemplateError.class, () -> tokens("{%  %}"));
        assertEquals("empty '{% %}': expected a tag name inside", e.reason());
    }

    @Test
    @DisplayName("inside verbatim, tags and variables are text")
    void verbatim() {
        List<Token> tokens = tokens("{% verbatim %}{{ x }}{% if %}{% endverbatim %}");
        assertEquals(new Token(Token.Type.TEXT, "{{ x }}{% if %}", 1, 15), tokens.get(1));
        assertEquals("endverbatim", tokens.get(2).tagName());
    }
}
