package org.mtvkit.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Parses the test of an {@code if} with Django's operators and precedence, by precedence climbing (a
 * Pratt parser, as Django's {@code smartif} module is): {@code or} binds loosest, then {@code and}, then
 * {@code not}, then {@code in}, then comparisons and {@code is}.
 */
final class ConditionParser {

    // region: precedence
    private static final Map<String, Integer> BINDING_POWER = Map.ofEntries(
            Map.entry("or", 6), Map.entry("and", 7), Map.entry("not", 8),
            Map.entry("in", 9), Map.entry("not in", 9),
            Map.entry("is", 10), Map.entry("is not", 10),
            Map.entry("==", 10), Map.entry("!=", 10),
            Map.entry(">", 10), Map.entry(">=", 10), Map.entry("<", 10), Map.entry("<=", 10));
    // endregion

    private final List<String> tokens;
    private final Token at;
    private final Source source;
    private final Parser parser;
    private int current;

    private ConditionParser(List<String> tokens, Token at, Parser parser) {
        this.tokens = tokens;
        this.at = at;
        this.source = parser.source;
        this.parser = parser;
    }

    static Condition parse(String arguments, Token at, Parser parser) {
        List<String> tokens = joinTwoWordOperators(ExpressionParser.bits(arguments));
        Source source = parser.source;
        if (tokens.isEmpty()) {
            throw source.error("'" + at.tagName() + "' needs a condition, like {% if question %}", at);
        }
        for (String token : tokens) {
            if (token.startsWith("(") || token.endsWith(")")) {
                throw source.error("Parentheses are not supported in '" + at.tagName() + "' (Django's if has none):"
                        + " use nested {% if %} tags, or rely on the precedence of 'not', 'and' and 'or'",
                        at.at(token));
            }
        }
        ConditionParser conditions = new ConditionParser(tokens, at, parser);
        Condition condition = conditions.expression(0);
        if (!conditions.isAtEnd()) {
            throw source.error("Unused '" + conditions.peek() + "' at end of " + at.tagName() + " expression",
                    at.at(conditions.peek()));
        }
        return condition;
    }

    // region: climb
    private Condition expression(int rightBindingPower) {
        Condition left = prefix();
        while (!isAtEnd() && rightBindingPower < bindingPower(peek())) {
            String operator = advance();
            Condition right = expression(bindingPower(operator));
            left = switch (operator) {
                case "or" -> new Condition.Or(left, right);
                case "and" -> new Condition.And(left, right);
                default -> new Condition.Compare(operator, left, right);
            };
        }
        return left;
    }

    private Condition prefix() {
        if (isAtEnd()) {
            throw source.error("Unexpected end of expression in " + at.tagName() + " tag: expected a value after '"
                    + tokens.get(tokens.size() - 1) + "'", at);
        }
        String token = advance();
        if (token.equals("not")) {
            return new Condition.Not(expression(BINDING_POWER.get("not")));
        }
        if (BINDING_POWER.containsKey(token)) {
            throw source.error("Not expecting '" + token + "' in this position in " + at.tagName() + " tag",
                    at.at(token));
        }
        return new Condition.Operand(parser.expression(token, at));
    }
    // endregion

    private int bindingPower(String token) {
        Integer power = BINDING_POWER.get(token);
        if (power == null || token.equals("not")) {
            throw source.error("Expected an operator (and, or, ==, in, ...) but found '" + token + "' in "
                    + at.tagName() + " tag", at.at(token));
        }
        return power;
    }

    /** {@code not in} and {@code is not} are one operator each. */
    private static List<String> joinTwoWordOperators(List<String> bits) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < bits.size(); i++) {
            String bit = bits.get(i);
            String next = i + 1 < bits.size() ? bits.get(i + 1) : "";
            boolean afterOperand = !out.isEmpty() && !BINDING_POWER.containsKey(out.get(out.size() - 1));
            if (bit.equals("not") && next.equals("in") && afterOperand) {
                out.add("not in");
                i++;
            } else if (bit.equals("is") && next.equals("not")) {
                out.add("is not");
                i++;
            } else {
                out.add(bit);
            }
        }
        return out;
    }

    private String peek() {
        return tokens.get(current);
    }

    private String advance() {
        return tokens.get(current++);
    }

    private boolean isAtEnd() {
        return current >= tokens.size();
    }
}
