package org.mtvkit.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The typed accessors a view uses on its keyword arguments, and their messages when asked wrongly. */
@DisplayName("A view's keyword arguments come typed, and asking wrongly says why")
class KwargsTest {

    private static final UUID ID = UUID.fromString("075194d3-6885-417e-a8a8-6c931e272f00");
    private final Kwargs kwargs = Kwargs.of(Map.of("id", 7, "slug", "a-b", "u", ID));

    @Test
    @DisplayName("typed accessors answer the converted values")
    void typedAccessors() {
        assertEquals(7, kwargs.intValue("id"));
        assertEquals(7L, kwargs.longValue("id"));
        assertEquals("a-b", kwargs.string("slug"));
        assertEquals("7", kwargs.string("id"));
        assertEquals(ID, kwargs.uuid("u"));
        assertTrue(kwargs.contains("slug"));
    }

    @Test
    @DisplayName("asking for a name the route does not have says which names it has")
    void missingName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> kwargs.intValue("pk"));
        assertTrue(e.getMessage().contains("no keyword argument 'pk'"), e.getMessage());
        assertTrue(e.getMessage().contains("slug"), e.getMessage());
    }

    @Test
    @DisplayName("an <int:> value beyond an int is a 404 for a view asking for an int, since it came from the URL")
    void intValueBeyondInt() {
        Kwargs big = Kwargs.of(Map.of("id", 3_000_000_000L));
        org.mtvkit.http.HttpException e = assertThrows(org.mtvkit.http.HttpException.class, () -> big.intValue("id"));
        assertEquals(404, e.status());
        assertTrue(e.getMessage().contains("3000000000 in this URL is too large"), e.getMessage());
        assertEquals(3_000_000_000L, big.longValue("id"));
    }

    @Test
    @DisplayName("asking for the wrong type names the type it is and points at the converter")
    void wrongType() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> kwargs.intValue("slug"));
        assertTrue(e.getMessage().contains("'slug' is a String (a-b), not a Number"), e.getMessage());
        assertTrue(e.getMessage().contains("check the converter"), e.getMessage());
    }
}
