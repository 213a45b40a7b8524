package org.mtvkit.template;

import static org.mtvkit.template.Filters.Arity.NONE;
import static org.mtvkit.template.Filters.Arity.OPTIONAL;
import static org.mtvkit.template.Filters.Arity.REQUIRED;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Filters on text: case, padding, truncating, words, and the choosers default, yesno and pluralize. */
final class TextFilters {

    private static final Pattern APOSTROPHE = Pattern.compile("([a-z])'([A-Z])");
    private static final Pattern DIGIT_LETTER = Pattern.compile("\\d([A-Z])");

    private TextFilters() {
    }

    static void register(Filters f) {
        // region: simple-filters
        f.register("lower", NONE, true, (v, a, e) -> text(v).toLowerCase(Locale.ROOT));
        f.register("upper", NONE, false, (v, a, e) -> text(v).toUpperCase(Locale.ROOT));
        f.register("default", REQUIRED, false, (v, a, e) -> Values.truthy(v) ? v : a);
        f.register("default_if_none", REQUIRED, false, (v, a, e) -> v == null ? a : v);
        // endregion
        f.register("title", NONE, true, (v, a, e) -> title(text(v)));
        f.register("capfirst", NONE, true, (v, a, e) -> capfirst(text(v)));
        f.register("center", REQUIRED, true, (v, a, e) -> pad(text(v), width(a), 'c'));
        f.register("ljust", REQUIRED, true, (v, a, e) -> pad(text(v), width(a), 'l'));
        f.register("rjust", REQUIRED, true, (v, a, e) -> pad(text(v), width(a), 'r'));
        f.register("cut", REQUIRED, false, TextFilters::cut);
        f.register("addslashes", NONE, true, (v, a, e) -> text(v).replace("\\", "\\\\").replace("\"", "\\\"")
                .replace("'", "\\'"));
        f.register("slugify", NONE, true, (v, a, e) -> slugify(text(v)));
        f.register("truncatechars", REQUIRED, true, (v, a, e) -> truncateChars(v, a));
        f.register("truncatewords", REQUIRED, true, (v, a, e) -> truncateWords(v, a));
        f.register("wordcount", NONE, false, (v, a, e) -> words(text(v)).size());
        f.register("wordwrap", REQUIRED, true, (v, a, e) -> Wrap.wrap(text(v), width(a)));
        f.register("make_list", NONE, false, (v, a, e) -> Values.asList(text(v)));
        f.register("phone2numeric", NONE, true, (v, a, e) -> phone2numeric(textOnly(v, "phone2numeric")));
        f.register("stringformat", REQUIRED, true, (v, a, e) -> StringFormat.format(v, text(a)));
        f.register("pluralize", OPTIONAL, false, (v, a, e) -> pluralize(v, a));
        f.register("yesno", OPTIONAL, false, (v, a, e) -> yesno(v, a));
    }

    static String text(Object value) {
        return Values.text(value);
    }

    /** An argument Django uses as text (it calls a string method on it): a number there fails, as in Python. */
    static String textArgument(Object argument, String filter) {
        if (argument instanceof Number || argument instanceof Boolean) {
            throw new IllegalArgumentException(filter + " needs text as its argument, not the number "
                    + Values.text(argument));
        }
        return text(argument);
    }

    /** For the few filters Django does not turn their value into text first: anything else fails. */
    static String textOnly(Object value, String filter) {
        if (!Values.isText(value)) {
            throw new IllegalArgumentException(filter + " works on text, not on a " + Values.typeName(value));
        }
        return text(value);
    }

    /** Python's {@code int(argument)}, or an error Django would also raise. */
    static int width(Object argument) {
        Long n = Numbers.pythonInt(argument);
        if (n == null || argument instanceof Double) {
            if (argument instanceof Double d) {
                return (int) d.doubleValue();
            }
            throw new IllegalArgumentException("expected a whole number as argument, got '" + text(argument) + "'");
        }
        return (int) Math.max(-100_000, Math.min(100_000, n));
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
        String titled = APOSTROPHE.matcher(out).replaceAll(m -> m.group().toLowerCase(Locale.ROOT));
        return DIGIT_LETTER.matcher(titled).replaceAll(m -> m.group().toLowerCase(Locale.ROOT));
    }

    private static String capfirst(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Python's {@code str.center}, {@code ljust} and {@code rjust}. */
    private static String pad(String s, int width, char how) {
        int margin = width - s.length();
        if (margin <= 0) {
            return s;
        }
        int left = switch (how) {
            case 'l' -> 0;
            case 'r' -> margin;
            default -> margin / 2 + (margin & width & 1);
        };
        return " ".repeat(left) + s + " ".repeat(margin - left);
    }

    private static Object cut(Object value, Object argument, boolean autoescape) {
        String cut = text(value).replace(textArgument(argument, "cut"), "");
        // Cutting ';' out of safe markup could break an entity like &amp; so the result is no longer safe.
        return value instanceof SafeString && !text(argument).equals(";") ? new SafeString(cut) : cut;
    }

    private static String slugify(String s) {
        String ascii = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("[^\\p{ASCII}]", "");
        String cleaned = ascii.replaceAll("[^\\w\\s-]", "").toLowerCase(Locale.ROOT).strip();
        return cleaned.replaceAll("[-\\s]+", "-").replaceAll("^[-_]+|[-_]+$", "");
    }

    // region: truncatechars
    /** A non-integer length leaves the value as it is, as in Django. */
    private static Object truncateChars(Object value, Object argument) {
        Long limit = Numbers.pythonInt(argument);
        if (limit == null || argument instanceof Double) {
            return value;
        }
        String s = Normalizer.normalize(text(value), Normalizer.Form.NFC);
        if (s.codePointCount(0, s.length()) <= limit) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, (int) Math.max(0, limit - 1))) + "…";
    }
    // endregion

    private static Object truncateWords(Object value, Object argument) {
        Long limit = Numbers.pythonInt(argument);
        if (limit == null || argument instanceof Double) {
            return value;
        }
        List<String> words = words(text(value));
        if (words.size() <= limit) {
            return String.join(" ", words);
        }
        // Python's words[:limit]: a negative limit drops that many from the end.
        int end = limit >= 0 ? limit.intValue() : Math.max(0, words.size() + limit.intValue());
        String kept = String.join(" ", words.subList(0, end));
        return kept.endsWith(" …") ? kept : kept + " …";
    }

    static List<String> words(String s) {
        String stripped = s.strip();
        return stripped.isEmpty() ? List.of() : List.of(stripped.split("\\s+"));
    }

    private static String phone2numeric(String s) {
        String keys = "abcdefghijklmnopqrstuvwxyz";
        String digits = "22233344455566677778889999";
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            int i = keys.indexOf(Character.toLowerCase(c));
            out.append(i < 0 ? c : digits.charAt(i));
        }
        return out.toString();
    }

    // region: pluralize
    private static Object pluralize(Object value, Object argument) {
        String arg = argument == null ? "s" : textArgument(argument, "pluralize");
        if (!arg.contains(",")) {
            arg = "," + arg;
        }
        String[] bits = arg.split(",", -1);
        if (bits.length > 2) {
            return "";
        }
        String singular = bits[0];
        String plural = bits[1];
        Double number = Numbers.pythonFloat(value);
        if (number != null) {
            return number == 1 ? singular : plural;
        }
        if (Values.isText(value)) {
            return ""; // text that is not a number: Django gives up
        }
        if (value instanceof java.util.Collection || value instanceof java.util.Map
                || (value != null && value.getClass().isArray())) {
            return ListFilters.length(value) == 1 ? singular : plural;
        }
        return "";
    }
    // endregion

    private static Object yesno(Object value, Object argument) {
        String[] bits = (argument == null ? "yes,no,maybe" : textArgument(argument, "yesno")).split(",", -1);
        if (bits.length < 2) {
            return value;
        }
        String maybe = bits.length == 3 ? bits[2] : bits[1];
        if (value == null) {
            return maybe;
        }
        return Values.truthy(value) ? bits[0] : bits[1];
    }

    /**
     * Django's {@code wrap}: each line through Python's {@code textwrap} (long words are not broken, spaces at
     * the ends of wrapped lines are dropped, and so are lines left empty), joined with newlines.
     */
    static final class Wrap {
        private Wrap() {
        }

        static String wrap(String text, int width) {
            if (width <= 0) {
                throw new IllegalArgumentException("invalid width " + width + " (must be > 0)");
            }
            List<String> result = new ArrayList<>();
            for (String line : splitKeepingEnds(text)) {
                result.addAll(wrapLine(line, width));
            }
            return String.join("\n", result);
        }

        // region: textwrap
        private static List<String> wrapLine(String line, int width) {
            // textwrap turns every whitespace character into a space, then cuts words from runs of spaces.
            String munged = line.replace("\t", "        ").replaceAll("[\\n\\r\\x0b\\f]", " ");
            List<String> chunks = new ArrayList<>(List.of(munged.split("(?<= )(?! )|(?<! )(?= )")));
            chunks.removeIf(String::isEmpty);
            List<String> lines = new ArrayList<>();
            int next = 0;
            while (next < chunks.size()) {
                if (chunks.get(next).isBlank() && !lines.isEmpty()) {
                    next++;
                    continue;
                }
                List<String> current = new ArrayList<>();
                int length = 0;
                while (next < chunks.size() && length + chunks.get(next).length() <= width) {
                    length += chunks.get(next).length();
                    current.add(chunks.get(next++));
                }
                if (next < chunks.size() && chunks.get(next).length() > width && current.isEmpty()) {
                    current.add(chunks.get(next++));
                }
                if (!current.isEmpty() && current.get(current.size() - 1).isBlank()) {
                    current.remove(current.size() - 1);
                }
                if (!current.isEmpty()) {
                    lines.add(String.join("", current));
                }
            }
            return lines;
        }
        // endregion

        private static List<String> splitKeepingEnds(String text) {
            List<String> lines = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    lines.add(text.substring(start, i + 1));
                    start = i + 1;
                }
            }
            if (start < text.length()) {
                lines.add(text.substring(start));
            }
            return lines;
        }
    }
}
