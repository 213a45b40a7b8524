package org.mtvkit.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mtvkit.http.Response;
import org.mtvkit.http.WebServer;
import org.mtvkit.testing.MiniJson;

/**
 * Django's own answers, recorded by {@code src/test/conformance/generate.py} running Django 3.2, put
 * to the kit: the same URL configurations are built here with the kit's API from the description in
 * the same JSON file, and every resolve, reverse and append-slash case must give Django's answer,
 * except the few listed in {@link #DIFFERENCES}, each a deliberate choice that chapter 2 explains.
 */
@DisplayName("The router agrees with Django 3.2")
class RouterConformanceTest {

    // region: differences
    /** Where the kit answers otherwise on purpose, by case; chapter 2's table gives the same reasons. */
    static final Map<String, String> DIFFERENCES = Map.of(
            "resolve converters /int/99999999999999999999/",
            "<int:> gives a Java long: a number beyond Long.MAX_VALUE matches no route (a 404), where Python's int has no bound",
            "resolve regex /x/mid/5/",
            "a re_path regex is anchored at the start, with or without '^'; Django searches for it anywhere",
            "append_slash slashes GET /hello/a%2Fb",
            "Jetty refuses an encoded slash in a path with 400 before the kit runs; Django decodes it to '/'",
            "reverse regex re_opt [] {}",
            "reverse fills in only named groups between fixed text; an optional group (?:...)? is not reversed",
            "reverse regex re_opt [[str, 5]] {}",
            "reverse fills in only named groups between fixed text; an optional group (?:...)? is not reversed");
    // endregion

    private static Map<String, Object> suite;
    private static final Map<String, Router> ROUTERS = new LinkedHashMap<>();
    private static final Map<String, WebServer> SERVERS = new LinkedHashMap<>();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();     // follows no redirects

    /** A view that answers with its name, as the generator's views do. */
    record NamedView(String id) implements View {
        @Override
        public Response handle(org.mtvkit.http.Request request, Kwargs kwargs) {
            return Response.text(id);
        }
    }

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void buildTheUrlconfs() throws IOException {
        try (InputStream in = RouterConformanceTest.class.getResourceAsStream("/conformance/django-urls.json")) {
            suite = (Map<String, Object>) MiniJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        Map<String, Object> urlconfs = (Map<String, Object>) suite.get("urlconfs");
        urlconfs.forEach((name, entries) -> ROUTERS.put(name, builder().build(entries((List<Object>) entries))));
    }

    @AfterAll
    static void stopServers() {
        SERVERS.values().forEach(WebServer::stop);
    }

    // region: custom-converters
    /** The generator's three custom converters, written again with the kit's API. */
    private static Router.Builder builder() {
        return Router.builder()
                .converter("year4", Converter.of("[0-9]{4}", Long::valueOf,
                        value -> String.format("%04d", Long.parseLong(String.valueOf(value)))))
                .converter("hex", Converter.of("[0-9a-f]+", text -> Long.parseLong(text, 16),
                        value -> Long.toHexString(Long.parseLong(String.valueOf(value)))))
                .converter("upper", Converter.of("[A-Z]+", text -> text, value -> {
                    String text = String.valueOf(value);
                    if (!text.equals(text.toUpperCase(java.util.Locale.ROOT)) || text.equals(text.toLowerCase(java.util.Locale.ROOT))) {
                        throw new IllegalArgumentException("not upper case");
                    }
                    return text;
                }));
    }
    // endregion

    // region: build-entries
    @SuppressWarnings("unchecked")
    private static List<UrlEntry> entries(List<Object> described) {
        List<UrlEntry> entries = new ArrayList<>();
        for (Object item : described) {
            Map<String, Object> entry = (Map<String, Object>) item;
            Map<String, Object> kwargs = javaDefaults((Map<String, Object>) entry.get("kwargs"));
            if (entry.containsKey("include")) {
                String prefix = (String) entry.get("include");
                List<UrlEntry> inner = entries((List<Object>) entry.get("patterns"));
                Optional<String> appName = Optional.ofNullable((String) entry.get("app_name"));
                UrlEntry.Include include = appName.isPresent() ? Urls.include(prefix, appName.get(), inner)
                        : Urls.include(prefix, inner);
                if (entry.get("namespace") != null) {
                    include = include.namespace((String) entry.get("namespace"));
                }
                entries.add(include.kwargs(kwargs));
                continue;
            }
            View view = new NamedView((String) entry.get("view"));
            boolean regex = entry.containsKey("re_path");
            String pattern = (String) (regex ? entry.get("re_path") : entry.get("path"));
            String name = (String) entry.get("name");
            UrlEntry.Route route = regex ? (name == null ? Urls.rePath(pattern, view) : Urls.rePath(pattern, view, name))
                    : (name == null ? Urls.path(pattern, view) : Urls.path(pattern, view, name));
            route = route.kwargs(kwargs);
            if (Boolean.TRUE.equals(entry.get("no_append_slash"))) {
                route = route.noAppendSlash();
            }
            entries.add(route);
        }
        return entries;
    }
    // endregion

    /** JSON numbers are whole: as default kwargs they are the Long an <int:> would give. */
    private static Map<String, Object> javaDefaults(Map<String, Object> kwargs) {
        return new LinkedHashMap<>(kwargs);
    }

    /** A typed value from the JSON, {@code ["int", 5]}, as Java gives it to reverse or gets it from resolve. */
    private static Object value(Object typed) {
        List<?> pair = (List<?>) typed;
        String kind = (String) pair.get(0);
        Object raw = pair.get(1);
        return switch (kind) {
            case "int" -> raw instanceof BigInteger big ? big : (Object) ((Number) raw).longValue();
            case "bigint" -> new BigInteger((String) raw);
            case "uuid" -> UUID.fromString((String) raw);
            case "str" -> raw;
            default -> throw new IllegalArgumentException("unknown value type " + kind);
        };
    }

    @TestFactory
    @DisplayName("every case Django answered gets the same answer from the router")
    @SuppressWarnings("unchecked")
    Stream<DynamicTest> everyCase() {
        return ((List<Object>) suite.get("cases")).stream().map(item -> {
            Map<String, Object> c = (Map<String, Object>) item;
            String key = key(c);
            return DynamicTest.dynamicTest(key, () -> {
                Object expected = normalise(c.get("expected"));
                Object actual = answer(c);
                if (DIFFERENCES.containsKey(key)) {
                    assertNotEquals(expected, actual, "listed as a difference but the kit now agrees with Django:"
                            + " remove it from DIFFERENCES and from chapter 2's table");
                } else {
                    assertEquals(expected, actual, key);
                }
            });
        });
    }

    @Test
    @DisplayName("the suite is large enough to mean something, and every listed difference is one of its cases")
    @SuppressWarnings("unchecked")
    void suiteSize() {
        List<Object> cases = (List<Object>) suite.get("cases");
        assertTrue(cases.size() >= 200, "only " + cases.size() + " cases");
        List<String> keys = cases.stream().map(c -> key((Map<String, Object>) c)).toList();
        assertTrue(keys.containsAll(DIFFERENCES.keySet()), "a difference names no case: " + DIFFERENCES.keySet());
        assertEquals(keys.size(), new java.util.HashSet<>(keys).size(), "two cases with the same description");
        assertEquals(false, suite.get("debug"), "the suite is recorded with DEBUG off");
    }

    @SuppressWarnings("unchecked")
    private static String key(Map<String, Object> c) {
        String kind = (String) c.get("kind");
        return switch (kind) {
            case "resolve" -> "resolve " + c.get("urlconf") + " " + c.get("path");
            case "reverse" -> "reverse " + c.get("urlconf") + " " + c.get("name") + " "
                    + listText(c.getOrDefault("args", List.of())) + " " + c.getOrDefault("kwargs", Map.of())
                    + (c.containsKey("current_app") ? " current_app=" + c.get("current_app") : "");
            default -> "append_slash " + c.get("urlconf") + " " + c.get("method") + " " + c.get("path")
                    + (((String) c.get("query")).isEmpty() ? "" : "?" + c.get("query"));
        };
    }

    private static String listText(Object list) {
        return String.valueOf(list).replace("\"", "");
    }

    /** Django's answer in the form the kit's is put in: typed values become Java values. */
    @SuppressWarnings("unchecked")
    private static Object normalise(Object expected) {
        if (!(expected instanceof Map<?, ?> map) || !map.containsKey("kwargs")) {
            return expected;
        }
        Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) map);
        Map<String, Object> kwargs = new LinkedHashMap<>();
        ((Map<String, Object>) map.get("kwargs")).forEach((k, v) -> kwargs.put(k, value(v)));
        copy.put("kwargs", kwargs);
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Object answer(Map<String, Object> c) throws Exception {
        Router router = ROUTERS.get((String) c.get("urlconf"));
        switch ((String) c.get("kind")) {
            case "resolve": {
                Optional<ResolverMatch> match = router.resolve((String) c.get("path"));
                if (match.isEmpty()) {
                    return null;
                }
                ResolverMatch m = match.get();
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("view", ((NamedView) m.view()).id());
                out.put("url_name", m.urlName().orElse(null));
                out.put("namespaces", m.namespaces());
                out.put("app_names", m.appNames());
                out.put("route", m.route());
                out.put("kwargs", new LinkedHashMap<>(m.kwargs().asMap()));
                return out;
            }
            case "reverse": {
                List<Object> args = new ArrayList<>();
                ((List<Object>) c.getOrDefault("args", List.of())).forEach(v -> args.add(value(v)));
                Map<String, Object> kwargs = new LinkedHashMap<>();
                ((Map<String, Object>) c.getOrDefault("kwargs", Map.of())).forEach((k, v) -> kwargs.put(k, value(v)));
                try {
                    return Map.of("path", router.reverse((String) c.get("name"), args, kwargs,
                            Optional.ofNullable((String) c.get("current_app"))));
                } catch (NoReverseMatch e) {
                    return Map.of("error", "NoReverseMatch");
                }
            }
            default:
                return appendSlash(c, router);
        }
    }

    // region: append-slash-over-http
    /** The request through the kit's middleware with DEBUG off, over real HTTP, as Django's test client sends it. */
    private static Map<String, Object> appendSlash(Map<String, Object> c, Router router) throws Exception {
        String conf = (String) c.get("urlconf");
        WebServer server = SERVERS.computeIfAbsent(conf, name -> WebServer.start(Middleware.chain(router,
                ErrorMiddleware.create(false), AppendSlash.using(router, false)), "127.0.0.1", 0));
        String query = (String) c.get("query");
        String method = (String) c.get("method");
        URI uri = URI.create("http://127.0.0.1:" + server.port() + c.get("path") + (query.isEmpty() ? "" : "?" + query));
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(uri)
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", (long) response.statusCode());
        if (response.statusCode() == 301 || response.statusCode() == 302) {
            out.put("location", response.headers().firstValue("Location").orElse(""));
        }
        if (response.statusCode() == 200 && !method.equals("HEAD")) {
            out.put("body", response.body());
        }
        return out;
    }
    // endregion
}
