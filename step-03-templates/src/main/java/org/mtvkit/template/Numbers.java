package org.mtvkit.template;

import java.math.BigDecimal;

/** Python's {@code int()} and {@code float()} of a template value, where Django's tags and filters use them. */
final class Numbers {

    private Numbers() {
    }

    /** {@code int(value)}: whole numbers, floats truncated, booleans, and text that is a whole number; else null. */
    static Long pythonInt(Object value) {
        if (value instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? (long) d : null;
        }
        if (value instanceof Number n) {
            return n.longValue();
        }
        if (Values.isText(value)) {
            String s = Values.text(value).strip().replace("_", "");
            if (s.matches("[-+]?\\d+")) {
                try {
                    return Long.parseLong(s.startsWith("+") ? s.substring(1) : s);
                } catch (NumberFormatException tooBig) {
                    return null;
                }
            }
        }
        return null;
    }

    /** {@code float(value)}: numbers, booleans, and text Python would read as a float; else null. */
    static Double pythonFloat(Object value) {
        if (value instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (Values.isText(value)) {
            String s = Values.text(value).strip().toLowerCase(java.util.Locale.ROOT);
            if (s.matches("[-+]?(inf|infinity)")) {
                return s.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            if (s.matches("[-+]?nan")) {
                return Double.NaN;
            }
            if (s.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)(e[-+]?\\d+)?")) {
                return Double.parseDouble(s);
            }
        }
        return null;
    }
}
