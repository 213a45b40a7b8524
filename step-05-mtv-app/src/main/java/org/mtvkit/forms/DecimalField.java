package org.mtvkit.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** A decimal number, kept exact as a {@code BigDecimal}, with Django's limits on digits. */
public class DecimalField extends Field<BigDecimal> {

    /** Python's {@code Decimal()} syntax, without NaN and Infinity (which Django refuses anyway). */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");

    private BigDecimal maxValue;
    private BigDecimal minValue;
    private Integer maxDigits;
    private Integer decimalPlaces;

    public DecimalField maxValue(BigDecimal maxValue) {
        this.maxValue = maxValue;
        return this;
    }

    public DecimalField minValue(BigDecimal minValue) {
        this.minValue = minValue;
        return this;
    }

    public DecimalField maxDigits(int maxDigits) {
        this.maxDigits = maxDigits;
        return this;
    }

    public DecimalField decimalPlaces(int decimalPlaces) {
        this.decimalPlaces = decimalPlaces;
        return this;
    }

    @Override
    public Widget widget() {
        return new Widget.Input("number");
    }

    @Override
    protected BigDecimal toValue(List<String> submitted) {
        String text = last(submitted, true);
        if (text == null) {
            return null;
        }
        if (text.length() > 1000 || !NUMBER.matcher(text).matches()) {
            throw new ValidationError("Enter a number.");
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException | ArithmeticException hugeExponent) {
            throw new ValidationError("Enter a number.");
        }
    }

    @Override
    protected void validate(BigDecimal value) {
        super.validate(value);
        if (value == null) {
            return;
        }
        List<String> messages = new ArrayList<>();
        if (maxValue != null && value.compareTo(maxValue) > 0) {
            messages.add("Ensure this value is less than or equal to " + maxValue + ".");
        }
        if (minValue != null && value.compareTo(minValue) < 0) {
            messages.add("Ensure this value is greater than or equal to " + minValue + ".");
        }
        digitsProblem(value).ifPresent(messages::add);
        if (!messages.isEmpty()) {
            throw new ValidationError(messages);
        }
    }

    // region: decimal-digits
    /** Django's {@code DecimalValidator}: digits counted as Python's {@code Decimal.as_tuple()} holds them. */
    private java.util.Optional<String> digitsProblem(BigDecimal value) {
        int length = value.unscaledValue().abs().toString().length();
        int exponent = -value.scale();
        long digits;
        long decimals;
        if (exponent >= 0) {
            digits = (long) length + exponent;         // a positive exponent adds trailing zeros
            decimals = 0;
        } else if (-exponent > length) {
            digits = -exponent;                        // leading zeros after the point
            decimals = -exponent;
        } else {
            digits = length;
            decimals = -exponent;
        }
        long wholeDigits = digits - decimals;
        if (maxDigits != null && digits > maxDigits) {
            return java.util.Optional.of("Ensure that there are no more than " + maxDigits + " digit"
                    + (maxDigits == 1 ? "" : "s") + " in total.");
        }
        if (decimalPlaces != null && decimals > decimalPlaces) {
            return java.util.Optional.of("Ensure that there are no more than " + decimalPlaces + " decimal place"
                    + (decimalPlaces == 1 ? "" : "s") + ".");
        }
        if (maxDigits != null && decimalPlaces != null && wholeDigits > maxDigits - decimalPlaces) {
            int max = maxDigits - decimalPlaces;
            return java.util.Optional.of("Ensure that there are no more than " + max + " digit"
                    + (max == 1 ? "" : "s") + " before the decimal point.");
        }
        return java.util.Optional.empty();
    }
    // endregion

    @Override
    protected Map<String, String> widgetAttrs() {
        Map<String, String> attrs = super.widgetAttrs();
        if (minValue != null) {
            attrs.put("min", minValue.toString());
        }
        if (maxValue != null) {
            attrs.put("max", maxValue.toString());
        }
        attrs.put("step", decimalPlaces == null ? "any"
                : BigDecimal.ONE.scaleByPowerOfTen(-decimalPlaces).toString().toLowerCase(Locale.ROOT));
        return attrs;
    }
}
