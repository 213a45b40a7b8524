package org.mtvkit.template;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code urlize}: web addresses and e-mail addresses in text become links, the rest is escaped. */
final class Urlize {

    private static final Pattern WORD_SPLIT = Pattern.compile("([\\s<>\"']+)");
    private static final Pattern SIMPLE_URL = Pattern.compile("^https?://\\[?\\w", Pattern.CASE_INSENSITIVE);
    private static final Pattern SIMPLE_URL_2 = Pattern.compile(
            "^www\\.|^(?!http)\\w[^@]+\\.(com|edu|gov|int|mil|net|org)($|/.*)$", Pattern.CASE_INSENSITIVE);
    private static final String TRAILING = ".,:;!";

    private Urlize() {
    }

    static SafeString urlize(Object value, int limit, boolean autoescape) {
        String text = Values.text(value);
        boolean safeInput = value instanceof SafeString;
        StringBuilder out = new StringBuilder();
        Matcher m = WORD_SPLIT.matcher(text);
        int last = 0;
        while (m.find()) {
            out.append(word(text.substring(last, m.start()), limit, autoescape && !safeInput));
            out.append(autoescape && !safeInput ? Escape.html(m.group()) : m.group());
            last = m.end();
        }
        out.append(word(text.substring(last), limit, autoescape && !safeInput));
        return new SafeString(out.toString());
    }

    private static String word(String word, int limit, boolean escape) {
        if (!word.contains(".") && !word.contains("@") && !word.contains(":")) {
            return escape ? Escape.html(word) : word;
        }
        String middle = word;
        StringBuilder trail = new StringBuilder();
        while (!middle.isEmpty() && TRAILING.indexOf(middle.charAt(middle.length() - 1)) >= 0) {
            trail.insert(0, middle.charAt(middle.length() - 1));
            middle = middle.substring(0, middle.length() - 1);
        }
        String lead = "";
        if (middle.startsWith("(") && middle.endsWith(")")) {
            lead = "(";
            trail.insert(0, ")");
            middle = middle.substring(1, middle.length() - 1);
        }
        String url = null;
        String nofollow = " rel=\"nofollow\"";
        if (SIMPLE_URL.matcher(middle).find()) {
            url = middle;
        } else if (SIMPLE_URL_2.matcher(middle).find()) {
            url = "http://" + middle;
        } else if (middle.contains("@") && !middle.contains(":") && middle.indexOf('@') > 0
                && middle.indexOf('@') == middle.lastIndexOf('@') && middle.substring(middle.indexOf('@')).contains(".")) {
            url = "mailto:" + middle;
            nofollow = "";
        }
        if (url == null) {
            return escape ? Escape.html(word) : word;
        }
        String shown = limit >= 0 && middle.length() > limit
                ? middle.substring(0, Math.max(0, limit - 1)) + "…" : middle;
        String href = HtmlFilters.quote(url, "/&=:;#?+*%@!$'(),[]~");
        return (escape ? Escape.html(lead) : lead) + "<a href=\"" + Escape.html(href) + "\"" + nofollow + ">"
                + (escape ? Escape.html(shown) : shown) + "</a>" + (escape ? Escape.html(trail.toString()) : trail);
    }
}
