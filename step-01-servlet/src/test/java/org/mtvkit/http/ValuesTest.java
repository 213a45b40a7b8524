package org.mtvkit.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The core's value types: QueryDict, Headers, Cookie, Request, Response. */
class ValuesTest {

    @Test
    @DisplayName("QueryDict.get answers the last value of a repeated name, as Django's does; getList answers all")
    void queryDictLastValue() {
        QueryDict q = QueryDict.parse("tag=a&tag=b&flag&=anon&&x=1%2B1");
        assertEquals(Optional.of("b"), q.get("tag"));
        assertEquals(List.of("a", "b"), q.getList("tag"));
        assertEquals(Optional.of(""), q.get("flag"));
        assertEquals(Optional.of("1+1"), q.get("x"));
        assertEquals(Optional.empty(), q.get("missing"));
        assertEquals(List.of(), q.getList("missing"));
        assertEquals("tag=a&tag=b&flag=&=anon&x=1%2B1", q.encode());
    }

    @Test
    @DisplayName("header names match case-insensitively and keep their first spelling")
    void headersCaseInsensitive() {
        Headers h = Headers.of("Content-Type", "text/html", "X-Tag", "a").with("x-tag", "b");
        assertEquals(Optional.of("text/html"), h.first("content-type"));
        assertEquals(List.of("a", "b"), h.all("X-TAG"));
        assertEquals(List.of("Content-Type", "X-Tag"), List.copyOf(h.names()));
    }

    @Test
    @DisplayName("withAll adds many headers in one copy, as with would one by one: a repeated name gains values, case-insensitively")
    void headersWithAll() {
        Headers base = Headers.of("Content-Type", "text/html", "Vary", "Cookie");
        Headers more = Headers.of("vary", "Accept", "X-Frame-Options", "DENY");
        Headers all = base.withAll(more);
        assertEquals(base.with("vary", "Accept").with("X-Frame-Options", "DENY").names(), all.names());
        assertEquals(List.of("Cookie", "Accept"), all.all("VARY"));
        assertEquals(List.of("Content-Type", "Vary", "X-Frame-Options"), List.copyOf(all.names()));
        assertEquals(List.of("Cookie"), base.all("Vary"), "the original is left alone");
        assertSame(base, base.withAll(Headers.empty()), "nothing to add, nothing copied");
        Response page = Response.html("<p>x</p>");
        Response framed = page.withHeaders(Headers.of("X-Frame-Options", "DENY"));
        assertEquals(Optional.of("DENY"), framed.headers().first("x-frame-options"));
        assertTrue(page.headers().all("X-Frame-Options").isEmpty());
        assertTrue(Headers.empty().isEmpty());
        assertFalse(more.isEmpty());
    }

    @Test
    @DisplayName("four hundred headers of different names are each found, in any case")
    void headerKeysBeyondTheKeptOnes() {
        Headers h = Headers.empty();
        for (int i = 0; i < 400; i++) {
            h = h.with("X-Name-" + i, String.valueOf(i));
        }
        assertEquals(Optional.of("399"), h.first("x-name-399"));
        assertEquals(Optional.of("0"), h.first("X-NAME-0"));
        assertEquals(400, h.names().size());
    }

    @Test
    @DisplayName("on the way out a repeated header's values come together, in order, under the name's first spelling")
    void headersWrittenGroupedByName() {
        Headers h = Headers.of("Vary", "Cookie", "X-Frame-Options", "DENY").with("vary", "Accept")
                .withAll(Headers.of("Set-Cookie", "a=1", "VARY", "Origin", "set-cookie", "b=2"));
        List<String> written = new java.util.ArrayList<>();
        h.forEach((name, value) -> written.add(name + ": " + value));
        assertEquals(List.of("Vary: Cookie", "Vary: Accept", "Vary: Origin", "X-Frame-Options: DENY", "Set-Cookie: a=1",
                "Set-Cookie: b=2"), written);
        assertEquals(String.join("\n", written) + "\n", h.toString());
        assertEquals(List.of("Cookie", "Accept", "Origin"), h.all("vary"));
        assertEquals(List.of("Vary", "X-Frame-Options", "Set-Cookie"), List.copyOf(h.names()));
    }

    @Test
    @DisplayName("a header name with a space, a separator, a control character or nothing in it is refused, naming it")
    void headerNamesRefused() {
        for (String bad : List.of("Bad Name", "X:Y", "X\u0001", "", "\u00e9t\u00e9")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Headers.empty().with(bad, "x"));
            assertEquals("'" + bad + "' is not a valid header name", e.getMessage());
        }
    }

    @Test
    @DisplayName("a header value with a line break is refused: it would inject headers")
    void headerInjectionRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Headers.empty().with("Location", "/ok\r\nSet-Cookie: evil=1"));
        assertTrue(e.getMessage().contains("line break"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Headers.empty().with("Bad Name", "x"));
    }

    @Test
    @DisplayName("a cookie renders its attributes, and one that cannot be carried is refused with a reason")
    void cookies() {
        assertEquals("sid=abc; Path=/; Max-Age=0; HttpOnly; SameSite=Lax",
                Cookie.of("sid", "abc").withMaxAge(Duration.ZERO).toHeaderValue());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Cookie.of("sid", "a b;c"));
        assertTrue(e.getMessage().contains("encode it first"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Cookie.of("s id", "x"));
    }

    @Test
    @DisplayName("a request is immutable: withAttribute returns a copy and the original is unchanged")
    void requestIsImmutable() {
        Request original = Request.builder("get", "/x").queryString("a=1").build();
        Request copy = original.withAttribute("user", "ada");
        assertEquals(Optional.empty(), original.attribute("user"));
        assertEquals(Optional.of("ada"), copy.attribute("user", String.class));
        assertEquals(Optional.empty(), copy.attribute("user", Integer.class));
        assertEquals("GET", copy.method());
        assertEquals("/x?a=1", copy.fullPath());
    }

    @Test
    @DisplayName("an attribute set again shadows the older value, on that copy only, and a rebuilt request keeps the newest")
    void attributesShadowOlderValues() {
        Request first = Request.builder("GET", "/").attribute("user", "ada").attribute("page", 1).build();
        Request second = first.withAttribute("user", "grace");
        assertEquals(Optional.of("ada"), first.attribute("user"));
        assertEquals(Optional.of("grace"), second.attribute("user"));
        assertEquals(Optional.of(1), second.attribute("page"));
        Request rebuilt = second.toBuilder().build();
        assertEquals(Optional.of("grace"), rebuilt.attribute("user"));
        assertEquals(Optional.of(1), rebuilt.attribute("page"));
        assertEquals(Optional.empty(), rebuilt.attribute("missing"));
    }

    @Test
    @DisplayName("a request body is decoded with the charset its Content-Type declares")
    void requestCharset() {
        Request latin1 = Request.builder("POST", "/").header("Content-Type", "text/plain; charset=ISO-8859-1")
                .body(new byte[] {(byte) 0xE9}).build();
        assertEquals("é", latin1.text());
    }

    @Test
    @DisplayName("a request path must start with '/'")
    void requestPathMustBeAbsolute() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Request.builder("GET", "x"));
        assertEquals("a request path starts with '/', got 'x'", e.getMessage());
    }

    @Test
    @DisplayName("response helpers set status and content type; with... methods leave the original alone")
    void responses() {
        Response html = Response.html("<p>é</p>");
        assertEquals(200, html.status());
        assertEquals(Optional.of("text/html; charset=utf-8"), html.headers().first("Content-Type"));
        Response moved = Response.permanentRedirect("/a/");
        assertEquals(301, moved.status());
        Response tagged = html.withHeader("X-A", "1").withStatus(201);
        assertEquals(200, html.status());
        assertTrue(html.headers().all("X-A").isEmpty());
        assertEquals(201, tagged.status());
        assertEquals("<p>é</p>", tagged.bodyText());
        assertThrows(IllegalArgumentException.class, () -> Response.status(99));
        assertThrows(IllegalArgumentException.class, () -> new HttpException(200, "not an error"));
    }
}
