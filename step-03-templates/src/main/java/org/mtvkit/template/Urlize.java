package org.mtvkit.template;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code urlize} and {@code urlizetrunc}: Django's {@code utils.html.urlize}. The text is cut into words at
 * whitespace and quotes; a word that looks like a web or e-mail address, once wrapping and trailing
 * punctuation is trimmed off it, becomes a link; the rest is escaped when autoescaping is on.
 */
final class Urlize {

    private static final Pattern WORD_SPLIT = Pattern.compile("([\\s<>\"']+)");
    private static final Pattern SIMPLE_URL = Pattern.compile("^https?://\\[?\\w", Pattern.CASE_INSENSITIVE);
    private static final Pattern SIMPLE_URL_2 = Pattern.compile(
            "^www\\.|^(?!http)\\w[^@]+\\.(com|edu|gov|int|mil|net|org)($|/.*)$", Pattern.CASE_INSENSITIVE);
    private static final String TRAILING = ".,:;!";
    private static final String[][] WRAPPING = {{"(", ")"}, {"[", "]"}};

    private Urlize() {
    }

    static SafeString urlize(Object value, int limit, boolean autoescape) {
        String text = Values.text(value);
        boolean safeInput = value instanceof SafeString;
        StringBuilder out = new StringBuilder();
        Matcher m = WORD_SPLIT.matcher(text);
        int last = 0;
        while (m.find()) {
            out.append(word(text.substring(last, m.start()), limit, autoescape, safeInput));
            out.append(plain(m.group(), autoescape, safeInput));
            last = m.end();
        }
        out.append(word(text.substring(last), limit, autoescape, safeInput));
        return new SafeString(out.toString());
    }

    private static String plain(String word, boolean autoescape, boolean safeInput) {
        return autoescape && !safeInput ? Escape.html(word) : word;
    }

    // region: urlize-word
    private static String word(String word, int limit, boolean autoescape, boolean safeInput) {
        if (!word.contains(".") && !word.contains("@") && !word.contains(":")) {
            return plain(word, autoescape, safeInput);
        }
        String[] parts = trimPunctuation("", word, "");
        String lead = parts[0];
        String middle = parts[1];
        String trail = parts[2];
        String url = null;
        String nofollow = " rel=\"nofollow\"";
        if (SIMPLE_URL.matcher(middle).find()) {
            url = smartQuote(unescape(middle));
        } else if (SIMPLE_URL_2.matcher(middle).find()) {
            url = smartQuote("http://" + unescape(middle));
        } else if (!middle.contains(":") && isSimpleEmail(middle)) {
            url = "mailto:" + middle;
            nofollow = "";
        }
        if (url == null) {
            return plain(word, autoescape, safeInput);
        }
        String shown = limit < 0 || middle.length() <= limit ? middle : middle.substring(0, Math.max(0, limit - 1)) + "…";
        if (autoescape && !safeInput) {
            lead = Escape.html(lead);
            trail = Escape.html(trail);
            shown = Escape.html(shown);
        }
        return lead + "<a href=\"" + Escape.html(url) + "\"" + nofollow + ">" + shown + "</a>" + trail;
    }
    // endregion

    /** Brackets around the word (when balanced) and punctuation after it belong to the text, not the link. */
    private static String[] trimPunctuation(String lead, String middle, String trail) {
        boolean trimmed = true;
        while (trimmed) {
            trimmed = false;
            for (String[] pair : WRAPPING) {
                if (middle.startsWith(pair[0])) {
                    middle = middle.substring(pair[0].length());
                    lead += pair[0];
                    trimmed = true;
                }
                if (middle.endsWith(pair[1]) && count(middle, pair[1]) == count(middle, pair[0]) + 1) {
                    middle = middle.substring(0, middle.length() - pair[1].length());
                    trail = pair[1] + trail;
                    trimmed = true;
                }
            }
            String unescaped = unescape(middle);
            int end = unescaped.length();
            while (end > 0 && TRAILING.indexOf(unescaped.charAt(end - 1)) >= 0) {
                end--;
            }
            int punctuation = unescaped.length() - end;
            if (punctuation > 0) {
                trail = middle.substring(middle.length() - punctuation) + trail;
                middle = middle.substring(0, middle.length() - punctuation);
                trimmed = true;
            }
        }
        return new String[] {lead, middle, trail};
    }

    private static boolean isSimpleEmail(String value) {
        int at = value.indexOf('@');
        if (at < 0 || at != value.lastIndexOf('@')) {
            return false;
        }
        String domain = value.substring(at + 1);
        return domain.contains(".") && !domain.startsWith(".");
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }

    /** The few entities escaping writes, read back: enough for addresses already escaped once. */
    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#x27;", "'")
                .replace("&#39;", "'").replace("&amp;", "&");
    }

    /** Django's {@code smart_urlquote}: the path quoted (keeping URL delimiters), the query encoded again. */
    private static String smartQuote(String url) {
        int hash = url.indexOf('#');
        String fragment = hash < 0 ? null : url.substring(hash + 1);
        String rest = hash < 0 ? url : url.substring(0, hash);
        int question = rest.indexOf('?');
        String query = question < 0 ? null : rest.substring(question + 1);
        String beforeQuery = question < 0 ? rest : rest.substring(0, question);
        int schemeEnd = beforeQuery.indexOf("://");
        int pathStart = beforeQuery.indexOf('/', schemeEnd < 0 ? 0 : schemeEnd + 3);
        String start = pathStart < 0 ? beforeQuery : beforeQuery.substring(0, pathStart);
        String path = pathStart < 0 ? "" : beforeQuery.substring(pathStart);
        StringBuilder out = new StringBuilder(start).append(requote(path));
        if (query != null && !query.isEmpty()) {
            out.append('?').append(requery(query));
        }
        if (fragment != null && !fragment.isEmpty()) {
            out.append('#').append(requote(fragment));
        }
        return out.toString();
    }

    private static String requote(String segment) {
        return HtmlFilters.quote(percentDecode(segment, false), "!$&'()*+,;=:/?#[]@~");
    }

    private static String requery(String query) {
        StringBuilder out = new StringBuilder();
        for (String pair : query.split("[&;]")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(quotePlus(percentDecode(key, true))).append('=').append(quotePlus(percentDecode(value, true)));
        }
        return out.toString();
    }

    private static String quotePlus(String s) {
        return HtmlFilters.quote(s, " ").replace(' ', '+');
    }

    private static String percentDecode(String s, boolean plusIsSpace) {
        if (plusIsSpace) {
            s = s.replace('+', ' ');
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 3 <= s.length()
                    && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
                bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < s.length() ? i + 2 : i + 1;
                byte[] encoded = s.substring(i, end).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
                i = end - 1;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
