package org.mtvkit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The conformance suites' JSON reader, a test tool: what it reads, and how it says what it could not. */
class MiniJsonTest {

    @Test
    @DisplayName("objects keep their keys in order, with arrays, strings, booleans and null inside")
    void structure() {
        Object value = MiniJson.parse(" {\"b\": [true, false, null], \"a\": \"x\", \"c\": {}} ");
        assertEquals(Map.of("b", Arrays.asList(true, false, null), "a", "x", "c", Map.of()), value);
        assertEquals(List.of("b", "a", "c"), List.copyOf(((Map<?, ?>) value).keySet()));
        assertNull(MiniJson.parse("null"));
    }

    @Test
    @DisplayName("a whole number is a Long, a BigInteger beyond a long, and any other number a Double")
    void numbers() {
        assertEquals(List.of(-7L, new BigInteger("12345678901234567890"), 1.5, 2e3),
                MiniJson.parse("[-7, 12345678901234567890, 1.5, 2e3]"));
    }

    @Test
    @DisplayName("escapes in strings, \\u ones included, become their characters")
    void escapes() {
        assertEquals("a\"b\\c/d\n\t\u00e9", MiniJson.parse("\"a\\\"b\\\\c\\/d\\n\\t\\u00e9\""));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @DisplayName("text that is not JSON names what was expected and the offset:")
    @CsvSource(delimiter = '|', value = {
            "[1, 2]x          | JSON: expected the end of the text at offset 6",
            "[1, ?]           | JSON: expected a value at offset 4",
            "{\"a\" 1}        | JSON: expected ':' at offset 5",
            "[1 2]            | JSON: expected ']' at offset 3",
            "\"open           | JSON: expected more text at offset 5",
            "[1-2]            | JSON: expected a number at offset 1",
    })
    void errors(String text, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> MiniJson.parse(text)).getMessage());
    }
}
