package org.mtvkit.template;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * The {@code date} and {@code time} filters and {@code {% now %}}: Django's format characters
 * ({@code "N j, Y"}, {@code "Y-m-d H:i"}) applied to {@code java.time} values. Any other character is copied;
 * a backslash copies the next one as is. A value without a zone is taken as UTC.
 */
final class DateFormat {

    private static final String[] AP_MONTHS = {"Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.",
        "Sept.", "Oct.", "Nov.", "Dec."};
    // Every character Django's date format gives a meaning to, and those that need a time of day.
    private static final String FORMAT_CHARACTERS = "aAbcdDeEfFgGhHiIjlLmMnNoOPrsStTUuwWyYzZ";
    private static final String TIME_CHARACTERS = "aAcefgGhHiIOPrsTuUZ";
    // The characters of Django's TimeFormat, all the time filter knows.
    private static final String TIME_FILTER_CHARACTERS = "aAefgGhHiIOPsTuZ";

    /** What Django does with a format character it cannot apply: no output at all, or an error. */
    private static final class Unformattable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unformattable() {
            super(null, null, false, false);
        }
    }

    private DateFormat() {
    }

    static Object format(Object value, String format) {
        return format(value, format, false);
    }

    // region: format
    /**
     * The value formatted. As in Django, the {@code time} filter gives nothing when a character does not
     * apply to the value; the {@code date} filter does too for a time of day, but a date asked for a time
     * character is an error.
     */
    static Object format(Object value, String format, boolean timeFilter) {
        try {
            return apply(value, format, timeFilter);
        } catch (Unformattable e) {
            return "";
        }
    }
    // endregion

    private static Object apply(Object value, String format, boolean timeFilter) {
        LocalDate date;
        LocalTime time;
        ZoneOffset offset = null;
        if (value instanceof LocalDateTime t) {
            date = t.toLocalDate();
            time = t.toLocalTime();
        } else if (value instanceof LocalDate d) {
            date = d;
            time = null;
        } else if (value instanceof LocalTime t) {
            date = null;
            time = t;
        } else if (value instanceof ZonedDateTime z) {
            date = z.toLocalDate();
            time = z.toLocalTime();
            offset = z.getOffset();
        } else if (value instanceof OffsetDateTime o) {
            date = o.toLocalDate();
            time = o.toLocalTime();
            offset = o.getOffset();
        } else if (value instanceof Instant i) {
            LocalDateTime utc = LocalDateTime.ofInstant(i, ZoneOffset.UTC);
            date = utc.toLocalDate();
            time = utc.toLocalTime();
            offset = ZoneOffset.UTC;
        } else {
            return literalOnly(format);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '\\' && i + 1 < format.length()) {
                out.append(format.charAt(++i));
            } else if (FORMAT_CHARACTERS.indexOf(c) < 0) {
                out.append(c);
            } else if (timeFilter && TIME_FILTER_CHARACTERS.indexOf(c) < 0) {
                throw new Unformattable();
            } else if (date != null && time == null && "cUI".indexOf(c) >= 0) {
                out.append(c == 'c' ? date.toString()
                        : c == 'U' ? String.valueOf(date.atStartOfDay().toEpochSecond(ZoneOffset.UTC)) : "");
            } else if (date == null && c == 'c') {
                out.append(time.toString().length() == 5 ? time + ":00" : time.toString());
            } else if (date == null && (TIME_CHARACTERS.indexOf(c) < 0 || "IOTZUre".indexOf(c) >= 0)) {
                throw new Unformattable();
            } else if (TIME_CHARACTERS.indexOf(c) >= 0 && time == null) {
                if (timeFilter) {
                    throw new Unformattable();
                }
                throw new IllegalArgumentException("format character '" + c + "' needs a time of day, and a "
                        + value.getClass().getSimpleName() + " has none");
            } else {
                out.append(TIME_CHARACTERS.indexOf(c) >= 0 ? timePart(c, date, time, offset) : datePart(c, date));
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

    // region: date-part
    private static String datePart(char c, LocalDate date) {
        return switch (c) {
            case 'd' -> two(date.getDayOfMonth());
            case 'j' -> String.valueOf(date.getDayOfMonth());
            case 'D' -> date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            case 'l' -> date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case 'w' -> String.valueOf(date.getDayOfWeek().getValue() % 7);
            case 'S' -> suffix(date.getDayOfMonth());
            case 'z' -> String.valueOf(date.getDayOfYear());
            case 'W' -> String.valueOf(date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case 'o' -> String.valueOf(date.get(IsoFields.WEEK_BASED_YEAR));
            case 'N' -> AP_MONTHS[date.getMonthValue() - 1];
            case 'm' -> two(date.getMonthValue());
            case 'n' -> String.valueOf(date.getMonthValue());
            case 't' -> String.valueOf(date.lengthOfMonth());
            case 'L' -> date.isLeapYear() ? "True" : "False";
            case 'M' -> date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            case 'b' -> date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            case 'F', 'E' -> date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case 'y' -> two(date.getYear() % 100);
            default -> String.valueOf(date.getYear());
        };
    }
    // endregion

    private static String timePart(char c, LocalDate date, LocalTime time, ZoneOffset offset) {
        int twelve = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        ZoneOffset zone = offset == null ? ZoneOffset.UTC : offset;
        return switch (c) {
            case 'H' -> two(time.getHour());
            case 'G' -> String.valueOf(time.getHour());
            case 'h' -> two(twelve);
            case 'g' -> String.valueOf(twelve);
            case 'i' -> two(time.getMinute());
            case 's' -> two(time.getSecond());
            case 'u' -> String.format("%06d", time.getNano() / 1000);
            case 'A' -> time.getHour() < 12 ? "AM" : "PM";
            case 'f' -> time.getMinute() == 0 ? String.valueOf(twelve) : twelve + ":" + two(time.getMinute());
            case 'P' -> time.getHour() == 0 && time.getMinute() == 0 ? "midnight"
                    : time.getHour() == 12 && time.getMinute() == 0 ? "noon"
                    : timePart('f', date, time, offset) + (time.getHour() < 12 ? " a.m." : " p.m.");
            case 'e' -> offset == null ? "" : offset.getId().equals("Z") ? "UTC" : offset.getId();
            case 'I' -> "0";
            case 'O' -> offset(zone, "");
            case 'T' -> offset == null || offset.equals(ZoneOffset.UTC) ? "UTC" : offset(zone, "");
            case 'Z' -> String.valueOf(zone.getTotalSeconds());
            case 'U' -> date == null ? "" : String.valueOf(LocalDateTime.of(date, time).toEpochSecond(zone));
            case 'c' -> datePart('Y', date) + "-" + datePart('m', date) + "-" + datePart('d', date) + "T"
                    + two(time.getHour()) + ":" + two(time.getMinute()) + ":" + two(time.getSecond())
                    + (time.getNano() / 1000 == 0 ? "" : "." + timePart('u', date, time, offset))
                    + (offset == null ? "" : offset(zone, ":"));
            case 'r' -> datePart('D', date) + ", " + datePart('d', date) + " " + datePart('M', date) + " "
                    + datePart('Y', date) + " " + two(time.getHour()) + ":" + two(time.getMinute()) + ":"
                    + two(time.getSecond()) + " " + offset(zone, "");
            default -> time.getHour() < 12 ? "a.m." : "p.m.";
        };
    }

    private static String offset(ZoneOffset zone, String separator) {
        int seconds = zone.getTotalSeconds();
        int minutes = Math.abs(seconds) / 60;
        return (seconds < 0 ? "-" : "+") + two(minutes / 60) + separator + two(minutes % 60);
    }

    /** The English ordinal suffix: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st. */
    private static String suffix(int day) {
        if (day >= 11 && day <= 13) {
            return "th";
        }
        return switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }
}
