package org.mtvkit.template;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses a filter expression, {@code question.text|default:"none"|upper}, one character at a time with
 * jlox's small helpers. Filters are looked up now, so an unknown filter or a wrong argument count is a
 * compile-time error that names the filter.
 */
final class ExpressionParser {

    private final String text;
    private final Token at;
    private final Source source;
    private final Filters filters;
    private int current;

    private ExpressionParser(String text, Token at, Source source, Filters filters) {
        this.text = text;
        this.at = at;
        this.source = source;
        this.filters = filters;
    }

    static FilterExpression parse(String text, Token at, Source source, Filters filters) {
        return new ExpressionParser(text, at, source, filters).expression();
    }

    // region: expression
    private FilterExpression expression() {
        FilterExpression.Operand operand = operand();
        List<FilterExpression.FilterCall> calls = new ArrayList<>();
        while (matchBar()) {
            int nameAt = current;
            String name = word();
            Filters.Def filter = filters.find(name).orElseThrow(() -> error("Unknown filter '" + name + "' in '"
                    + text + "'. Known filters: " + String.join(", ", filters.names())
                    + ". If it comes from a library, {% load %} it first", nameAt));
            FilterExpression.Operand argument = null;
            if (match(':')) {
                if (Character.isWhitespace(peek())) {
                    throw error("Space after the ':' of filter '" + name + "' in '" + text + "': write the argument"
                            + " right after the colon, like |" + name + ":\"...\"", current);
                }
                argument = operand();
            }
            checkArity(filter, argument, nameAt);
            calls.add(new FilterExpression.FilterCall(filter, argument));
        }
        if (!isAtEnd()) {
            throw error("Could not parse the remainder: '" + text.substring(current) + "' from '" + text + "'",
                    current);
        }
        return new FilterExpression(text, operand, List.copyOf(calls), at);
    }
    // endregion

    /** Django allows spaces around the bar: {@code {{ name | upper }}}. */
    private boolean matchBar() {
        int saved = current;
        while (Character.isWhitespace(peek())) {
            current++;
        }
        if (match('|')) {
            while (Character.isWhitespace(peek())) {
                current++;
            }
            return true;
        }
        current = saved;
        return false;
    }

    private TemplateError error(String reason, int offset) {
        return source.error(reason, at.shift(offset));
    }

    private void checkArity(Filters.Def filter, FilterExpression.Operand argument, int nameAt) {
        if (argument == null && filter.arity() == Filters.Arity.REQUIRED) {
            throw error("Filter '" + filter.name() + "' needs an argument, like |" + filter.name() + ":\"...\"",
                    nameAt);
        }
        if (argument != null && filter.arity() == Filters.Arity.NONE) {
            throw error("Filter '" + filter.name() + "' takes no argument: remove the ':' and what follows", nameAt);
        }
    }

    // region: operand
    private FilterExpression.Operand operand() {
        int start = current;
        if (peek() == '"' || peek() == '\'') {
            return new FilterExpression.Operand.Literal(new SafeString(quoted()));
        }
        while (!isAtEnd() && isNameChar(peek())) {
            advance();
        }
        String token = text.substring(start, current);
        if (token.isEmpty()) {
            throw error("Expected a variable or a literal in '" + text + "' at '" + text.substring(start) + "'",
                    start);
        }
        Object number = number(token);
        if (number != null) {
            return new FilterExpression.Operand.Literal(number);
        }
        String[] parts = token.split("\\.", -1);
        for (String part : parts) {
            if (part.startsWith("_")) {
                throw error("Variables and attributes may not begin with an underscore: '" + token + "'", start);
            }
            if (part.contains("-")) {
                throw error("Could not parse the remainder: '" + token.substring(token.indexOf('-')) + "' from '"
                        + text + "'", start + token.indexOf('-'));
            }
        }
        return new FilterExpression.Operand.Variable(token, parts);
    }
    // endregion

    /** A number literal as Python reads one: an int without '.' or 'e', else a float; null if not a number. */
    private static Object number(String token) {
        if (token.matches("[-+]?\\d+")) {
            long n = Long.parseLong(token.startsWith("+") ? token.substring(1) : token);
            return n == (int) n ? (Object) (int) n : (Object) n;
        }
        if (token.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?") && !token.endsWith(".")) {
            return Double.parseDouble(token);
        }
        return null;
    }

    /** A quoted literal; as in Django only the quote and the backslash itself can be escaped. */
    private String quoted() {
        int start = current;
        char quote = advance();
        StringBuilder out = new StringBuilder();
        while (!isAtEnd() && peek() != quote) {
            char c = advance();
            if (c == '\\' && !isAtEnd() && (peek() == quote || peek() == '\\')) {
                c = advance();
            }
            out.append(c);
        }
        if (isAtEnd()) {
            throw error("Unterminated string in '" + text + "': expected a closing " + quote, start);
        }
        advance();
        return out.toString();
    }

    private String word() {
        int start = current;
        while (!isAtEnd() && (Character.isLetterOrDigit(peek()) || peek() == '_')) {
            advance();
        }
        if (start == current) {
            throw error("Expected a filter name after '|' in '" + text + "'", start);
        }
        return text.substring(start, current);
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-' || c == '+';
    }

    private boolean match(char expected) {
        if (isAtEnd() || peek() != expected) {
            return false;
        }
        current++;
        return true;
    }

    private char peek() {
        return isAtEnd() ? '\0' : text.charAt(current);
    }

    private char advance() {
        return text.charAt(current++);
    }

    private boolean isAtEnd() {
        return current >= text.length();
    }

    /** The filter names in {@code lower|escape|cut:" "}, for tags that check them before parsing. */
    static List<String> filterNames(String filters) {
        List<String> names = new ArrayList<>();
        for (String bit : bits(filters.replace("|", " | "))) {
            if (!bit.equals("|")) {
                int colon = bit.indexOf(':');
                names.add(colon < 0 ? bit : bit.substring(0, colon));
            }
        }
        return names;
    }

    /**
     * Splits a tag's arguments on spaces, keeping quoted strings whole: Django's {@code smart_split}.
     * {@code 'polls:detail' question.id} gives two bits, {@code "a b"|lower x} gives two as well.
     */
    static List<String> bits(String arguments) {
        List<String> bits = new ArrayList<>();
        StringBuilder bit = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < arguments.length(); i++) {
            char c = arguments.charAt(i);
            if (quote != 0) {
                bit.append(c);
                if (c == '\\' && i + 1 < arguments.length()) {
                    bit.append(arguments.charAt(++i));
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                bit.append(c);
            } else if (Character.isWhitespace(c)) {
                if (bit.length() > 0) {
                    bits.add(bit.toString());
                    bit.setLength(0);
                }
            } else {
                bit.append(c);
            }
        }
        if (bit.length() > 0) {
            bits.add(bit.toString());
        }
        return bits;
    }
}
