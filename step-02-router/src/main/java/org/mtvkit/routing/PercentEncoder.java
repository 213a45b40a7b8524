package org.mtvkit.routing;

import java.nio.charset.StandardCharsets;

/** Encodes text for a URL path, the inverse of step 1's decoder: what {@code reverse} and append-slash write. */
final class PercentEncoder {

    // What Django's reverse leaves as it is: RFC 3986's sub-delimiters and "/~:@", besides letters,
    // digits and "-._~" (Python's quote never encodes those).
    private static final String REVERSE_SAFE = "-._~!$&'()*+,;=/:@";
    // What Django's escape_uri_path leaves, for the Location of an append-slash redirect.
    private static final String URI_PATH_SAFE = "-._~/:@&+$,!*'()";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentEncoder() {
    }

    static String encodePath(String text) {
        return encode(text, REVERSE_SAFE);
    }

    static String encodeUriPath(String text) {
        return encode(text, URI_PATH_SAFE);
    }

    // region: leading-slashes
    /**
     * Django's {@code escape_leading_slashes}: a path starting {@code //} would be read by a browser as
     * a link to another host ({@code //evil.example/}), so the second slash is encoded.
     */
    static String escapeLeadingSlashes(String path) {
        return path.startsWith("//") ? "/%2F" + path.substring(2) : path;
    }
    // endregion

    private static String encode(String text, String safe) {
        StringBuilder out = new StringBuilder(text.length());
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || safe.indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }
}
