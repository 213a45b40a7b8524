package org.mtvkit.http;

import java.time.Duration;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * A cookie the response asks the browser to store, with the attributes that make it safe.
 *
 * @param maxAge  how long the browser keeps it; empty for a session cookie, zero to delete it
 * @param sameSite {@code "Lax"}, {@code "Strict"} or {@code "None"}
 */
public record Cookie(String name, String value, String path, Optional<Duration> maxAge,
                     boolean httpOnly, boolean secure, String sameSite) {

    public Cookie {
        // A loop, not a stream: every page that sets a cookie builds one.
        if (name.isEmpty() || !allMatch(name, Cookie::isTokenChar)) {
            throw new IllegalArgumentException("'" + name + "' is not a valid cookie name (letters, digits and !#$%&'*+-.^_`|~ only)");
        }
        if (!allMatch(value, Cookie::isValueChar)) {
            throw new IllegalArgumentException("the value of cookie '" + name + "' has characters a cookie cannot carry"
                    + " (spaces, quotes, commas, semicolons, backslashes or non-ASCII): encode it first");
        }
        if (!sameSite.equals("Lax") && !sameSite.equals("Strict") && !sameSite.equals("None")) {
            throw new IllegalArgumentException("SameSite must be Lax, Strict or None, not '" + sameSite + "'");
        }
    }

    /** A session cookie for the whole site: path {@code /}, HttpOnly, SameSite=Lax. */
    public static Cookie of(String name, String value) {
        return new Cookie(name, value, "/", Optional.empty(), true, false, "Lax");
    }

    public Cookie withMaxAge(Duration maxAge) {
        return new Cookie(name, value, path, Optional.of(maxAge), httpOnly, secure, sameSite);
    }

    public Cookie withHttpOnly(boolean httpOnly) {
        return new Cookie(name, value, path, maxAge, httpOnly, secure, sameSite);
    }

    /** The {@code Set-Cookie} header value. */
    public String toHeaderValue() {
        StringBuilder out = new StringBuilder(name).append('=').append(value);
        out.append("; Path=").append(path);
        maxAge.ifPresent(age -> out.append("; Max-Age=").append(age.toSeconds()));
        if (httpOnly) {
            out.append("; HttpOnly");
        }
        if (secure) {
            out.append("; Secure");
        }
        out.append("; SameSite=").append(sameSite);
        return out.toString();
    }

    private static boolean allMatch(String text, IntPredicate allowed) {
        for (int i = 0; i < text.length(); i++) {
            if (!allowed.test(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isTokenChar(int c) {
        return c > 0x20 && c < 0x7f && "()<>@,;:\\\"/[]?={} \t".indexOf(c) < 0;
    }

    private static boolean isValueChar(int c) {
        return c > 0x20 && c < 0x7f && c != '"' && c != ',' && c != ';' && c != '\\';
    }
}
