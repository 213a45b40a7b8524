package org.mtvkit.forms;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A web address, checked as Django's {@code URLValidator} checks it: scheme http, https, ftp or ftps,
 * a host name, IPv4 or IPv6 address, an optional port and path. Without a scheme, {@code http://} is
 * assumed ({@code example.com} becomes {@code http://example.com}).
 */
public class UrlField extends CharField {

    private static final String UL = "\\u00a1-\\uffff";
    private static final String IPV4 = "(?:25[0-5]|2[0-4]\\d|[0-1]?\\d?\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|[0-1]?\\d?\\d)){3}";
    private static final String IPV6 = "\\[([0-9a-f:.]+)\\]";
    private static final String HOSTNAME = "[a-z" + UL + "0-9](?:[a-z" + UL + "0-9-]{0,61}[a-z" + UL + "0-9])?";
    private static final String DOMAIN = "(?:\\.(?!-)[a-z" + UL + "0-9-]{1,63}(?<!-))*";
    private static final String TLD = "\\.(?!-)(?:[a-z" + UL + "-]{2,63}|xn--[a-z0-9]{1,59})(?<!-)\\.?";
    private static final Pattern URL = Pattern.compile("(?:[a-z0-9.+-]*)://"
            + "(?:[^\\s:@/]+(?::[^\\s:@/]*)?@)?"
            + "(?:" + IPV4 + "|" + IPV6 + "|(" + HOSTNAME + DOMAIN + TLD + "|localhost))"
            + "(?::\\d{2,5})?"
            + "(?:[/?#][^\\s]*)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCHEME = Pattern.compile("([a-zA-Z0-9+.-]+):(.*)", Pattern.DOTALL);
    private static final List<String> SCHEMES = List.of("http", "https", "ftp", "ftps");

    public UrlField() {
        validator(UrlField::check);
    }

    @Override
    protected String inputType() {
        return "url";
    }

    /** Adds {@code http://} where the scheme is missing, as Django's {@code URLField.to_python} does. */
    @Override
    protected String toValue(List<String> submitted) {
        String value = super.toValue(submitted);
        if (value.isEmpty()) {
            return value;
        }
        Matcher scheme = SCHEME.matcher(value);
        if (scheme.matches()) {
            String rest = scheme.group(2);
            return scheme.group(1).toLowerCase(Locale.ROOT) + (rest.startsWith("//") ? ":" : "://") + rest;
        }
        return value.startsWith("//") ? "http:" + value : "http://" + value;
    }

    // region: url
    private static void check(String value) {
        boolean valid = value.chars().noneMatch(c -> c == '\t' || c == '\r' || c == '\n')
                && SCHEMES.contains(value.substring(0, Math.max(0, value.indexOf("://"))).toLowerCase(Locale.ROOT));
        if (valid) {
            // A host of more than 253 characters is refused by Django too; refusing it before the pattern
            // also keeps the pattern, which recurses once per label, from overflowing the stack.
            String authority = value.substring(value.indexOf("://") + 3).split("[/?#]", 2)[0];
            valid = authority.substring(authority.lastIndexOf('@') + 1).length() <= 253 + 8;
        }
        if (valid) {
            Matcher m = URL.matcher(value);
            valid = m.matches() && (m.group(1) == null || IpAddresses.valid(m.group(1)))
                    && (m.group(2) == null || m.group(2).length() <= 253);
        }
        if (!valid) {
            throw new ValidationError("Enter a valid URL.");
        }
    }
    // endregion
}
