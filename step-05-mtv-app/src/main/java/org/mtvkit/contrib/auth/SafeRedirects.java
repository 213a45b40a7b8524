package org.mtvkit.contrib.auth;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Django's {@code url_has_allowed_host_and_scheme}: whether a {@code next=} URL stays on this site.
 * Without the check, a link to {@code /accounts/login/?next=https://evil.example/} would send a
 * visitor who just logged in to a look-alike site (an open redirect). Browsers read URLs loosely
 * ({@code //evil}, {@code \\evil}, {@code ///evil}, a control character first), so the check does too.
 */
public final class SafeRedirects {

    private static final Pattern SCHEME = Pattern.compile("([A-Za-z0-9+.-]+):(.*)", Pattern.DOTALL);

    private SafeRedirects() {
    }

    // region: safe
    public static boolean isSafe(String url, Set<String> allowedHosts) {
        String trimmed = url.strip();
        if (trimmed.isEmpty()) {
            return false;
        }
        // Chrome reads a backslash as a slash, but it could also be part of credentials: check both readings.
        return check(trimmed, allowedHosts) && check(trimmed.replace('\\', '/'), allowedHosts);
    }
    // endregion

    private static boolean check(String url, Set<String> allowedHosts) {
        if (url.startsWith("///")) {
            return false;
        }
        String scheme = "";
        String rest = url;
        Matcher m = SCHEME.matcher(url);
        if (m.matches() && url.indexOf(':') > 0) {
            scheme = m.group(1).toLowerCase(Locale.ROOT);
            rest = m.group(2);
        }
        String netloc = "";
        if (rest.startsWith("//")) {
            int end = 2;
            while (end < rest.length() && "/?#".indexOf(rest.charAt(end)) < 0) {
                end++;
            }
            netloc = rest.substring(2, end);
            if (netloc.contains("[") != netloc.contains("]")) {
                return false;                            // an IPv6 address with one bracket: not a URL
            }
        }
        if (netloc.isEmpty() && !scheme.isEmpty()) {
            return false;                                // http:///evil.com, javascript:...
        }
        int type = Character.getType(url.codePointAt(0));
        if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.PRIVATE_USE || type == Character.UNASSIGNED) {
            return false;
        }
        if (scheme.isEmpty() && !netloc.isEmpty()) {
            scheme = "http";
        }
        return (netloc.isEmpty() || allowedHosts.contains(netloc))
                && (scheme.isEmpty() || scheme.equals("http") || scheme.equals("https"));
    }
}
