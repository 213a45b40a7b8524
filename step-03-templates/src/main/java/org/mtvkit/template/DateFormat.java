package org.mtvkit.template;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The {@code date} filter: Django's format characters ({@code "N j, Y"}, {@code "Y-m-d H:i"}) applied to
 * {@code java.time} values. Any other character is copied; a backslash copies the next one as is.
 */
final class DateFormat {

    private static final String[] AP_MONTHS = {"Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.",
        "Sept.", "Oct.", "Nov.", "Dec."};

    // Every character Django's date format gives a meaning to.
    private static final String FORMAT_CHARACTERS = "aAbcdDeEfFgGhHiIjlLmMnNoOPrsStTUuwWyYzZ";

    private DateFormat() {
    }

    static Object format(Object value, String format) {
        LocalDate date;
        LocalTime time;
        if (value instanceof LocalDateTime t) {
            date = t.toLocalDate();
            time = t.toLocalTime();
        } else if (value instanceof LocalDate d) {
            date = d;
            time = null;
        } else if (value instanceof ZonedDateTime z) {
            date = z.toLocalDate();
            time = z.toLocalTime();
        } else if (value instanceof OffsetDateTime o) {
            date = o.toLocalDate();
            time = o.toLocalTime();
        } else if (value instanceof Instant i) {
            LocalDateTime utc = LocalDateTime.ofInstant(i, ZoneOffset.UTC);
            date = utc.toLocalDate();
            time = utc.toLocalTime();
        } else {
            return literalOnly(format);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '\\' && i + 1 < format.length()) {
                out.append(format.charAt(++i));
            } else if ("dDjlNmnMbFyY".indexOf(c) >= 0) {
                out.append(datePart(c, date));
            } else if ("HGhgisAaP".indexOf(c) >= 0) {
                if (time == null) {
                    throw new IllegalArgumentException("format character '" + c + "' needs a time of day, and a "
                            + value.getClass().getSimpleName() + " has none");
                }
                out.append(timePart(c, time));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A value that is not a date: as in Django, a format with no format character in it comes out as written
     * (its backslashes removed); one that asks for any part of a date gives nothing.
     */
    private static String literalOnly(String format) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '\\' && i + 1 < format.length()) {
                out.append(format.charAt(++i));
            } else if (FORMAT_CHARACTERS.indexOf(c) >= 0) {
                return "";
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String datePart(char c, LocalDate date) {
        return switch (c) {
            case 'd' -> two(date.getDayOfMonth());
            case 'j' -> String.valueOf(date.getDayOfMonth());
            case 'D' -> date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            case 'l' -> date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case 'N' -> AP_MONTHS[date.getMonthValue() - 1];
            case 'm' -> two(date.getMonthValue());
            case 'n' -> String.valueOf(date.getMonthValue());
            case 'M' -> date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            case 'b' -> date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            case 'F' -> date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case 'y' -> two(date.getYear() % 100);
            default -> String.valueOf(date.getYear());
        };
    }

    private static String timePart(char c, LocalTime time) {
        int twelve = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        return switch (c) {
            case 'H' -> two(time.getHour());
            case 'G' -> String.valueOf(time.getHour());
            case 'h' -> two(twelve);
            case 'g' -> String.valueOf(twelve);
            case 'i' -> two(time.getMinute());
            case 's' -> two(time.getSecond());
            case 'A' -> time.getHour() < 12 ? "AM" : "PM";
            case 'P' -> time.getHour() == 0 && time.getMinute() == 0 ? "midnight"
                    : time.getHour() == 12 && time.getMinute() == 0 ? "noon"
                    : (time.getMinute() == 0 ? String.valueOf(twelve) : twelve + ":" + two(time.getMinute()))
                    + (time.getHour() < 12 ? " a.m." : " p.m.");
            default -> time.getHour() < 12 ? "a.m." : "p.m.";
        };
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }
}
