package org.mtvkit.forms;

import java.time.LocalDate;
import java.util.List;

/** A calendar date, in one of Django's default input formats ({@code 2006-10-25}, {@code 10/25/2006}, {@code 10/25/06}). */
public class DateField extends Field<LocalDate> {

    @Override
    public Widget widget() {
        return new Widget.Input("text");
    }

    @Override
    protected LocalDate toValue(List<String> submitted) {
        String text = last(submitted, true);
        if (text == null) {
            return null;
        }
        return Dates.date(text).orElseThrow(() -> new ValidationError("Enter a valid date."));
    }
}
