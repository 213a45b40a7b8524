package org.mtvkit.forms;

import java.util.List;
import java.util.Locale;

/**
 * A checkbox. A browser sends nothing for an unchecked box, so "absent" means false; {@code false}
 * (any case) and the empty text mean false too, anything else true, as Django's {@code CheckboxInput}
 * reads it. Required means "must be checked", as in Django: make it {@code required(false)} for an
 * ordinary yes/no.
 */
public class BooleanField extends Field<Boolean> {

    @Override
    public Widget widget() {
        return new Widget.Checkbox();
    }

    @Override
    protected Boolean toValue(List<String> submitted) {
        if (submitted.isEmpty()) {
            return false;
        }
        String value = submitted.get(submitted.size() - 1);
        return !(value.isEmpty() || value.toLowerCase(Locale.ROOT).equals("false"));
    }

    @Override
    protected void validate(Boolean value) {
        if (!value && isRequired()) {
            throw new ValidationError("This field is required.");
        }
    }
}
