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
        if (!m.matches()) {
            return "";
        }
        String flags = m.group(1).replace("#", "");
        String width = m.group(2);
        String precision = m.group(3) == null ? "" : "." + m.group(3);
        char conversion = m.group(4).charAt(0);
        try {
            return switch (conversion) {
                case 's', 'r' -> String.format("%" + flags.replace("0", "") + width + precision + "s",
                        Values.text(value));
                case 'd', 'i' -> String.format("%" + flags + width + "d", integer(value));
                case 'x', 'X', 'o' -> String.format("%" + flags + width + conversion, integer(value));
                default -> String.format(java.util.Locale.ROOT, "%" + flags + width
                        + (precision.isEmpty() ? ".6" : precision) + conversion, decimal(value));
            };
        } catch (IllegalArgumentException e) {
            return "";
        }
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
