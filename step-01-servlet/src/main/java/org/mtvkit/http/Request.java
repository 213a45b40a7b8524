package org.mtvkit.http;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP request as the framework sees it: immutable, already decoded, and independent of the
 * servlet API, so that every later layer can be tested without a container.
 *
 * <p>Later layers attach what they learn (the route that matched, the CSRF token, the session) as
 * attributes, on a copy made with {@link #withAttribute}: the request a handler received never
 * changes under it.
 */
public final class Request {

    // region: request-fields
    private final String method;           // "GET", "POST", ... upper case
    private final String path;             // decoded: "/polls/café/"
    private final String rawPath;          // as sent: "/polls/caf%C3%A9/"
    private final String queryString;      // raw, without '?': "page=2" or ""
    private final QueryDict query;         // parsed query string
    private final QueryDict form;          // parsed URL-encoded body (empty for other bodies)
    private final Headers headers;         // case-insensitive names
    private final Map<String, String> cookies;
    private final byte[] body;
    private final Attribute attributes;    // newest first; null when there are none
    // endregion

    /**
     * One attribute and the ones set before it. A request carries a handful, and three layers add one
     * each on every request, so adding one is a new link in front: nothing is copied, and the request
     * it was added to still sees only its own.
     */
    private record Attribute(String name, Object value, Attribute before) { }

    /** The same request with other attributes: every other part is shared. */
    private Request(Request same, Attribute attributes) {
        this.method = same.method;
        this.path = same.path;
        this.rawPath = same.rawPath;
        this.queryString = same.queryString;
        this.query = same.query;
        this.form = same.form;
        this.headers = same.headers;
        this.cookies = same.cookies;
        this.body = same.body;
        this.attributes = attributes;
    }

    private Request(Builder b) {
        this.method = b.method;
        this.path = b.path;
        this.rawPath = b.rawPath;
        this.queryString = b.queryString;
        this.query = b.query;
        this.form = b.form;
        this.headers = b.headers;
        this.cookies = Collections.unmodifiableMap(new LinkedHashMap<>(b.cookies));
        this.body = b.body;                // the builder copied it already
        Attribute chain = null;
        for (Map.Entry<String, Object> attribute : b.attributes.entrySet()) {
            chain = new Attribute(attribute.getKey(), attribute.getValue(), chain);
        }
        this.attributes = chain;
    }

    /** Starts a request by hand, as tests and the servlet adapter do. */
    public static Builder builder(String method, String path) {
        return new Builder(method, path);
    }

    public String method() {
        return method;
    }

    /** The decoded path, always starting with {@code /}. */
    public String path() {
        return path;
    }

    /** The path exactly as the client sent it, still percent-encoded. */
    public String rawPath() {
        return rawPath;
    }

    /** The raw query string without the {@code ?}; empty when there is none. */
    public String queryString() {
        return queryString;
    }

    /** The path plus the query string, as a client would write it in a link. */
    public String fullPath() {
        return queryString.isEmpty() ? rawPath : rawPath + "?" + queryString;
    }

    public QueryDict query() {
        return query;
    }

    /** Fields of a URL-encoded form body; empty for any other kind of body. */
    public QueryDict form() {
        return form;
    }

    public Headers headers() {
        return headers;
    }

    public Optional<String> header(String name) {
        return headers.first(name);
    }

    public Map<String, String> cookies() {
        return cookies;
    }

    public Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    /** The body as received (a copy, so the request stays immutable). */
    public byte[] body() {
        return body.clone();
    }

    /** The body as text, in the charset the Content-Type names, UTF-8 when it names none. */
    public String text() {
        return new String(body, charset());
    }

    public Optional<String> contentType() {
        return headers.first("Content-Type");
    }

    public Optional<Object> attribute(String name) {
        for (Attribute a = attributes; a != null; a = a.before()) {
            if (a.name().equals(name)) {
                return Optional.ofNullable(a.value());   // the newest value set under this name
            }
        }
        return Optional.empty();
    }

    /** The attribute, checked to be of the given type. */
    public <T> Optional<T> attribute(String name, Class<T> type) {
        return attribute(name).filter(type::isInstance).map(type::cast);
    }

    /** A copy of this request with one more attribute (or a new value for an existing one). */
    public Request withAttribute(String name, Object value) {
        return new Request(this, new Attribute(name, value, attributes));
    }

    public Builder toBuilder() {
        Builder b = new Builder(method, path);
        b.rawPath = rawPath;
        b.queryString = queryString;
        b.query = query;
        b.form = form;
        b.headers = headers;
        b.cookies.putAll(cookies);
        b.body = body;
        ArrayDeque<Attribute> oldestFirst = new ArrayDeque<>();
        for (Attribute a = attributes; a != null; a = a.before()) {
            oldestFirst.push(a);
        }
        oldestFirst.forEach(a -> b.attributes.put(a.name(), a.value()));   // a newer value replaces an older one
        return b;
    }

    /** The declared charset if the JDK knows it; UTF-8 otherwise (the adapter has already refused a form in an unknown one). */
    private Charset charset() {
        return contentType().flatMap(Request::charsetName).flatMap(name -> {
            try {
                return Optional.of(Charset.forName(name));
            } catch (IllegalArgumentException unknown) {
                return Optional.<Charset>empty();
            }
        }).orElse(StandardCharsets.UTF_8);
    }

    /** The {@code charset} parameter of a Content-Type, as written, without quotes. */
    static Optional<String> charsetName(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                return Optional.of(p.substring(8).replace("\"", "").trim());
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return method + " " + fullPath();
    }

    /** Assembles a {@link Request}; every part not set is empty. */
    public static final class Builder {
        private final String method;
        private final String path;
        private String rawPath;
        private String queryString = "";
        private QueryDict query = QueryDict.empty();
        private QueryDict form = QueryDict.empty();
        private Headers headers = Headers.empty();
        private final Map<String, String> cookies = new LinkedHashMap<>();
        private byte[] body = new byte[0];
        private final Map<String, Object> attributes = new LinkedHashMap<>();

        private Builder(String method, String path) {
            if (!path.startsWith("/")) {
                throw new IllegalArgumentException("a request path starts with '/', got '" + path + "'");
            }
            this.method = method.toUpperCase(Locale.ROOT);
            this.path = path;
            this.rawPath = path;
        }

        public Builder rawPath(String rawPath) {
            this.rawPath = rawPath;
            return this;
        }

        /** Sets the raw query string and parses it into {@link Request#query()}. */
        public Builder queryString(String queryString) {
            this.queryString = queryString == null ? "" : queryString;
            this.query = QueryDict.parse(this.queryString);
            return this;
        }

        public Builder form(QueryDict form) {
            this.form = form;
            return this;
        }

        public Builder header(String name, String value) {
            this.headers = headers.with(name, value);
            return this;
        }

        public Builder headers(Headers headers) {
            this.headers = headers;
            return this;
        }

        public Builder cookie(String name, String value) {
            cookies.put(name, value);
            return this;
        }

        public Builder body(byte[] body) {
            this.body = body.clone();
            return this;
        }

        public Builder attribute(String name, Object value) {
            attributes.put(name, value);
            return this;
        }

        public Request build() {
            return new Request(this);
        }
    }
}
