package org.mtvkit.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
                new Token(Token.Type.VARIABLE, "name|upper", 1, 4, 7),
                new Token(Token.Type.BLOCK, "if x", 1, 20, 23),
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
    @DisplayName("an unclosed variable, or one whose closer is on the next line, is plain text, as in Django")
    void unclosedVariable() {
        assertEquals(List.of(new Token(Token.Type.TEXT, "ok\n  {{ name ", 1, 1)), tokens("ok\n  {{ name "));
        assertEquals(List.of(new Token(Token.Type.TEXT, "{{ a\n}}", 1, 1)), tokens("{{ a\n}}"));
        assertEquals(List.of(new Token(Token.Type.TEXT, "{# a\nb #}", 1, 1)), tokens("{# a\nb #}"));
    }

    @Test
    @DisplayName("inside verbatim, tags and variables are text")
    void verbatim() {
        List<Token> tokens = tokens("{% verbatim %}{{ x }}{% if %}{% endverbatim %}");
        assertEquals(new Token(Token.Type.TEXT, "{{ x }}", 1, 15), tokens.get(1));
        assertEquals(new Token(Token.Type.TEXT, "{% if %}", 1, 22), tokens.get(2));
        assertEquals("endverbatim", tokens.get(3).tagName());
    }
}
