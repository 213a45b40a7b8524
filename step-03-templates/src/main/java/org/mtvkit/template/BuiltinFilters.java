package org.mtvkit.template;

import static org.mtvkit.template.Filters.Arity.NONE;
import static org.mtvkit.template.Filters.Arity.OPTIONAL;
import static org.mtvkit.template.Filters.Arity.REQUIRED;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Django's built-in filters, each a few lines, with Django's edge cases where they matter. */
final class BuiltinFilters {

    private static final Pattern TAG = Pattern.compile("<[^>]*?>");
    private static final Pattern PARAGRAPHS = Pattern.compile("\n{2,}");

    private BuiltinFilters() {
    }

    static Filters create() {
        Filters f = new Filters();
        // region: simple-filters
        f.register("lower", NONE, true, (v, a, e) -> text(v).toLowerCase(Locale.ROOT));
        f.register("upper", NONE, true, (v, a, e) -> text(v).toUpperCase(Locale.ROOT));
        f.register("default", REQUIRED, false, (v, a, e) -> Values.truthy(v) ? v : a);
        f.register("default_if_none", REQUIRED, false, (v, a, e) -> v == null ? a : v);
        // endregion
        f.register("length", NONE, false, (v, a, e) -> length(v));
        f.register("title", NONE, true, (v, a, e) -> title(text(v)));
        f.register("capfirst", NONE, true, (v, a, e) -> capfirst(text(v)));
        f.register("pluralize", OPTIONAL, false, BuiltinFilters::pluralize);
        f.register("truncatechars", REQUIRED, true, (v, a, e) -> truncateChars(text(v), a));
        f.register("truncatewords", REQUIRED, true, (v, a, e) -> truncateWords(text(v), a));
        f.register("join", REQUIRED, false, BuiltinFilters::join);
        f.register("linebreaks", NONE, false, BuiltinFilters::linebreaks);
        f.register("linebreaksbr", NONE, false, BuiltinFilters::linebreaksbr);
        f.register("escape", NONE, false, (v, a, e) -> Escape.conditional(v));
        f.register("safe", NONE, false, (v, a, e) -> v instanceof SafeString ? v : new SafeString(text(v)));
        f.register("striptags", NONE, true, (v, a, e) -> stripTags(text(v)));
        f.register("slugify", NONE, true, (v, a, e) -> slugify(text(v)));
        f.register("add", REQUIRED, false, (v, a, e) -> add(v, a));
        f.register("yesno", OPTIONAL, false, BuiltinFilters::yesno);
        f.register("floatformat", OPTIONAL, true, (v, a, e) -> floatformat(v, a));
        f.register("first", NONE, false, (v, a, e) -> firstOrLast(v, true));
        f.register("last", NONE, false, (v, a, e) -> firstOrLast(v, false));
        f.register("cut", REQUIRED, false, BuiltinFilters::cut);
        f.register("wordcount", NONE, false, (v, a, e) -> words(text(v)).size());
        f.register("date", OPTIONAL, false, (v, a, e) -> DateFormat.format(v, a == null ? "N j, Y" : text(a)));
        return f;
    }

    private static String text(Object value) {
        return Values.text(value);
    }

    private static int length(Object v) {
        if (Values.isText(v)) {
            return text(v).codePointCount(0, text(v).length());
        }
        if (v instanceof Collection<?> c) {
            return c.size();
        }
        if (v instanceof Map<?, ?> m) {
            return m.size();
        }
        if (v != null && v.getClass().isArray()) {
            return Array.getLength(v);
        }
        return 0;
    }

    /** Python's {@code str.title()} with Django's two fixes: "they're" and "1st" stay as they are. */
    private static String title(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean afterLetter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(afterLetter ? Character.toLowerCase(c) : Character.toUpperCase(c));
            afterLetter = Character.isLetter(c);
        }
        String titled = Pattern.compile("([a-z])'([A-Z])").matcher(out)
                .replaceAll(m -> m.group().toLowerCase(Locale.ROOT));
        return Pattern.compile("\\d([A-Z])").matcher(titled).replaceAll(m -> m.group().toLowerCase(Locale.ROOT));
    }

    private static String capfirst(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    // region: pluralize
    private static Object pluralize(Object value, Object argument, boolean autoescape) {
        String[] suffixes = (argument == null ? "s" : text(argument)).split(",", -1);
        if (suffixes.length > 2) {
            return "";
        }
        String singular = suffixes.length == 2 ? suffixes[0] : "";
        String plural = suffixes[suffixes.length - 1];
        if (value instanceof Number n) {
            return n.doubleValue() == 1 ? singular : plural;
        }
        if (Values.isText(value)) {
            try {
                return Double.parseDouble(text(value)) == 1 ? singular : plural;
            } catch (NumberFormatException e) {
                // not a number: count its characters, as Python's len() would
            }
        }
        if (Values.isText(value) || value instanceof Collection || value instanceof Map
                || (value != null && value.getClass().isArray())) {
            return length(value) == 1 ? singular : plural;
        }
        return singular;
    }
    // endregion

    private static String truncateChars(String s, Object argument) {
        int limit = toInt(argument);
        int length = s.codePointCount(0, s.length());
        if (length <= limit) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, Math.max(0, limit - 1))) + "…";
    }

    private static String truncateWords(String s, Object argument) {
        int limit = toInt(argument);
        List<String> words = words(s);
        if (words.size() <= limit) {
            return String.join(" ", words);
        }
        return String.join(" ", words.subList(0, Math.max(0, limit))) + " …";
    }

    private static List<String> words(String s) {
        String stripped = s.strip();
        return stripped.isEmpty() ? List.of() : List.of(stripped.split("\\s+"));
    }

    private static Object join(Object value, Object separator, boolean autoescape) {
        if (value == null || Values.isText(value) && text(value).isEmpty()) {
            return value;
        }
        StringBuilder out = new StringBuilder();
        String glue = autoescape ? Escape.conditional(separator).html() : text(separator);
        List<?> items = Values.asList(value);
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append(glue);
            }
            out.append(autoescape ? Escape.conditional(items.get(i)).html() : text(items.get(i)));
        }
        return new SafeString(out.toString());
    }

    // region: linebreaks
    private static Object linebreaks(Object value, Object argument, boolean autoescape) {
        boolean escape = autoescape && !(value instanceof SafeString);
        String normalized = text(value).replace("\r\n", "\n").replace('\r', '\n');
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : PARAGRAPHS.split(normalized, -1)) {
            String body = escape ? Escape.html(paragraph) : paragraph;
            paragraphs.add("<p>" + body.replace("\n", "<br>") + "</p>");
        }
        return new SafeString(String.join("\n\n", paragraphs));
    }
    // endregion

    private static Object linebreaksbr(Object value, Object argument, boolean autoescape) {
        boolean escape = autoescape && !(value instanceof SafeString);
        String normalized = text(value).replace("\r\n", "\n").replace('\r', '\n');
        return new SafeString((escape ? Escape.html(normalized) : normalized).replace("\n", "<br>"));
    }

    private static String stripTags(String s) {
        String previous;
        do {
            previous = s;
            s = TAG.matcher(s).replaceAll("");
        } while (!s.equals(previous));
        return s;
    }

    private static String slugify(String s) {
        String ascii = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("[^\\p{ASCII}]", "");
        String cleaned = ascii.replaceAll("[^\\w\\s-]", "").toLowerCase(Locale.ROOT).strip();
        return cleaned.replaceAll("[-\\s]+", "-").replaceAll("^[-_]+|[-_]+$", "");
    }

    /** Integers add as integers; otherwise numbers, text or lists are combined; anything else gives "". */
    private static Object add(Object value, Object argument) {
        Long x = asLong(value);
        Long y = asLong(argument);
        if (x != null && y != null) {
            long sum = x + y;
            return sum == (int) sum ? (Object) (int) sum : (Object) sum;
        }
        if (value instanceof Number a && argument instanceof Number b) {
            return Values.toBigDecimal(a).add(Values.toBigDecimal(b));
        }
        if (Values.isText(value) && Values.isText(argument)) {
            return text(value) + text(argument);
        }
        if (value instanceof List<?> a && argument instanceof List<?> b) {
            List<Object> joined = new ArrayList<>(a);
            joined.addAll(b);
            return joined;
        }
        return "";
    }

    private static Long asLong(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Number n) {
            return (long) n.doubleValue();
        }
        if (Values.isText(value)) {
            try {
                return Long.parseLong(text(value).strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static Object yesno(Object value, Object argument, boolean autoescape) {
        String[] choices = (argument == null ? "yes,no,maybe" : text(argument)).split(",", -1);
        if (choices.length < 2) {
            return value;
        }
        if (value == null) {
            return choices.length > 2 ? choices[2] : choices[1];
        }
        return Values.truthy(value) ? choices[0] : choices[1];
    }

    // region: floatformat
    /** Django's default (-1): one decimal, but none when the number is whole. N: always N; -N: N unless whole. */
    private static Object floatformat(Object value, Object argument) {
        BigDecimal number;
        try {
            number = value instanceof Number n ? Values.toBigDecimal(n) : new BigDecimal(text(value).strip());
        } catch (NumberFormatException e) {
            return "";
        }
        int places;
        try {
            places = argument == null ? -1 : Integer.parseInt(text(argument).strip());
        } catch (NumberFormatException e) {
            return value;
        }
        boolean whole = number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
        if (whole && places <= 0) {
            return number.setScale(0, RoundingMode.HALF_UP).toPlainString();
        }
        return number.setScale(Math.abs(places), RoundingMode.HALF_UP).toPlainString();
    }
    // endregion

    private static Object firstOrLast(Object value, boolean first) {
        if (value == null) {
            return "";
        }
        List<?> items = Values.asList(value);
        if (items.isEmpty()) {
            return "";
        }
        return first ? items.get(0) : items.get(items.size() - 1);
    }

    private static Object cut(Object value, Object argument, boolean autoescape) {
        String cut = text(value).replace(text(argument), "");
        // Cutting ';' out of safe markup could break an entity like &amp; so the result is no longer safe.
        return value instanceof SafeString && !text(argument).equals(";") ? new SafeString(cut) : cut;
    }

    private static int toInt(Object argument) {
        if (argument instanceof Number n) {
            return n.intValue();
        }
        try {
            return Integer.parseInt(text(argument).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a whole number as argument, got '" + text(argument) + "'");
        }
    }
}
