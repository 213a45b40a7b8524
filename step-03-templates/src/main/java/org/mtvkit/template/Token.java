package org.mtvkit.template;

/**
 * One piece of a template's source, with where it starts so every error can point at it.
 *
 * @param type what kind of piece
 * @param contents for text, the text itself; for a variable or a tag, what is between the braces, trimmed
 * @param line 1-based line of the first character
 * @param column 1-based column of the first character
 * @param contentsColumn 1-based column of the first character of {@code contents} (a tag never spans lines)
 */
record Token(Type type, String contents, int line, int column, int contentsColumn) {

    enum Type { TEXT, VARIABLE, BLOCK }

    Token(Type type, String contents, int line, int column) {
        this(type, contents, line, column, column);
    }

    /** The tag's name: the first word of a block token. */
    String tagName() {
        int space = indexOfSpace(contents);
        return space < 0 ? contents : contents.substring(0, space);
    }

    /** Everything after the tag's name, trimmed. */
    String arguments() {
        int space = indexOfSpace(contents);
        return space < 0 ? "" : contents.substring(space + 1).trim();
    }

    // region: at
    /** This token, with its column moved to where {@code part} is in it: errors point at the offending word. */
    Token at(String part) {
        int index = contents.indexOf(part, Math.min(contents.length(), tagName().length()));
        if (index < 0) {
            index = contents.indexOf(part);
        }
        return index < 0 ? this : shift(index);
    }
    // endregion

    /** Like {@link #at}, at the last place {@code part} appears: the repeated word, when one is repeated. */
    Token atLast(String part) {
        int index = contents.lastIndexOf(part);
        return index < 0 ? this : shift(index);
    }

    /** This token, with its column moved {@code offset} characters into its contents. */
    Token shift(int offset) {
        return new Token(type, contents, line, contentsColumn + offset, contentsColumn + offset);
    }

    Token argumentsAt() {
        String arguments = arguments();
        return arguments.isEmpty() ? this : at(arguments);
    }

    private static int indexOfSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
