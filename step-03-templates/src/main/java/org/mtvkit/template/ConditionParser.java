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
    private final Filters filters;
    private int current;

    private ConditionParser(List<String> tokens, Token at, Source source, Filters filters) {
        this.tokens = tokens;
        this.at = at;
        this.source = source;
        this.filters = filters;
    }

    static Condition parse(String arguments, Token at, Source source, Filters filters) {
        List<String> tokens = joinTwoWordOperators(ExpressionParser.bits(arguments));
        if (tokens.isEmpty()) {
            throw source.error("'" + at.tagName() + "' needs a condition, like {% if question %}", at);
        }
        ConditionParser parser = new ConditionParser(tokens, at, source, filters);
        Condition condition = parser.expression(0);
        if (!parser.isAtEnd()) {
            throw source.error("Unused '" + parser.peek() + "' at end of " + at.tagName() + " expression", at);
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
            throw source.error("Not expecting '" + token + "' in this position in " + at.tagName() + " tag", at);
        }
        return new Condition.Operand(ExpressionParser.parse(token, at, source, filters));
    }
    // endregion

    private int bindingPower(String token) {
        Integer power = BINDING_POWER.get(token);
        if (power == null || token.equals("not")) {
            throw source.error("Expected an operator (and, or, ==, in, ...) but found '" + token + "' in "
                    + at.tagName() + " tag", at);
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
