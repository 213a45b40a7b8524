package org.mtvkit.orm.migrations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes the JSON of migration files: objects as {@code Map<String, Object>} in file order,
 * arrays as {@code List<Object>}, numbers as {@code Long}, {@code true}/{@code false} as Boolean.
 * Migration files hold no fractions and no nulls (an absent key means "the default"), so the reader
 * refuses both. Errors name the file, line and column.
 */
final class MigrationJson {
    private final String text;
    private final String source;
    private int pos;

    private MigrationJson(String text, String source) {
        this.text = text;
        this.source = source;
    }

    static Object parse(String text, String source) {
        MigrationJson parser = new MigrationJson(text, source);
        Object value = parser.value();
        parser.skipWhitespace();
        if (parser.pos < text.length()) {
            throw parser.error("unexpected text after the end of the document");
        }
        return value;
    }

    private Object value() {
        skipWhitespace();
        if (pos >= text.length()) {
            throw error("the file ends where a value was expected");
        }
        char c = text.charAt(pos);
        if (c == '{') {
            return object();
        } else if (c == '[') {
            return array();
        } else if (c == '"') {
            return string();
        } else if (c == '-' || Character.isDigit(c)) {
            return number();
        } else if (text.startsWith("true", pos)) {
            pos += 4;
            return Boolean.TRUE;
        } else if (text.startsWith("false", pos)) {
            pos += 5;
            return Boolean.FALSE;
        }
        throw error("expected a value (an object, array, string, whole number, true or false) but found '" + c + "'");
    }

    private Map<String, Object> object() {
        Map<String, Object> map = new LinkedHashMap<>();
        pos++;
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            return map;
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw error("expected a key in double quotes");
            }
            int keyAt = pos;
            String key = string();
            skipWhitespace();
            expect(':');
            if (map.put(key, value()) != null) {
                pos = keyAt;
                throw error("the key \"" + key + "\" appears twice in one object");
            }
            skipWhitespace();
            if (peek() == ',') {
                pos++;
            } else if (peek() == '}') {
                pos++;
                return map;
            } else {
                throw error("expected ',' or '}' after a value in an object");
            }
        }
    }

    private List<Object> array() {
        List<Object> list = new ArrayList<>();
        pos++;
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            return list;
        }
        while (true) {
            list.add(value());
            skipWhitespace();
            if (peek() == ',') {
                pos++;
            } else if (peek() == ']') {
                pos++;
                return list;
            } else {
                throw error("expected ',' or ']' after a value in an array");
            }
        }
    }

    private String string() {
        StringBuilder out = new StringBuilder();
        pos++;
        while (true) {
            if (pos >= text.length()) {
                throw error("the file ends inside a string; close it with '\"'");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            } else if (c == '\\') {
                char e = pos < text.length() ? text.charAt(pos++) : ' ';
                switch (e) {
                    case '"', '\\', '/' -> out.append(e);
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        if (pos + 4 > text.length()) {
                            throw error("\\u needs four hex digits");
                        }
                        try {
                            out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                        } catch (NumberFormatException bad) {
                            throw error("\\u needs four hex digits");
                        }
                        pos += 4;
                    }
                    default -> {
                        pos--;
                        throw error("unknown escape '\\" + e + "' in a string");
                    }
                }
            } else if (c < ' ') {
                pos--;
                throw error("a line break or control character inside a string; write it as \\n");
            } else {
                out.append(c);
            }
        }
    }

    private Long number() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        if (pos < text.length() && (text.charAt(pos) == '.' || text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            throw error("migration files hold whole numbers only");
        }
        try {
            return Long.parseLong(text.substring(start, pos));
        } catch (NumberFormatException e) {
            pos = start;
            throw error("not a whole number");
        }
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private void skipWhitespace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private MigrationError error(String problem) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < pos && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else if (text.charAt(i) != '\r') {
                column++;
            }
        }
        return new MigrationError("Migration file " + source + " does not parse at line " + line + ", column "
                + column + ": " + problem + ". Fix the file, or delete it and run makemigrations again.");
    }

    // region: json-writer
    /** Writes a value as indented JSON; short objects (a field's definition) stay on one line. */
    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, "");
        return out.append('\n').toString();
    }

    private static void write(Object value, StringBuilder out, String indent) {
        if (value instanceof Map<?, ?> map) {
            if (isFlat(map)) {
                out.append('{');
                String sep = "";
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    out.append(sep).append(quote(e.getKey().toString())).append(": ");
                    write(e.getValue(), out, indent);
                    sep = ", ";
                }
                out.append('}');
                return;
            }
            out.append("{\n");
            String sep = "";
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.append(sep).append(indent).append("  ").append(quote(e.getKey().toString())).append(": ");
                write(e.getValue(), out, indent + "  ");
                sep = ",\n";
            }
            out.append('\n').append(indent).append('}');
        } else if (value instanceof List<?> list) {
            if (list.isEmpty() || list.stream().allMatch(v -> v instanceof String)) {
                out.append('[');
                String sep = "";
                for (Object item : list) {
                    out.append(sep);
                    write(item, out, indent);
                    sep = ", ";
                }
                out.append(']');
                return;
            }
            out.append("[\n");
            String sep = "";
            for (Object item : list) {
                out.append(sep).append(indent).append("  ");
                write(item, out, indent + "  ");
                sep = ",\n";
            }
            out.append('\n').append(indent).append(']');
        } else if (value instanceof String s) {
            out.append(quote(s));
        } else {
            out.append(value);
        }
    }
    // endregion

    private static boolean isFlat(Map<?, ?> map) {
        return map.values().stream().noneMatch(v -> v instanceof Map || (v instanceof List<?> l && !l.isEmpty()
                && !l.stream().allMatch(i -> i instanceof String)));
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> out.append(c < ' ' ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
