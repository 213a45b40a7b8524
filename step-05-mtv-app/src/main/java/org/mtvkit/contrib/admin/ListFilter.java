package org.mtvkit.contrib.admin;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mtvkit.orm.Database;
import org.mtvkit.orm.QuerySet;

/**
 * One filter of the change list's sidebar, Django's {@code FieldListFilter}: the query parameters it
 * owns, the choices it offers (each a set of parameter values), and the condition it adds.
 */
sealed interface ListFilter permits ListFilter.Booleans, ListFilter.Dates, ListFilter.ForeignKey {

    /** A parameter the filter owns was given a value it cannot use: the change list answers with its error page. */
    final class Incorrect extends RuntimeException {
        Incorrect(String message) {
            super(message);
        }
    }

    /** One choice: its label, and the values of the filter's parameters it sets (empty: parameter absent). */
    record Option(String label, Map<String, String> values) {
    }

    String title();

    List<String> parameters();

    List<Option> options();

    <T> QuerySet<T> apply(QuerySet<T> query, Map<String, String> params);

    static ListFilter of(Database db, Class<?> model, String name) {
        Field f = ModelFields.field(model, name).orElseThrow();
        String title = ModelFields.prettyName(name).toLowerCase(java.util.Locale.ROOT);
        if (ModelFields.isBoolean(f.getType())) {
            return new Booleans(name, title);
        }
        if (ModelFields.isDate(f.getType())) {
            return new Dates(name, title, f.getType());
        }
        return new ForeignKey(db, name, title, ModelFields.related(f).orElseThrow());
    }

    // region: boolean-filter
    /** {@code ?isActive__exact=1}: All, Yes, No. */
    record Booleans(String field, String title) implements ListFilter {
        @Override
        public List<String> parameters() {
            return List.of(field + "__exact");
        }

        @Override
        public List<Option> options() {
            return List.of(new Option("All", Map.of()), new Option("Yes", Map.of(field + "__exact", "1")),
                    new Option("No", Map.of(field + "__exact", "0")));
        }

        @Override
        public <T> QuerySet<T> apply(QuerySet<T> query, Map<String, String> params) {
            String value = params.get(field + "__exact");
            if (value == null) {
                return query;
            }
            return switch (value) {
                case "1", "true", "True" -> query.filter(field, true);
                case "0", "false", "False" -> query.filter(field, false);
                default -> throw new Incorrect("'" + value + "' is not a yes/no value for " + field);
            };
        }
    }
    // endregion

    // region: date-filter
    /** {@code ?pubDate__gte=2026-12-03&pubDate__lt=2026-12-04}: Any date, Today, Past 7 days, This month, This year. */
    record Dates(String field, String title, Class<?> type) implements ListFilter {
        @Override
        public List<String> parameters() {
            return List.of(field + "__gte", field + "__lt");
        }

        @Override
        public List<Option> options() {
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            LocalDate tomorrow = today.plusDays(1);
            LocalDate month = today.withDayOfMonth(1);
            LocalDate year = today.withDayOfYear(1);
            return List.of(new Option("Any date", Map.of()),
                    range("Today", today, tomorrow),
                    range("Past 7 days", today.minusDays(7), tomorrow),
                    range("This month", month, month.plusMonths(1)),
                    range("This year", year, year.plusYears(1)));
        }

        private Option range(String label, LocalDate from, LocalDate to) {
            Map<String, String> values = new LinkedHashMap<>();
            values.put(field + "__gte", from.toString());
            values.put(field + "__lt", to.toString());
            return new Option(label, values);
        }

        @Override
        public <T> QuerySet<T> apply(QuerySet<T> query, Map<String, String> params) {
            QuerySet<T> result = query;
            for (String lookup : List.of("gte", "lt")) {
                String value = params.get(field + "__" + lookup);
                if (value != null) {
                    result = result.filter(field + "__" + lookup, bound(value));
                }
            }
            return result;
        }

        private Object bound(String text) {
            LocalDate date;
            try {
                date = LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
            } catch (DateTimeParseException e) {
                throw new Incorrect("'" + text + "' is not a date (YYYY-MM-DD) for " + field);
            }
            if (type == Instant.class) {
                return date.atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            return type == LocalDateTime.class ? date.atStartOfDay() : date;
        }
    }
    // endregion

    // region: foreign-key-filter
    /** {@code ?question__id__exact=3}: All, then each related object. */
    record ForeignKey(Database db, String field, String title, Class<?> related) implements ListFilter {
        @Override
        public List<String> parameters() {
            return List.of(field + "__id__exact");
        }

        @Override
        public List<Option> options() {
            List<Option> options = new ArrayList<>();
            options.add(new Option("All", Map.of()));
            String pk = ModelFields.primaryKey(related).getName();
            for (Object object : db.objects(related).orderBy(pk).limit(200)) {
                options.add(new Option(String.valueOf(object), Map.of(field + "__id__exact",
                        String.valueOf(ModelFields.pk(object)))));
            }
            return options;
        }

        @Override
        public <T> QuerySet<T> apply(QuerySet<T> query, Map<String, String> params) {
            return Optional.ofNullable(params.get(field + "__id__exact")).map(value -> {
                try {
                    return query.filter(field + "__" + ModelFields.primaryKey(related).getName(), Long.parseLong(value));
                } catch (NumberFormatException e) {
                    throw new Incorrect("'" + value + "' is not an id for " + field);
                }
            }).orElse(query);
        }
    }
    // endregion
}
