package org.mtvkit.mtv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    @DisplayName("objects keep their key order; numbers are Long or BigDecimal; null is a marker")
    void parsesValues() {
        Object value = Json.parse("[{\"b\": 1, \"a\": -2.5e1, \"s\": \"caf\\u00e9 \\\"q\\\"\\n\", \"t\": true, \"n\": null}, []]", "f.json");
        List<?> list = (List<?>) value;
        Map<?, ?> object = (Map<?, ?>) list.get(0);
        assertEquals(List.of("b", "a", "s", "t", "n"), List.copyOf(object.keySet()));
        assertEquals(1L, object.get("b"));
        assertEquals(new BigDecimal("-2.5e1"), object.get("a"));
        assertEquals("café \"q\"\n", object.get("s"));
        assertEquals(Boolean.TRUE, object.get("t"));
        assertSame(Json.NULL, object.get("n"));
        assertEquals(List.of(), list.get(1));
    }

    @Test
    @DisplayName("a syntax error names the source, line and column and what was expected")
    void reportsWhereItFailed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Json.parse("[\n  {\"pk\": 1,}\n]", "polls.json"));
        assertEquals("polls.json:2:12: expected a quoted key", e.getMessage());
    }

    @Test
    @DisplayName("truncated documents, duplicate keys, bad escapes and trailing text are errors")
    void rejectsBadDocuments() {
        assertEquals("x:1:5: the document ends where a value was expected",
                assertThrows(IllegalArgumentException.class, () -> Json.parse("[1, ", "x")).getMessage());
        assertEquals("x:1:3: the document ends where ']' was expected",
                assertThrows(IllegalArgumentException.class, () -> Json.parse("[1", "x")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\":1,\"a\":2}", "x"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("\"\\x\"", "x"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("1 2", "x"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("\"open", "x"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("01.2.3", "x"));
    }
}
