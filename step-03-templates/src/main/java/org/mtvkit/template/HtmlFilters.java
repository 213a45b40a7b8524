package org.mtvkit.template;

import static org.mtvkit.template.Filters.Arity.NONE;
import static org.mtvkit.template.Filters.Arity.OPTIONAL;
import static org.mtvkit.template.Filters.Arity.REQUIRED;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Filters that make or read markup and URLs: escaping, line breaks, lists, JavaScript and URL encoding. */
final class HtmlFilters {

    private static final Pattern TAG = Pattern.compile("<[^>]*?>");
    private static final Pattern PARAGRAPHS = Pattern.compile("\n{2,}");
    private static final Pattern ENTITY_WITHOUT_SEMICOLON = Pattern.compile(
            "(&[a-zA-Z][-.a-zA-Z0-9]*|&#[0-9]+|&#[xX][0-9a-fA-F]+)(?=[^-.a-zA-Z0-9;])");

    private HtmlFilters() {
    }

    static void register(Filters f) {
        f.register("escape", NONE, true, (v, a, e) -> Escape.conditional(v));
        f.register("force_escape", NONE, true, (v, a, e) -> new SafeString(Escape.html(text(v))));
        f.register("safe", NONE, true, (v, a, e) -> safe(v));
        f.register("safeseq", NONE, true, (v, a, e) -> Values.asList(v).stream()
                .map(x -> x instanceof SafeString ? x : new SafeString(text(x))).toList());
        f.register("striptags", NONE, true, (v, a, e) -> stripTags(text(v)));
        f.register("linebreaks", NONE, true, HtmlFilters::linebreaks);
        f.register("linebreaksbr", NONE, true, HtmlFilters::linebreaksbr);
        f.register("linenumbers", NONE, true, HtmlFilters::linenumbers);
        f.register("escapejs", NONE, false, (v, a, e) -> new SafeString(escapeJs(text(v))));
        f.register("json_script", REQUIRED, true, (v, a, e) -> new SafeString("<script id=\""
                + Escape.conditional(a).html() + "\" type=\"application/json\">" + Json.write(v).replace("<", "\\u003C")
                .replace(">", "\\u003E").replace("&", "\\u0026") + "</script>"));
        f.register("urlencode", OPTIONAL, false, (v, a, e) -> quote(text(v), a == null ? "/"
                : TextFilters.textArgument(a, "urlencode")));
        f.register("iriencode", NONE, true, (v, a, e) -> quote(text(v), "/#%[]=:;$&()+,!?*@'~"));
        f.register("urlize", NONE, true, (v, a, e) -> Urlize.urlize(v, -1, e));
        f.register("urlizetrunc", REQUIRED, true, (v, a, e) -> Urlize.urlize(v, TextFilters.width(a), e));
        f.register("truncatechars_html", REQUIRED, true, (v, a, e) -> HtmlTruncator.chars(v, a));
        f.register("truncatewords_html", REQUIRED, true, (v, a, e) -> HtmlTruncator.words(v, a));
        f.register("unordered_list", NONE, true, (v, a, e) -> new SafeString(unorderedList(Values.asList(v), 1, e)));
    }

    private static String text(Object value) {
        return Values.text(value);
    }

    /** Django's {@code mark_safe}: the text as it is, now trusted as HTML. */
    private static Object safe(Object value) {
        // task: 03-4 the safe-string rules
        return value instanceof SafeString ? value : new SafeString(text(value));
        // endtask
    }

    // region: striptags
    /**
     * Tags removed, pass after pass, while the text still has a {@code <} and a {@code >} and a pass removes
     * something. Django strips with Python's HTML parser, which also writes an entity it met without its ';'
     * ({@code &b} before a tag) back with one; each pass here does the same.
     */
    private static String stripTags(String s) {
        while (s.indexOf('<') >= 0 && s.indexOf('>') >= 0) {
            String stripped = TAG.matcher(ENTITY_WITHOUT_SEMICOLON.matcher(s).replaceAll("$1;")).replaceAll("");
            if (count(stripped, '<') == count(s, '<')) {
                break;
            }
            s = stripped;
        }
        return s;
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }
    // endregion

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
        // task: 03-4 the safe-string rules
        boolean escape = autoescape && !(value instanceof SafeString);
        String normalized = text(value).replace("\r\n", "\n").replace('\r', '\n');
        return new SafeString((escape ? Escape.html(normalized) : normalized).replace("\n", "<br>"));
        // endtask
    }

    private static Object linenumbers(Object value, Object argument, boolean autoescape) {
        String[] lines = text(value).split("\n", -1);
        boolean escape = autoescape && !(value instanceof SafeString);
        int width = String.valueOf(lines.length).length();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            out.append(String.format("%0" + width + "d. ", i + 1)).append(escape ? Escape.html(lines[i]) : lines[i]);
        }
        return new SafeString(out.toString());
    }

    static String escapeJs(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            if (c < 32 || "\\'\"<>&=-;`\u2028\u2029".indexOf(c) >= 0) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Python's {@code urllib.parse.quote}: all but letters, digits, {@code _.-~} and the safe characters. */
    static String quote(String s, String safe) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 128 && (Character.isLetterOrDigit(c) || "_.-~".indexOf(c) >= 0 || safe.indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    // region: unordered-list
    private static String unorderedList(List<?> items, int tabs, boolean autoescape) {
        String indent = "\t".repeat(tabs);
        List<String> output = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            String sublist = "";
            if (i + 1 < items.size() && items.get(i + 1) instanceof List<?> children) {
                i++;
                if (!children.isEmpty()) {
                    sublist = "\n" + indent + "<ul>\n" + unorderedList(children, tabs + 1, autoescape) + "\n"
                            + indent + "</ul>\n" + indent;
                }
            }
            String shown = autoescape ? Escape.conditional(item).html() : text(item);
            output.add(indent + "<li>" + shown + sublist + "</li>");
        }
        return String.join("\n", output);
    }
    // endregion
}
