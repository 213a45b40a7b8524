package org.mtvkit.orm;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The parts of a date or time a lookup can compare, as Django's transforms: {@code pubDate__year=2026},
 * {@code pubDate__month__gte=6}, {@code pubDate__date=LocalDate.of(2026, 1, 15)}. Instants are read in
 * UTC, as Django does with {@code USE_TZ} and {@code TIME_ZONE = "UTC"}. {@link #WEEK_DAY} is Django's
 * {@code week_day}: 1 is Sunday, 7 is Saturday.
 */
public enum DatePart {
    YEAR, MONTH, DAY, WEEK_DAY, HOUR, MINUTE, DATE;

    private final String lookupName = name().toLowerCase(java.util.Locale.ROOT); // asked for by every lookup

    /** The name in a lookup: {@code year}, {@code week_day}. */
    public String lookupName() {
        return lookupName;
    }

    /** Whether a field of {@code type} has this part: a date has no hour. */
    boolean appliesTo(Class<?> type) {
        if (type == LocalDate.class) {
            return this != HOUR && this != MINUTE && this != DATE;
        }
        return type == LocalDateTime.class || type == Instant.class;
    }
}
