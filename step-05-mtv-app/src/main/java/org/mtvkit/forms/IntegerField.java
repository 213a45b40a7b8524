package org.mtvkit.forms;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A whole number, as Python's {@code int()} reads one: spaces around it, a sign, underscores between
 * digits, and a trailing {@code .0} are all accepted. The value is a {@code Long}; a number that does
 * not fit one is refused with the bound it crossed, never an exception.
 */
public class IntegerField extends Field<Long> {

    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d+(?:_\\d+)*", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern DECIMAL_ZEROS = Pattern.compile("\\.0*\\s*$");

    private Long maxValue;
    private Long minValue;

    public IntegerField maxValue(long maxValue) {
        this.maxValue = maxValue;
        return this;
    }

    public IntegerField minValue(long minValue) {
        this.minValue = minValue;
        return this;
    }

    @Override
    public Widget widget() {
        return new Widget.Input("number");
    }

    // region: integer-to-value
    @Override
    protected Long toValue(List<String> submitted) {
        if (submitted.isEmpty() || submitted.get(submitted.size() - 1).isEmpty()) {
            return null;
        }
        String text = DECIMAL_ZEROS.matcher(submitted.get(submitted.size() - 1)).replaceFirst("").strip();
        if (text.length() > 4300 || !WHOLE.matcher(text).matches()) {   // Python's int() limit on digits
            throw new ValidationError("Enter a whole number.");
        }
        BigInteger value = new BigInteger(text.replace("_", ""));
        if (value.bitLength() > 63) {                  // beyond a Long: say which bound, as a database would
            throw new ValidationError(value.signum() > 0
                    ? "Ensure this value is less than or equal to " + (maxValue != null ? maxValue : Long.MAX_VALUE) + "."
                    : "Ensure this value is greater than or equal to " + (minValue != null ? minValue : Long.MIN_VALUE) + ".");
        }
        return value.longValue();
    }
    // endregion

    @Override
    protected void validate(Long value) {
        super.validate(value);
        if (value == null) {
            return;
        }
        List<String> messages = new java.util.ArrayList<>();
        if (maxValue != null && value > maxValue) {
            messages.add("Ensure this value is less than or equal to " + maxValue + ".");
        }
        if (minValue != null && value < minValue) {
            messages.add("Ensure this value is greater than or equal to " + minValue + ".");
        }
        if (!messages.isEmpty()) {
            throw new ValidationError(messages);
        }
    }

    @Override
    protected Map<String, String> widgetAttrs() {
        Map<String, String> attrs = super.widgetAttrs();
        if (minValue != null) {
            attrs.put("min", String.valueOf(minValue));
        }
        if (maxValue != null) {
            attrs.put("max", String.valueOf(maxValue));
        }
        return attrs;
    }
}
