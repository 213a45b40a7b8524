package org.mtvkit.forms;

import java.util.List;
import java.util.Map;

/** Text, trimmed, with optional length limits (counted in characters, as Python counts them). */
public class CharField extends Field<String> {

    private int maxLength = -1;
    private int minLength = -1;
    private boolean strip = true;

    public CharField maxLength(int maxLength) {
        this.maxLength = maxLength;
        return this;
    }

    public CharField minLength(int minLength) {
        this.minLength = minLength;
        return this;
    }

    /** Whether surrounding spaces are removed (the default, as Django's {@code strip=True}). */
    public CharField strip(boolean strip) {
        this.strip = strip;
        return this;
    }

    @Override
    public Widget widget() {
        return new Widget.Input(inputType());
    }

    protected String inputType() {
        return "text";
    }

    @Override
    protected String toValue(List<String> submitted) {
        String value = last(submitted, strip);
        return value == null ? "" : value;
    }

    // region: char-validate
    /** Django's three validators, in its order; every message that applies is reported. */
    @Override
    protected void validate(String value) {
        super.validate(value);
        if (value.isEmpty()) {
            return;                                // validators never see an empty value
        }
        List<String> messages = new java.util.ArrayList<>();
        int length = value.codePointCount(0, value.length());
        if (minLength >= 0 && length < minLength) {
            messages.add("Ensure this value has at least " + minLength + " character" + (minLength == 1 ? "" : "s")
                    + " (it has " + length + ").");
        }
        if (maxLength >= 0 && length > maxLength) {
            messages.add("Ensure this value has at most " + maxLength + " character" + (maxLength == 1 ? "" : "s")
                    + " (it has " + length + ").");
        }
        if (value.indexOf('\0') >= 0) {
            messages.add("Null characters are not allowed.");
        }
        if (!messages.isEmpty()) {
            throw new ValidationError(messages);
        }
    }
    // endregion

    @Override
    protected Map<String, String> widgetAttrs() {
        Map<String, String> attrs = super.widgetAttrs();
        if (maxLength >= 0) {
            attrs.put("maxlength", String.valueOf(maxLength));
        }
        if (minLength >= 0) {
            attrs.put("minlength", String.valueOf(minLength));
        }
        return attrs;
    }
}
