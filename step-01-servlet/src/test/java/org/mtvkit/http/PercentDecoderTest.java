package org.mtvkit.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PercentDecoderTest {

    @Test
    @DisplayName("percent-escapes decode as UTF-8 bytes")
    void decodesUtf8() {
        assertEquals("café/日本", PercentDecoder.decode("caf%C3%A9/%E6%97%A5%E6%9C%AC", false));
    }

    @Test
    @DisplayName("'+' is a space in query strings and forms, but a plus sign in paths")
    void plusDependsOnWhere() {
        assertEquals("a b", PercentDecoder.decode("a+b", true));
        assertEquals("a+b", PercentDecoder.decode("a+b", false));
    }

    @Test
    @DisplayName("unescaped non-ASCII text, including characters outside the BMP, passes through")
    void passesThroughUnicode() {
        assertEquals("héllo 🎉 %", PercentDecoder.decode("héllo+🎉+%25", true));
    }

    @Test
    @DisplayName("a '%' without two hex digits is an error naming the position")
    void rejectsBadEscapes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PercentDecoder.decode("ab%zz", false));
        assertEquals("malformed percent-escape at position 2 of 'ab%zz': '%' must be followed by two hexadecimal digits",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PercentDecoder.decode("ab%4", false));
        assertThrows(IllegalArgumentException.class, () -> PercentDecoder.decode("%", false));
    }

    @Test
    @DisplayName("escapes that are not valid UTF-8 are an error, not replacement characters")
    void rejectsInvalidUtf8() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PercentDecoder.decode("%C3%28", false));
        assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
    }
}
