package org.mtvkit.routing;

import java.nio.charset.StandardCharsets;

/** Encodes text for a URL path, the inverse of step 1's decoder: what {@code reverse} writes. */
final class PercentEncoder {

    // Unreserved characters and the sub-delimiters a path may carry as they are ('/' separates segments).
    private static final String SAFE = "-._~!$&'()*+,=:@/";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentEncoder() {
    }

    static String encodePath(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || SAFE.indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }
}
