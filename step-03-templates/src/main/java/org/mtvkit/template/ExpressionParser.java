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
        while (match('|')) {
            String name = word();
            Filters.Def filter = filters.find(name).orElseThrow(() -> source.error("Unknown filter '" + name
                    + "' in '" + text + "'. Known filters: " + String.join(", ", filters.names()), at));
            FilterExpression.Operand argument = match(':') ? operand() : null;
            checkArity(filter, argument);
            calls.add(new FilterExpression.FilterCall(filter, argument));
        }
        if (!isAtEnd()) {
            throw source.error("Could not parse the remainder: '" + text.substring(current) + "' from '" + text
                    + "'", at);
        }
        return new FilterExpression(text, operand, List.copyOf(calls), at);
    }
    // endregion

    private void checkArity(Filters.Def filter, FilterExpression.Operand argument) {
        if (argument == null && filter.arity() == Filters.Arity.REQUIRED) {
            throw source.error("Filter '" + filter.name() + "' needs an argument, like |" + filter.name()
                    + ":\"...\"", at);
        }
        if (argument != null && filter.arity() == Filters.Arity.NONE) {
            throw source.error("Filter '" + filter.name() + "' takes no argument: remove the ':' and what follows",
                    at);
        }
    }

    // region: operand
    private FilterExpression.Operand operand() {
        if (peek() == '"' || peek() == '\'') {
            return new FilterExpression.Operand.Literal(new SafeString(quoted()));
        }
        int start = current;
        while (!isAtEnd() && isNameChar(peek())) {
            advance();
        }
        String token = text.substring(start, current);
        if (token.isEmpty()) {
            throw source.error("Expected a variable or a literal in '" + text + "' at '"
                    + text.substring(start) + "'", at);
        }
        if (token.matches("-?\\d+")) {
            long n = Long.parseLong(token);
            return new FilterExpression.Operand.Literal(n == (int) n ? (Object) (int) n : (Object) n);
        }
        if (token.matches("-?\\d*\\.\\d+")) {
            return new FilterExpression.Operand.Literal(Double.parseDouble(token));
        }
        String[] parts = token.split("\\.", -1);
        for (String part : parts) {
            if (part.isEmpty()) {
                throw source.error("Empty part in variable name '" + token + "': a dot needs a name on each side", at);
            }
            if (part.startsWith("_")) {
                throw source.error("Variables and attributes may not begin with an underscore: '" + token + "'", at);
            }
        }
        return new FilterExpression.Operand.Variable(token, parts);
    }
    // endregion

    private String quoted() {
        char quote = advance();
        StringBuilder out = new StringBuilder();
        while (!isAtEnd() && peek() != quote) {
            char c = advance();
            if (c == '\\' && !isAtEnd()) {
                c = advance();
            }
            out.append(c);
        }
        if (isAtEnd()) {
            throw source.error("Unterminated string in '" + text + "': expected a closing " + quote, at);
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
            throw source.error("Expected a filter name after '|' in '" + text + "'", at);
        }
        return text.substring(start, current);
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-';
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
