package org.mtvkit.template;

/**
 * Evaluates an {@code if} test. As in Django, a missing variable is simply false here (strict mode or
 * not), and a comparison between values that cannot be compared is false rather than an error.
 */
final class Conditions {

    private Conditions() {
    }

    /**
     * The test's answer. As in Django's {@code if}, a missing filter argument makes it false, and so does any
     * failure inside an operator ({@code and}, {@code ==}, ...): only a bare failing value is an error.
     */
    static boolean evaluate(Condition condition, RenderContext context) {
        try {
            return test(condition, context);
        } catch (FilterExpression.MissingArgument e) {
            return false;
        }
    }

    // region: test
    static boolean test(Condition condition, RenderContext context) {
        if (condition instanceof Condition.Operand operand) {
            return Values.truthy(operand.value().resolveLeniently(context));
        }
        try {
            return operator(condition, context);
        } catch (RuntimeException e) {
            if (context.strict() && e instanceof TemplateError && !(e instanceof FilterExpression.MissingArgument)) {
                throw e;
            }
            return false;
        }
    }
    // endregion

    private static boolean operator(Condition condition, RenderContext context) {
        if (condition instanceof Condition.Not not) {
            return !test(not.operand(), context);
        }
        if (condition instanceof Condition.And and) {
            return test(and.left(), context) && test(and.right(), context);
        }
        if (condition instanceof Condition.Or or) {
            return test(or.left(), context) || test(or.right(), context);
        }
        if (condition instanceof Condition.Compare compare) {
            return compare(compare.operator(), value(compare.left(), context), value(compare.right(), context));
        }
        throw Renderer.unhandled(condition);
    }

    private static Object value(Condition condition, RenderContext context) {
        if (condition instanceof Condition.Operand operand) {
            return operand.value().resolveLeniently(context);
        }
        return test(condition, context);
    }

    private static boolean compare(String operator, Object left, Object right) {
        try {
            return switch (operator) {
                case "==" -> Values.equal(left, right);
                case "!=" -> !Values.equal(left, right);
                case "<" -> Values.compare(left, right) < 0;
                case ">" -> Values.compare(left, right) > 0;
                case "<=" -> Values.compare(left, right) <= 0;
                case ">=" -> Values.compare(left, right) >= 0;
                case "in" -> Values.contains(right, left);
                case "not in" -> !Values.contains(right, left);
                case "is" -> same(left, right);
                case "is not" -> !same(left, right);
                default -> throw new IllegalStateException("unknown operator " + operator);
            };
        } catch (ClassCastException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Python's {@code is}: identity; {@code True}, {@code False} and {@code None} are single values there. */
    private static boolean same(Object left, Object right) {
        return left == right || left instanceof Boolean && left.equals(right);
    }
}
