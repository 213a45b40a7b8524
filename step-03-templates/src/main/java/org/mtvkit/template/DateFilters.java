package org.mtvkit.template;

import static org.mtvkit.template.Filters.Arity.OPTIONAL;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.Temporal;

/** Filters on dates and times: date, time, timesince, timeuntil. A value that is not a date gives nothing. */
final class DateFilters {

    private DateFilters() {
    }

    static void register(Filters f) {
        f.register("date", OPTIONAL, false, (v, a, e) -> v == null || "".equals(Values.text(v)) ? ""
                : DateFormat.format(v, a == null || "".equals(Values.text(a)) ? "N j, Y" : Values.text(a)));
        f.register("time", OPTIONAL, false, (v, a, e) -> v == null || "".equals(Values.text(v)) ? ""
                : DateFormat.format(v, a == null || "".equals(Values.text(a)) ? "P" : Values.text(a), true));
        f.register("timesince", OPTIONAL, false, (v, a, e) -> since(v, a == null ? LocalDateTime.now() : a));
        f.register("timeuntil", OPTIONAL, false, (v, a, e) -> since(a == null ? LocalDateTime.now() : a, v));
    }

    // region: timesince
    /** "3 days, 2 hours": the two largest units between two moments, as Django's timesince writes them. */
    static String since(Object from, Object to) {
        if (!Values.truthy(from) || !Values.truthy(to)) {
            return "";
        }
        LocalDateTime start = asDateTime(from);
        LocalDateTime end = asDateTime(to);
        if (start == null || end == null) {
            // Django fails on a value that is not a date (it has no year to read), and so does the kit.
            throw new IllegalArgumentException("timesince and timeuntil need dates, not a "
                    + Values.typeName(start == null ? from : to));
        }
        long minutes = Duration.between(start, end).toMinutes();
        if (minutes <= 0) {
            return "0\u00a0minutes";
        }
        long[] sizes = {365L * 24 * 60, 30L * 24 * 60, 7L * 24 * 60, 24L * 60, 60, 1};
        String[] names = {"year", "month", "week", "day", "hour", "minute"};
        for (int i = 0; i < sizes.length; i++) {
            long count = minutes / sizes[i];
            if (count > 0) {
                String result = unit(count, names[i]);
                if (i + 1 < sizes.length) {
                    long next = (minutes - count * sizes[i]) / sizes[i + 1];
                    if (next > 0) {
                        result += ", " + unit(next, names[i + 1]);
                    }
                }
                return result;
            }
        }
        return "0\u00a0minutes";
    }
    // endregion

    private static String unit(long count, String name) {
        return count + "\u00a0" + name + (count == 1 ? "" : "s");
    }

    private static LocalDateTime asDateTime(Object value) {
        if (value instanceof LocalDateTime t) {
            return t;
        }
        if (value instanceof LocalDate d) {
            return d.atStartOfDay();
        }
        if (value instanceof Temporal t) {
            try {
                return LocalDateTime.from(t);
            } catch (RuntimeException e) {
                return null;
            }
        }
        return null;
    }
}
