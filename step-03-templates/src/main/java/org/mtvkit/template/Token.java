package org.mtvkit.template;

/**
 * One piece of a template's source, with where it starts so every error can point at it.
 *
 * @param type what kind of piece
 * @param contents for text, the text itself; for a variable or a tag, what is between the braces, trimmed
 * @param line 1-based line of the first character
 * @param column 1-based column of the first character
 */
record Token(Type type, String contents, int line, int column) {

    enum Type { TEXT, VARIABLE, BLOCK }

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

    private static int indexOfSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
