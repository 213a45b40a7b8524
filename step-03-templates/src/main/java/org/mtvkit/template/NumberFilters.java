package org.mtvkit.template;

import static org.mtvkit.template.Filters.Arity.NONE;
import static org.mtvkit.template.Filters.Arity.OPTIONAL;
import static org.mtvkit.template.Filters.Arity.REQUIRED;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Filters on numbers: add, divisibleby, floatformat, filesizeformat, get_digit. */
final class NumberFilters {

    private NumberFilters() {
    }

    static void register(Filters f) {
        f.register("add", REQUIRED, false, (v, a, e) -> add(v, a));
        f.register("divisibleby", REQUIRED, false, (v, a, e) -> divisibleBy(v, a));
        f.register("floatformat", OPTIONAL, true, (v, a, e) -> floatformat(v, a));
        f.register("filesizeformat", NONE, true, (v, a, e) -> filesize(v));
        f.register("get_digit", REQUIRED, false, (v, a, e) -> getDigit(v, a));
    }

    // region: add
    /** Python's {@code int(value) + int(arg)}, else {@code value + arg} (text, lists), else nothing. */
    private static Object add(Object value, Object argument) {
        Long x = Numbers.pythonInt(value);
        Long y = Numbers.pythonInt(argument);
        if (x != null && y != null) {
            long sum = x + y;
            return sum == (int) sum ? (Object) (int) sum : (Object) sum;
        }
        if (value instanceof SafeString a && argument instanceof SafeString b) {
            return new SafeString(a.html() + b.html()); // Python: safe + safe stays safe
        }
        if (Values.isText(value) && Values.isText(argument)) {
            return Values.text(value) + Values.text(argument);
        }
        if (value instanceof Number a && argument instanceof Number b) {
            return a.doubleValue() + b.doubleValue();
        }
        if (value instanceof List<?> a && argument instanceof List<?> b) {
            List<Object> joined = new ArrayList<>(a);
            joined.addAll(b);
            return joined;
        }
        return "";
    }
    // endregion

    private static Object divisibleBy(Object value, Object argument) {
        Long x = Numbers.pythonInt(value);
        Long y = Numbers.pythonInt(argument);
        if (x == null || y == null) {
            throw new IllegalArgumentException("divisibleby needs whole numbers");
        }
        return Math.floorMod(x, y) == 0;
    }

    // region: floatformat
    /** Django's default (-1): one decimal, but none when the number is whole. N: always N; -N: N unless whole. */
    private static Object floatformat(Object value, Object argument) {
        BigDecimal number;
        try {
            Double d = value instanceof BigDecimal ? null : Numbers.pythonFloat(value);
            number = value instanceof BigDecimal b ? b : d == null ? null : new BigDecimal(Double.toString(d));
        } catch (NumberFormatException e) {
            number = null;
        }
        if (number == null) {
            return "";
        }
        int places;
        try {
            places = argument == null ? -1 : Integer.parseInt(Values.text(argument).strip());
        } catch (NumberFormatException e) {
            // Django returns repr(value): text comes back in quotes.
            return Values.isText(value) ? "'" + Values.text(value) + "'" : Values.text(value);
        }
        boolean whole = number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
        BigDecimal rounded = whole && places < 0 ? number.setScale(0, RoundingMode.HALF_UP)
                : number.setScale(Math.abs(places), RoundingMode.HALF_UP);
        String text = rounded.toPlainString();
        return rounded.signum() == 0 && text.startsWith("-") ? text.substring(1) : text;
    }
    // endregion

    private static Object filesize(Object value) {
        Long bytes = Numbers.pythonInt(value);
        if (bytes == null) {
            return "0\u00a0bytes";
        }
        boolean negative = bytes < 0;
        long size = Math.abs(bytes);
        String text;
        String[] units = {"KB", "MB", "GB", "TB", "PB"};
        if (size < 1024) {
            text = size + (size == 1 ? " byte" : " bytes");
        } else {
            int unit = 0;
            double scaled = size / 1024.0;
            while (unit < units.length - 1 && scaled >= 1024) {
                scaled /= 1024;
                unit++;
            }
            text = new BigDecimal(scaled).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + " " + units[unit];
        }
        return (negative ? "-" : "") + text.replace(' ', '\u00a0');
    }

    // region: get-digit
    /** Python's int() of both, then the digit counted from the right; text that is no number is left as is. */
    private static Object getDigit(Object value, Object argument) {
        Long digit = Numbers.pythonInt(argument);
        if (digit == null) {
            requireIntLike(argument);
            return value;
        }
        Long number = Numbers.pythonInt(value);
        if (number == null) {
            requireIntLike(value);
            return value;
        }
        if (digit < 1) {
            return number;
        }
        String s = String.valueOf(number);
        if (digit > s.length()) {
            return 0;
        }
        char c = s.charAt(s.length() - digit.intValue());
        if (c == '-') {
            throw new IllegalArgumentException("the digit asked for is the sign of " + s);
        }
        return Character.getNumericValue(c);
    }
    // endregion

    /** Python's int() refuses text with a ValueError (Django then gives up quietly) and other types loudly. */
    private static void requireIntLike(Object value) {
        if (!Values.isText(value)) {
            throw new IllegalArgumentException("a " + Values.typeName(value) + " is not a number");
        }
    }
}
