package org.mtvkit.template;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a template's text into tokens: plain text, {@code {{ variable }}}, {@code {% tag %}}. Comments
 * {@code {# ... #}} are dropped here. As in Django, a tag opens and closes on one line: a {@code {{},
 * {@code {%} or {@code {#} with no closer before the end of its line is plain text, like any other text.
 * Every token keeps the line and column it starts at; CRLF counts as one line break, so error positions
 * are the same whatever the file's line endings.
 */
final class Lexer {

    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private int current;
    private int line = 1;
    private int column = 1;
    // Inside {% verbatim %}: the end tag's contents that close it; every other tag is text until then.
    private String verbatimEnd;

    Lexer(Source source) {
        this.text = source.text();
    }

    // region: tokenize
    List<Token> tokenize() {
        // task: 03-1 the lexer
        int textStart = 0;
        int textLine = 1;
        int textColumn = 1;
        while (current < text.length() - 1) {
            int close = closerOnThisLine(current);
            if (close < 0) {
                advanceTo(current + 1);
                continue;
            }
            if (current > textStart) {
                tokens.add(new Token(Token.Type.TEXT, text.substring(textStart, current), textLine, textColumn));
            }
            tag(close);
            textStart = current;
            textLine = line;
            textColumn = column;
        }
        if (textStart < text.length()) {
            tokens.add(new Token(Token.Type.TEXT, text.substring(textStart), textLine, textColumn));
        }
        return tokens;
        // endtask
    }
    // endregion

    /** Where the closer of a tag opening at {@code at} is, when it is on the same line; -1 otherwise. */
    private int closerOnThisLine(int at) {
        if (text.charAt(at) != '{') {
            return -1;
        }
        String closer = switch (text.charAt(at + 1)) {
            case '{' -> "}}";
            case '%' -> "%}";
            case '#' -> "#}";
            default -> null;
        };
        if (closer == null) {
            return -1;
        }
        int end = text.indexOf(closer, at + 2);
        int newline = text.indexOf('\n', at + 2);
        return end < 0 || (newline >= 0 && newline < end) ? -1 : end;
    }

    // region: tag
    private void tag(int close) {
        // task: 03-1 the lexer
        String whole = text.substring(current, close + 2);
        String inner = whole.substring(2, whole.length() - 2);
        String contents = inner.strip();
        int startLine = line;
        int startColumn = column;
        int contentsColumn = column + 2 + (contents.isEmpty() ? 0 : inner.indexOf(contents.charAt(0)));
        advanceTo(close + 2);
        char kind = whole.charAt(1);
        if (verbatimEnd != null) {
            if (kind == '%' && contents.equals(verbatimEnd)) {
                verbatimEnd = null;
                tokens.add(new Token(Token.Type.BLOCK, contents, startLine, startColumn, contentsColumn));
            } else {
                tokens.add(new Token(Token.Type.TEXT, whole, startLine, startColumn));
            }
            return;
        }
        switch (kind) {
            case '{' -> tokens.add(new Token(Token.Type.VARIABLE, contents, startLine, startColumn, contentsColumn));
            case '%' -> {
                if (contents.equals("verbatim") || contents.startsWith("verbatim ")) {
                    verbatimEnd = "end" + contents;
                }
                tokens.add(new Token(Token.Type.BLOCK, contents, startLine, startColumn, contentsColumn));
            }
            default -> {
                // a comment: nothing to keep
            }
        }
        // endtask
    }
    // endregion

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
