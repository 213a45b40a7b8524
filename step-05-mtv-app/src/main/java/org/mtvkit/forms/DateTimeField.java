package org.mtvkit.forms;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** A date and time without a zone, as Django reads one with {@code USE_TZ} off ({@code 2006-10-25 14:30:59}). */
public class DateTimeField extends Field<LocalDateTime> {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Override
    public Widget widget() {
        return new Widget.Input("text");
    }

    @Override
    protected LocalDateTime toValue(List<String> submitted) {
        String text = last(submitted, true);
        if (text == null) {
            return null;
        }
        return Dates.dateTime(text).orElseThrow(() -> new ValidationError("Enter a valid date/time."));
    }

    @Override
    protected String format(Object value) {
        return value instanceof LocalDateTime time ? SHOWN.format(time) : super.format(value);
    }
}
