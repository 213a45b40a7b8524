package org.mtvkit.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes {@code %XX} escapes as UTF-8 bytes, strictly: a {@code %} not followed by two hex digits,
 * or bytes that are not valid UTF-8, are errors, because guessing would let two different requests
 * look the same to the application.
 */
final class PercentDecoder {

    private PercentDecoder() {
    }

    /**
     * @param plusAsSpace true for query strings and forms, where {@code +} encodes a space; false for paths
     * @throws IllegalArgumentException naming the position of the bad escape
     */
    static String decode(String encoded, boolean plusAsSpace) {
        // task: 01-1 decoding the query string
        if (encoded.indexOf('%') < 0 && (!plusAsSpace || encoded.indexOf('+') < 0)) {
            return encoded;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                int high = i + 1 < encoded.length() ? Character.digit(encoded.charAt(i + 1), 16) : -1;
                int low = i + 2 < encoded.length() ? Character.digit(encoded.charAt(i + 2), 16) : -1;
                if (high < 0 || low < 0) {
                    throw new IllegalArgumentException("malformed percent-escape at position " + i + " of '"
                            + encoded + "': '%' must be followed by two hexadecimal digits");
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '+' && plusAsSpace) {
                bytes.write(' ');
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < encoded.length()) {
                    utf8 = encoded.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.writeBytes(utf8);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("percent-escapes in '" + encoded + "' are not valid UTF-8", e);
        }
        // endtask
    }
}
