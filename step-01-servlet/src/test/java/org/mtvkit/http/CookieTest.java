package org.mtvkit.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CookieTest {

    private static Cookie cookie(String name, String value) {
        return new Cookie(name, value, "/", Optional.empty(), true, false, "Lax");
    }

    @Test
    @DisplayName("a cookie name with a separator in it is refused, naming the characters a name may have")
    void nameWithSeparatorIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> cookie("csrf token", "x"));
        assertEquals("'csrf token' is not a valid cookie name (letters, digits and !#$%&'*+-.^_`|~ only)", e.getMessage());
    }

    @Test
    @DisplayName("a cookie value with a semicolon is refused and told to be encoded; one of token characters is kept")
    void valueCharactersAreChecked() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> cookie("id", "a;b"));
        assertEquals("the value of cookie 'id' has characters a cookie cannot carry (spaces, quotes, commas, semicolons,"
                + " backslashes or non-ASCII): encode it first", e.getMessage());
        assertEquals("a=b/c", cookie("id", "a=b/c").value());
    }
}
