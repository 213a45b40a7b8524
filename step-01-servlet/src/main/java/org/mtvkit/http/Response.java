package org.mtvkit.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What a handler answers: a status, headers, cookies and a body. Immutable; each {@code with...}
 * method returns a copy, so a middleware can add a header without surprising the view that made it.
 */
public final class Response {

    private final int status;
    private final Headers headers;
    private final List<Cookie> cookies;
    private final byte[] body;

    private Response(int status, Headers headers, List<Cookie> cookies, byte[] body) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("HTTP status must be between 100 and 599, not " + status);
        }
        this.status = status;
        this.headers = headers;
        this.cookies = List.copyOf(cookies);
        this.body = body;
    }

    // region: response-helpers
    /** 200 with an HTML body, UTF-8. */
    public static Response html(String html) {
        return owning(200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    /** 200 with a plain-text body, UTF-8. */
    public static Response text(String text) {
        return owning(200, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    /** 302 Found: "look over there", the answer to a successful form POST (Post/Redirect/Get). */
    public static Response redirect(String location) {
        return new Response(302, Headers.of("Location", location), List.of(), new byte[0]);
    }

    /** 301 Moved Permanently: browsers and search engines remember it. */
    public static Response permanentRedirect(String location) {
        return new Response(301, Headers.of("Location", location), List.of(), new byte[0]);
    }
    // endregion

    /** A response with no body, for 204, 304 and the like. */
    public static Response status(int status) {
        return new Response(status, Headers.empty(), List.of(), new byte[0]);
    }

    /** A response with this body; the bytes are copied, so the caller may change its array afterwards. */
    public static Response of(int status, String contentType, byte[] body) {
        return owning(status, contentType, body.clone());
    }

    /** For an array no one else holds (just encoded): kept as it is, not copied again. */
    private static Response owning(int status, String contentType, byte[] body) {
        return new Response(status, Headers.of("Content-Type", contentType), List.of(), body);
    }

    public int status() {
        return status;
    }

    public Headers headers() {
        return headers;
    }

    public List<Cookie> cookies() {
        return cookies;
    }

    /** The body (a copy: the response stays immutable). */
    public byte[] body() {
        return body.clone();
    }

    /** The body itself, for the servlet adapter that writes it out: one copy fewer per response. */
    byte[] bodyBytes() {
        return body;
    }

    /** The body decoded as UTF-8, for tests and logs. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public Response withStatus(int status) {
        return new Response(status, headers, cookies, body);
    }

    /** Adds a header value (keeping any existing ones). */
    public Response withHeader(String name, String value) {
        return new Response(status, headers.with(name, value), cookies, body);
    }

    /** This response with {@code more} headers added, in one copy however many they are. */
    public Response withHeaders(Headers more) {
        return more.isEmpty() ? this : new Response(status, headers.withAll(more), cookies, body);
    }

    public Response withCookie(Cookie cookie) {
        List<Cookie> more = new ArrayList<>(cookies);
        more.removeIf(c -> c.name().equals(cookie.name()) && c.path().equals(cookie.path()));
        more.add(cookie);
        return new Response(status, headers, more, body);
    }

    public Response withBody(byte[] body) {
        return new Response(status, headers, cookies, body.clone());
    }

    @Override
    public String toString() {
        return status + " " + Status.reason(status) + " (" + body.length + " bytes)";
    }
}
