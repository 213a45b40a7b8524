package org.mtvkit.forms;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date and time formats Django 3.2 accepts by default (its first input formats, as
 * {@code strptime} reads them), written as regular expressions: {@code 2006-10-25},
 * {@code 10/25/2006}, {@code 10/25/06}, each optionally followed by {@code 14:30}, {@code 14:30:59}
 * or {@code 14:30:59.000200}, and the ISO form with a {@code T}.
 */
final class Dates {

    private static final String MONTH = "(1[0-2]|0[1-9]|[1-9])";
    private static final String DAY = "(3[01]|[12][0-9]|0[1-9]|[1-9]| [1-9])";
    private static final Pattern ISO = Pattern.compile("([0-9]{4})-" + MONTH + "-" + DAY);
    private static final Pattern US = Pattern.compile(MONTH + "/" + DAY + "/([0-9]{4})");
    private static final Pattern US_SHORT = Pattern.compile(MONTH + "/" + DAY + "/([0-9]{2})");
    private static final Pattern TIME = Pattern.compile(
            "(2[0-3]|[0-1][0-9]|[0-9]):([0-5][0-9]|[0-9])(?::(6[0-1]|[0-5][0-9]|[0-9])(?:\\.([0-9]{1,6}))?)?");
    private static final Pattern PARSE_DATETIME = Pattern.compile("([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})[T ]"
            + "([0-9]{1,2}):([0-9]{1,2})(?::([0-9]{1,2})(?:[.,]([0-9]{1,6})[0-9]{0,6})?)?");

    private Dates() {
    }

    static Optional<LocalDate> date(String text) {
        try {
            Matcher m = ISO.matcher(text);
            if (m.matches()) {
                return Optional.of(LocalDate.of(num(m.group(1)), num(m.group(2)), num(m.group(3))));
            }
            m = US.matcher(text);
            if (m.matches()) {
                return Optional.of(LocalDate.of(num(m.group(3)), num(m.group(1)), num(m.group(2))));
            }
            m = US_SHORT.matcher(text);
            if (m.matches()) {
                int yy = num(m.group(3));                 // strptime's %y: 69-99 are 19xx, 00-68 are 20xx
                return Optional.of(LocalDate.of(yy >= 69 ? 1900 + yy : 2000 + yy, num(m.group(1)), num(m.group(2))));
            }
        } catch (DateTimeException impossibleDay) {
            // February 30th: not a date, the same answer as text that is not one
        }
        return Optional.empty();
    }

    static Optional<LocalDateTime> dateTime(String text) {
        try {
            Matcher iso = PARSE_DATETIME.matcher(text);
            if (iso.matches()) {                          // Django's parse_datetime, tried first
                return Optional.of(LocalDateTime.of(num(iso.group(1)), num(iso.group(2)), num(iso.group(3)),
                        num(iso.group(4)), num(iso.group(5)), iso.group(6) == null ? 0 : num(iso.group(6)),
                        micros(iso.group(7)) * 1000));
            }
        } catch (DateTimeException outOfRange) {
            return Optional.empty();                      // parse_datetime raises ValueError: invalid
        }
        int space = text.indexOf(' ');
        while (space > 0) {                               // "10/25/2006 14:30": a date, a space, a time
            Optional<LocalDate> day = date(text.substring(0, space));
            Matcher time = TIME.matcher(text.substring(space + 1));
            if (day.isPresent() && time.matches()) {
                int second = time.group(3) == null ? 0 : num(time.group(3));
                if (second > 59) {
                    return Optional.empty();
                }
                return Optional.of(day.get().atTime(num(time.group(1)), num(time.group(2)), second,
                        micros(time.group(4)) * 1000));
            }
            space = text.indexOf(' ', space + 1);
        }
        return date(text).map(LocalDate::atStartOfDay);
    }

    private static int num(String digits) {
        return Integer.parseInt(digits.strip());
    }

    private static int micros(String fraction) {
        if (fraction == null) {
            return 0;
        }
        return Integer.parseInt((fraction + "000000").substring(0, 6));
    }
}
