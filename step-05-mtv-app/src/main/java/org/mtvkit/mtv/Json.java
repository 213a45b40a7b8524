package org.mtvkit.mtv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, strict JSON reader and writer, shared by the glue's fixtures and the batteries that store
 * JSON (sessions, messages). Reading, objects become {@code Map<String, Object>} (in file
 * order), arrays {@code List<Object>}, numbers {@code Long} or {@code BigDecimal}, and {@code null} a
 * {@link #NULL} marker, so that "field set to null" and "field absent" stay different.
 *
 * <p>A couple of hundred lines of recursive descent are easier to read than a dependency is to
 * justify. Errors name the line and column.
 */
public final class Json {

    /** The JSON value {@code null}. */
    public static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    private final String text;
    private final String source;
    private int pos;

    private Json(String text, String source) {
        this.text = text;
        this.source = source;
    }

    /**
     * Parses a whole JSON document.
     *
     * @param source named in error messages, for example the fixture's file name
     * @throws IllegalArgumentException naming the source, line and column of the first error
     */
    public static Object parse(String text, String source) {
        Json parser = new Json(text, source);
        Object value = parser.value();
        parser.skipWhitespace();
        if (parser.pos < text.length()) {
            throw parser.error("unexpected text after the end of the document");
        }
        return value;
    }

    // region: value
    private Object value() {
        skipWhitespace();
        if (pos >= text.length()) {
            throw error("the document ends where a value was expected");
        }
        char c = text.charAt(pos);
        if (c == '{') {
            return object();
        }
        if (c == '[') {
            return array();
        }
        if (c == '"') {
            return string();
        }
        if (c == '-' || Character.isDigit(c)) {
            return number();
        }
        if (text.startsWith("true", pos)) {
            pos += 4;
            return Boolean.TRUE;
        }
        if (text.startsWith("false", pos)) {
            pos += 5;
            return Boolean.FALSE;
        }
        if (text.startsWith("null", pos)) {
            pos += 4;
            return NULL;
        }
        throw error("expected a value (object, array, string, number, true, false or null), found '" + c + "'");
    }
    // endregion

    private Map<String, Object> object() {
        Map<String, Object> map = new LinkedHashMap<>();
        expect('{');
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            return map;
        }
        do {
            skipWhitespace();
            if (peek() != '"') {
                throw error("expected a quoted key");
            }
            String key = string();
            skipWhitespace();
            expect(':');
            if (map.put(key, value()) != null) {
                throw error("the key \"" + key + "\" appears twice in one object");
            }
            skipWhitespace();
        } while (consume(','));
        expect('}');
        return map;
    }

    private List<Object> array() {
        List<Object> list = new ArrayList<>();
        expect('[');
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            return list;
        }
        do {
            list.add(value());
            skipWhitespace();
        } while (consume(','));
        expect(']');
        return list;
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error("a string is never closed with '\"'");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw error("a control character must be escaped inside a string");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = pos < text.length() ? text.charAt(pos++) : '?';
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (pos + 4 > text.length()) {
                        throw error("\\u must be followed by four hexadecimal digits");
                    }
                    try {
                        out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    } catch (NumberFormatException bad) {
                        throw error("\\u must be followed by four hexadecimal digits");
                    }
                    pos += 4;
                }
                default -> throw error("unknown escape '\\" + e + "' in a string");
            }
        }
    }

    private Object number() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        while (pos < text.length() && "0123456789.eE+-".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        String literal = text.substring(start, pos);
        try {
            BigDecimal number = new BigDecimal(literal);
            boolean integral = literal.indexOf('.') < 0 && literal.indexOf('e') < 0 && literal.indexOf('E') < 0;
            return integral ? (Object) number.longValueExact() : number;
        } catch (NumberFormatException | ArithmeticException e) {
            pos = start;
            throw error("'" + literal + "' is not a number JSON allows");
        }
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private boolean consume(char c) {
        if (peek() == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        skipWhitespace();
        if (!consume(c)) {
            throw error(pos >= text.length() ? "the document ends where '" + c + "' was expected"
                    : "expected '" + c + "', found '" + text.charAt(pos) + "'");
        }
    }

    private void skipWhitespace() {
        while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
    }

    private IllegalArgumentException error(String message) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < Math.min(pos, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new IllegalArgumentException(source + ":" + line + ":" + column + ": " + message);
    }

    // region: write
    /**
     * Writes a value as Python's {@code json.dumps} does with {@code ensure_ascii=False}, which is what
     * Django's serializer calls: with {@code indent < 0} on one line ({@code ", "} and {@code ": "}
     * between items), otherwise one item per line, indented by {@code indent} spaces per level.
     */
    public static String write(Object value, int indent) {
        StringBuilder out = new StringBuilder();
        write(value, indent, 0, out);
        return out.toString();
    }

    private static void write(Object value, int indent, int level, StringBuilder out) {
        if (value == null || value == NULL) {
            out.append("null");
        } else if (value instanceof String text) {
            string(text, out);
        } else if (value instanceof Boolean || value instanceof Number) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            items(map.entrySet(), '{', '}', indent, level, out, (entry, o) -> {
                string(String.valueOf(entry.getKey()), o);
                o.append(": ");
                write(entry.getValue(), indent, level + 1, o);
            });
        } else if (value instanceof List<?> list) {
            items(list, '[', ']', indent, level, out, (item, o) -> write(item, indent, level + 1, o));
        } else {
            throw new IllegalArgumentException("JSON has no value for a " + value.getClass().getName() + ": " + value);
        }
    }

    private static <T> void items(java.util.Collection<T> items, char open, char close, int indent, int level,
                                  StringBuilder out, java.util.function.BiConsumer<T, StringBuilder> item) {
        out.append(open);
        if (items.isEmpty()) {
            out.append(close);
            return;
        }
        boolean first = true;
        for (T each : items) {
            if (!first) {
                out.append(indent < 0 ? ", " : ",");
            }
            first = false;
            if (indent >= 0) {
                out.append('\n').append(" ".repeat(indent * (level + 1)));
            }
            item.accept(each, out);
        }
        if (indent >= 0) {
            out.append('\n').append(" ".repeat(indent * level));
        }
        out.append(close);
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
    // endregion
}
