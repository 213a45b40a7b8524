package org.mtvkit.template;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code stringformat} filter: Python's {@code "%" + spec % value} for the common conversions. */
final class StringFormat {

    private static final Pattern SPEC = Pattern.compile("([-+ 0#]*)(\\d*)(?:\\.(\\d+))?([sdifeEgGxXor])");

    private StringFormat() {
    }

    static Object format(Object value, String spec) {
        Matcher m = SPEC.matcher(spec);
        if (!m.lookingAt() || spec.indexOf('%', m.end()) >= 0) {
            return "";
        }
        String rest = spec.substring(m.end());
        String flags = m.group(1).replace("#", "");
        String width = m.group(2);
        String precision = m.group(3) == null ? "" : "." + m.group(3);
        char conversion = m.group(4).charAt(0);
        try {
            String formatted = switch (conversion) {
                case 's', 'r' -> String.format("%" + flags.replace("0", "") + width + precision + "s",
                        Values.text(value));
                case 'd', 'i' -> String.format("%" + flags + width + "d", integer(value));
                case 'x', 'X', 'o' -> unsigned(value, flags, width, conversion);
                default -> String.format(java.util.Locale.ROOT, "%" + flags + width
                        + (precision.isEmpty() ? ".6" : precision) + conversion, decimal(value));
            };
            return formatted + rest;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** Python writes a negative number in hex as a minus sign and its size, not in two's complement. */
    private static String unsigned(Object value, String flags, String width, char conversion) {
        if (value instanceof Double) {
            throw new IllegalArgumentException("%" + conversion + " needs an integer");
        }
        long n = integer(value);
        String digits = conversion == 'o' ? Long.toOctalString(Math.abs(n)) : Long.toHexString(Math.abs(n));
        if (conversion == 'X') {
            digits = digits.toUpperCase(java.util.Locale.ROOT);
        }
        String signed = (n < 0 ? "-" : flags.contains("+") ? "+" : "") + digits;
        int w = width.isEmpty() ? 0 : Integer.parseInt(width);
        if (signed.length() >= w) {
            return signed;
        }
        if (flags.contains("-")) {
            return signed + " ".repeat(w - signed.length());
        }
        if (flags.contains("0")) {
            String sign = n < 0 ? "-" : "";
            return sign + "0".repeat(w - signed.length()) + signed.substring(sign.length());
        }
        return " ".repeat(w - signed.length()) + signed;
    }

    private static long integer(Object value) {
        if (value instanceof Number n && !(value instanceof Double)) {
            return n.longValue();
        }
        if (value instanceof Double d) {
            return (long) d.doubleValue();
        }
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        throw new IllegalArgumentException("not a number");
    }

    private static double decimal(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        throw new IllegalArgumentException("not a number");
    }
}
