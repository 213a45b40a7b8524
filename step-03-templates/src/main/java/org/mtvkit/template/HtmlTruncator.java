package org.mtvkit.template;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code truncatechars_html} and {@code truncatewords_html}: text counted, tags kept and closed again. */
final class HtmlTruncator {

    private static final Pattern TAG = Pattern.compile("<(/)?(\\w+)[^>]*?(/)?>|&\\w+;|&#\\d+;|\\S+|\\s+");
    private static final java.util.Set<String> VOID = java.util.Set.of("br", "col", "link", "base", "img", "param",
            "area", "hr", "input");

    private HtmlTruncator() {
    }

    static Object chars(Object value, Object argument) {
        Long limit = Numbers.pythonInt(argument);
        if (limit == null || argument instanceof Double) {
            return value;
        }
        return truncate(Values.text(value), limit, false);
    }

    static Object words(Object value, Object argument) {
        Long limit = Numbers.pythonInt(argument);
        if (limit == null || argument instanceof Double) {
            return value;
        }
        return truncate(Values.text(value), limit, true);
    }

    private static String truncate(String html, long limit, boolean words) {
        if (limit <= 0 && words) {
            return "";
        }
        Deque<String> open = new ArrayDeque<>();
        StringBuilder out = new StringBuilder();
        long count = 0;
        long budget = words ? limit : limit - 1;
        Matcher m = TAG.matcher(html);
        while (m.find()) {
            String piece = m.group();
            if (m.group(2) != null) {
                String name = m.group(2).toLowerCase(java.util.Locale.ROOT);
                if (m.group(1) != null) {
                    open.remove(name);
                } else if (m.group(3) == null && !VOID.contains(name)) {
                    open.push(name);
                }
                out.append(piece);
                continue;
            }
            if (words) {
                if (piece.isBlank()) {
                    out.append(piece);
                    continue;
                }
                if (count == limit) {
                    return close(out.toString().stripTrailing() + " …", open);
                }
                count++;
                out.append(piece);
            } else {
                int length = piece.startsWith("&") && piece.endsWith(";") ? 1 : piece.length();
                if (count + length > limit) {
                    if (countRest(html, m.start()) + count <= limit) {
                        return html;
                    }
                    int keep = (int) Math.max(0, budget - count);
                    out.append(piece, 0, Math.min(piece.length(), keep));
                    return close(out + "…", open);
                }
                count += length;
                out.append(piece);
            }
        }
        return html;
    }

    private static long countRest(String html, int from) {
        return html.substring(from).replaceAll("<[^>]*>", "").length();
    }

    private static String close(String text, Deque<String> open) {
        StringBuilder out = new StringBuilder(text);
        for (String name : open) {
            out.append("</").append(name).append('>');
        }
        return out.toString();
    }
}
