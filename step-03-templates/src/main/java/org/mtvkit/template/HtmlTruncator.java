package org.mtvkit.template;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code truncatechars_html} and {@code truncatewords_html}: Django's {@code Truncator._truncate_html}. Text
 * is counted (tags are not), and the tags still open at the cut are closed again.
 */
final class HtmlTruncator {

    private static final Pattern WORDS = Pattern.compile("<[^>]+?>|([^<>\\s]+)", Pattern.DOTALL);
    private static final Pattern CHARS = Pattern.compile("<[^>]+?>|(.)", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<(/)?(\\S+?)(?:(\\s*/)|\\s.*?)?>", Pattern.DOTALL);
    private static final Set<String> SINGLETS = Set.of("br", "col", "link", "base", "img", "param", "area", "hr",
            "input");

    private HtmlTruncator() {
    }

    static Object chars(Object value, Object argument) {
        Long limit = Numbers.pythonInt(argument);
        if (limit == null || argument instanceof Double) {
            return value;
        }
        String text = Normalizer.normalize(Values.text(value), Normalizer.Form.NFC);
        // The ellipsis counts as one of the characters.
        return truncate(text, limit, "…", limit - 1, false);
    }

    static Object words(Object value, Object argument) {
        Long limit = Numbers.pythonInt(argument);
        if (limit == null || argument instanceof Double) {
            return value;
        }
        return truncate(Values.text(value), limit, " …", limit, true);
    }

    // region: truncate-html
    private static String truncate(String text, long length, String ellipsis, long truncateLength, boolean words) {
        if (words && length <= 0) {
            return "";
        }
        int endTextPos = 0;
        long currentLength = 0;
        List<String> openTags = new ArrayList<>();
        Matcher m = (words ? WORDS : CHARS).matcher(text);
        int pos = 0;
        while (currentLength <= length && m.find(pos)) {
            pos = m.end();
            if (m.start() == m.end()) {
                pos++;
                continue;
            }
            if (m.group(1) != null) {
                currentLength++;
                if (currentLength == truncateLength) {
                    endTextPos = pos;
                }
                continue;
            }
            Matcher tag = TAG.matcher(m.group());
            if (!tag.matches() || currentLength >= truncateLength) {
                continue;
            }
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            if (tag.group(3) != null || SINGLETS.contains(name)) {
                continue;
            }
            if (tag.group(1) != null) {
                if (!openTags.isEmpty() && openTags.get(0).equals(name)) {
                    openTags.remove(0);
                }
            } else {
                openTags.add(0, name);
            }
        }
        if (currentLength <= length) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.substring(0, endTextPos));
        out.append(ellipsis);
        for (String tag : openTags) {
            out.append("</").append(tag).append('>');
        }
        return out.toString();
    }
    // endregion
}
