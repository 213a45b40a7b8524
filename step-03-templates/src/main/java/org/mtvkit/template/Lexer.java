package org.mtvkit.template;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a template's text into tokens: plain text, {@code {{ variable }}}, {@code {% tag %}}. Comments
 * {@code {# ... #}} are dropped here. Every token keeps the line and column it starts at; CRLF counts as
 * one line break, so error positions are the same whatever the file's line endings.
 */
final class Lexer {

    private final Source source;
    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private int current;
    private int line = 1;
    private int column = 1;

    Lexer(Source source) {
        this.source = source;
        this.text = source.text();
    }

    // region: tokenize
    List<Token> tokenize() {
        while (!isAtEnd()) {
            if (lookingAt("{{")) {
                tag(Token.Type.VARIABLE, "}}");
            } else if (lookingAt("{%")) {
                tag(Token.Type.BLOCK, "%}");
                verbatimIfOpened();
            } else if (lookingAt("{#")) {
                tag(null, "#}");
            } else {
                text();
            }
        }
        return tokens;
    }
    // endregion

    // region: tag
    private void tag(Token.Type type, String closer) {
        int startLine = line;
        int startColumn = column;
        String opener = text.substring(current, current + 2);
        int end = text.indexOf(closer, current + 2);
        if (end < 0) {
            throw source.error("'" + opener + "' is never closed: expected '" + closer
                    + "' after it", startLine, startColumn);
        }
        String contents = text.substring(current + 2, end).trim();
        advanceTo(end + 2);
        if (type == null) {
            return;
        }
        if (contents.isEmpty()) {
            throw source.error("empty '" + opener + " " + closer + "': expected "
                    + (type == Token.Type.VARIABLE ? "a variable" : "a tag name") + " inside", startLine, startColumn);
        }
        tokens.add(new Token(type, contents, startLine, startColumn));
    }
    // endregion

    private void text() {
        int startLine = line;
        int startColumn = column;
        int start = current;
        int next = nextOpener(current);
        advanceTo(next);
        tokens.add(new Token(Token.Type.TEXT, text.substring(start, next), startLine, startColumn));
    }

    /** After {@code {% verbatim %}}, everything up to the matching end tag is text, tags included. */
    private void verbatimIfOpened() {
        Token last = tokens.get(tokens.size() - 1);
        if (!last.tagName().equals("verbatim")) {
            return;
        }
        String end = last.arguments().isEmpty() ? "endverbatim" : "endverbatim " + last.arguments();
        int from = current;
        while (from < text.length()) {
            int open = text.indexOf("{%", from);
            if (open < 0) {
                break;
            }
            int close = text.indexOf("%}", open + 2);
            if (close < 0) {
                break;
            }
            if (text.substring(open + 2, close).trim().equals(end)) {
                if (open > current) {
                    int startLine = line;
                    int startColumn = column;
                    String body = text.substring(current, open);
                    advanceTo(open);
                    tokens.add(new Token(Token.Type.TEXT, body, startLine, startColumn));
                }
                return;
            }
            from = open + 2;
        }
        // No end tag: let the parser report the unclosed 'verbatim' with its position.
    }

    private int nextOpener(int from) {
        for (int i = from; i < text.length() - 1; i++) {
            if (text.charAt(i) == '{') {
                char next = text.charAt(i + 1);
                if (next == '{' || next == '%' || next == '#') {
                    return i;
                }
            }
        }
        return text.length();
    }

    private boolean lookingAt(String opener) {
        return text.startsWith(opener, current);
    }

    private boolean isAtEnd() {
        return current >= text.length();
    }

    /** Moves to {@code target}, counting lines and columns on the way. */
    private void advanceTo(int target) {
        while (current < target) {
            char c = text.charAt(current++);
            if (c == '\n') {
                line++;
                column = 1;
            } else if (c != '\r') {
                column++;
            }
        }
    }
}
