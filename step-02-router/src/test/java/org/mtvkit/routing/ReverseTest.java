package org.mtvkit.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mtvkit.routing.ResolveTest.view;
import static org.mtvkit.routing.Urls.include;
import static org.mtvkit.routing.Urls.path;
import static org.mtvkit.routing.Urls.rePath;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** {@link Router#reverse}: from a route's name and arguments back to its path. */
@DisplayName("Reversing a route's name and arguments gives back its path")
class ReverseTest {

    static final UUID ID = UUID.fromString("075194d3-6885-417e-a8a8-6c931e272f00");

    // Package-private: RoundTripTest resolves and reverses with the same routes.
    final Router router = Router.builder()
            .converter("yyyy", Converter.of("[0-9]{4}", Integer::valueOf, value -> String.format("%04d", value)))
            .build(
                    path("", view("home"), "home"),
                    path("items/<int:id>/", view("item"), "item"),
                    path("hello/<str:name>/", view("hello"), "hello"),
                    path("articles/<int:year>/<slug:slug>/", view("article"), "article"),
                    path("u/<uuid:u>/", view("uuid"), "uuid"),
                    path("files/<path:p>", view("files"), "files"),
                    path("archive/<yyyy:year>/", view("archive"), "archive"),
                    path("café/", view("cafe"), "cafe"),
                    rePath("^old/(?P<year>[0-9]{4})/$", view("old"), "old"),
                    rePath("^weird/[a-z]+/$", view("weird"), "weird"),
                    include("<slug:lang>/polls/", "polls", List.of(
                            path("<int:question_id>/", view("detail"), "detail"))));

    private static void assertFails(Executable reverse, String... fragments) {
        NoReverseMatch e = assertThrows(NoReverseMatch.class, reverse);
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), "'" + fragment + "' missing from: " + e.getMessage());
        }
    }

    @Test
    @DisplayName("reverse fills a route with positional arguments")
    void positional() {
        assertEquals("/", router.reverse("home"));
        assertEquals("/items/7/", router.reverse("item", 7));
        assertEquals("/articles/2024/routing-tables/", router.reverse("article", 2024, "routing-tables"));
    }

    @Test
    @DisplayName("reverse fills a route with keyword arguments")
    void keyword() {
        assertEquals("/articles/2024/x/", router.reverse("article", Map.of("slug", "x", "year", 2024)));
    }

    @Test
    @DisplayName("reverse finds a route through its namespace, prefix arguments included")
    void namespaced() {
        assertEquals("/en/polls/7/", router.reverse("polls:detail", "en", 7));
        assertEquals("/en/polls/7/", router.reverse("polls:detail", Map.of("lang", "en", "question_id", 7)));
    }

    @Test
    @DisplayName("a name reversed again and again keeps no values between calls: each call fits its own arguments")
    void keptShapesHoldNoValues() {
        // The walk and each candidate's shape are kept after the first reverse of a name; only the routes go in them.
        assertEquals("/en/polls/7/", router.reverse("polls:detail", "en", 7));
        assertFails(() -> router.reverse("polls:detail", "en"), "takes 2 arguments [lang, question_id]");
        assertEquals("/fr/polls/8/", router.reverse("polls:detail", Map.of("lang", "fr", "question_id", 8)));
        assertEquals("/en/polls/7/", router.reverse("polls:detail", "en", 7));
        assertEquals("/caf%C3%A9/", router.reverse("cafe"));
        assertEquals("/caf%C3%A9/", router.reverse("cafe"), "the literal, encoded once, is the same the second time");
        assertFails(() -> router.reverse("weird"), "uses '['");
        assertFails(() -> router.reverse("weird"), "uses '['");
    }

    @Test
    @DisplayName("a path reversed again from the same values comes out the same, and a converter of the project's own is asked every time")
    void remembersOnlyWhatDependsOnTheValuesAlone() {
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        Router counted = Router.builder()
                .converter("ticket", Converter.of("[0-9]+", Long::valueOf, value -> {
                    asked.incrementAndGet();
                    return String.valueOf(value);
                }))
                .build(List.of(path("items/<int:id>/", view("item"), "item"),
                        path("t/<ticket:n>/", view("ticket"), "ticket")));
        for (int i = 0; i < 3; i++) {
            assertEquals("/items/7/", counted.reverse("item", 7L));
            assertEquals("/items/7/", counted.reverse("item", 7));
            assertEquals("/items/8/", counted.reverse("item", "8"));
            assertFails(() -> counted.reverse("item", "x"), "does not match");
            assertFails(() -> counted.reverse("item", -1L), "does not match");
        }
        for (int i = 0; i < 3; i++) {
            assertEquals("/t/5/", counted.reverse("ticket", 5L));
        }
        assertEquals(3, asked.get(), "the project's converter was asked every time");
    }

    @Test
    @DisplayName("reverse percent-encodes values and literal text, and decoding gives the text back")
    void percentEncodes() {
        String path = router.reverse("hello", "Ada Lovelace?#%é");
        assertEquals("/hello/Ada%20Lovelace%3F%23%25%C3%A9/", path);
        assertEquals("/hello/Ada Lovelace?#%é/", decodePath(path));
        assertEquals("/caf%C3%A9/", router.reverse("cafe"));
        assertEquals("/files/a/b%20c.txt", router.reverse("files", "a/b c.txt"), "'/' in a <path:> stays a '/'");
    }

    @Test
    @DisplayName("an unknown name is an error listing the known names")
    void unknownName() {
        assertFails(() -> router.reverse("index"), "'index' not found", "polls:detail", "home");
    }

    @Test
    @DisplayName("the wrong number of arguments is an error naming the route and its parameters")
    void wrongCount() {
        assertFails(() -> router.reverse("article", 2024), "'article'", "[2024]",
                "'articles/<int:year>/<slug:slug>/'", "takes 2 arguments [year, slug]");
    }

    @Test
    @DisplayName("the wrong keyword names are an error naming the expected ones")
    void wrongKeywords() {
        assertFails(() -> router.reverse("item", Map.of("pk", 1)), "'item'", "keyword arguments [pk]",
                "takes 1 argument [id]");
    }

    @Test
    @DisplayName("a value whose text the converter's regex refuses is an error naming the parameter")
    void valueOfWrongType() {
        assertFails(() -> router.reverse("item", "seven"), "<int:id>", "'items/<int:id>/'", "does not fit",
                "its text 'seven' does not match [0-9]+");
        assertFails(() -> router.reverse("item", -1), "<int:id>", "'-1' does not match");
        assertFails(() -> router.reverse("item", 3.5), "<int:id>", "'3.5' does not match");
        assertFails(() -> router.reverse("uuid", "not-a-uuid"), "<uuid:u>", "does not match");
    }

    @Test
    @DisplayName("reverse takes any value whose text the converter accepts, as Django does")
    void valuesByTheirText() {
        assertEquals("/items/2024/", router.reverse("item", "2024"));
        assertEquals("/items/3000000000/", router.reverse("item", 3_000_000_000L));
        assertEquals("/items/7/", router.reverse("item", (short) 7));
        assertEquals("/items/12345678901234567890/", router.reverse("item", new java.math.BigInteger("12345678901234567890")));
        assertEquals("/u/" + ID + "/", router.reverse("uuid", ID.toString()));
        assertEquals("/archive/0042/", router.reverse("archive", 42));
    }

    @Test
    @DisplayName("a custom converter's to-URL refusing a value is a NoReverseMatch naming the converter, not a crash")
    void customConverterRefuses() {
        assertFails(() -> router.reverse("archive", "42"), "<yyyy:year>", "the converter refused it");
    }

    // region: open-redirect-tests
    @Test
    @DisplayName("reverse never starts a path with '//': the second slash is encoded, for every converter")
    void noSchemeRelativePaths() {
        Router open = Router.builder()
                .converter("any", Converter.of(".*", text -> text, String::valueOf))
                .build(path("<path:p>", view("path"), "path"), path("<str:s>/", view("str"), "str"),
                        path("<any:a>", view("any"), "any"), rePath("^(?P<r>.+)$", view("re"), "re"),
                        path("<int:i>/", view("int"), "int"), path("<slug:s>/", view("slug"), "slug"),
                        path("<uuid:u>/", view("uuid"), "uuid"));
        assertEquals("/%2Fevil.example/", open.reverse("path", "/evil.example/"));
        assertEquals("/%2F/x", open.reverse("path", "//x"));
        assertEquals("/%2Fevil.example", open.reverse("any", "/evil.example"));
        assertEquals("/%2Fevil.example", open.reverse("re", "/evil.example"));
        assertFails(() -> open.reverse("str", "/evil.example"), "does not match [^/]+");
        // The others cannot hold a '/' at all: their regexes refuse it before any path is built.
        assertFails(() -> open.reverse("int", "/1"), "does not match");
        assertFails(() -> open.reverse("slug", "/x"), "does not match");
        assertFails(() -> open.reverse("uuid", "/" + ID), "does not match");
    }
    // endregion

    @Test
    @DisplayName("characters Django leaves as they are in a reversed path stay unescaped, ';' and '=' among them")
    void djangoSafeCharacters() {
        assertEquals("/hello/a;b=c!$&'()*+,~:@/", router.reverse("hello", "a;b=c!$&'()*+,~:@"));
        assertEquals("/hello/%3C%3E%22%5B%5D%7B%7D%7C%5C%5E%60/", router.reverse("hello", "<>\"[]{}|\\^`"));
    }

    @Test
    @DisplayName("the same name on several routes is allowed: reverse picks by the arguments, the last written first")
    void repeatedNames() {
        Router twice = Router.of(path("a/", view("a"), "page"), path("a/<int:n>/", view("an"), "page"),
                path("b/", view("b"), "page"));
        assertEquals("/b/", twice.reverse("page"), "Django tries the last pattern written first");
        assertEquals("/a/3/", twice.reverse("page", 3));
        assertEquals("/a/3/", twice.reverse("page", Map.of("n", 3)));
        assertFails(() -> twice.reverse("page", 1, 2), "3 patterns have that name", "'a/<int:n>/' takes 1 argument",
                "'b/' takes 0 arguments", "with the arguments [1, 2]");
    }

    @Test
    @DisplayName("default keyword arguments may be left out of reverse, or given with the same value")
    void defaultsInReverse() {
        Router pages = Router.of(path("blog/", view("first"), Map.of("page", 1), "blog"),
                path("blog/<int:page>/", view("page"), "blog"));
        assertEquals("/blog/", pages.reverse("blog"));
        assertEquals("/blog/2/", pages.reverse("blog", Map.of("page", 2)));
        assertEquals("/blog/1/", pages.reverse("blog", Map.of("page", 1)), "the last route written is tried first");
        Router only = Router.of(path("blog/", view("first"), Map.of("page", 1), "blog"));
        assertEquals("/blog/", only.reverse("blog", Map.of("page", 1)));
        assertFails(() -> only.reverse("blog", Map.of("page", 2)), "'blog/' fixes page=1");
    }

    @Test
    @DisplayName("current_app picks the instance of an application namespace; without it, the default instance")
    void currentApp() {
        List<UrlEntry> polls = List.of(path("", view("index"), "index"));
        Router twice = Router.of(include("a/", "polls", polls).namespace("a"), include("b/", "polls", polls).namespace("b"),
                include("polls/", "polls", polls));
        assertEquals("/polls/", twice.reverse("polls:index"), "the instance named like the app is its default");
        assertEquals("/a/", twice.reverse("polls:index", List.of(), Map.of(), java.util.Optional.of("a")));
        assertEquals("/b/", twice.reverse("polls:index", List.of(), Map.of(), java.util.Optional.of("b")));
        assertEquals("/polls/", twice.reverse("polls:index", List.of(), Map.of(), java.util.Optional.of("other")));
        assertEquals("/a/", twice.reverse("a:index", List.of(), Map.of(), java.util.Optional.of("b")),
                "an instance namespace is never overridden");
    }

    @Test
    @DisplayName("an unknown namespace is named as such, with the namespaces known there")
    void unknownNamespace() {
        assertFails(() -> router.reverse("blog:index"), "'blog' is not a registered namespace", "[polls]");
        assertFails(() -> router.reverse("polls:blog:index"), "'blog' is not a registered namespace inside 'polls'");
    }

    @Test
    @DisplayName("the known names in an unknown-name error include application-namespace aliases")
    void knownNamesIncludeAliases() {
        List<UrlEntry> polls = List.of(path("", view("index"), "index"));
        Router twice = Router.of(include("a/", "polls", polls).namespace("a"), include("b/", "polls", polls).namespace("b"));
        assertFails(() -> twice.reverse("indx"), "[a:index, b:index, polls:index]");
    }

    @Test
    @DisplayName("on a large site the unknown-name error lists only the nearest names")
    void nearestNames() {
        List<UrlEntry> many = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.add(path("p" + i + "/", view("p"), "page" + i));
        }
        many.add(path("detail/", view("d"), "detail"));
        NoReverseMatch e = assertThrows(NoReverseMatch.class, () -> Router.of(many.toArray(UrlEntry[]::new))
                .reverse("detial"));
        assertTrue(e.getMessage().contains("The nearest of the 41 known names: [detail"), e.getMessage());
        assertTrue(!e.getMessage().contains("page39") || e.getMessage().split(",").length <= 12, e.getMessage());
    }

    @Test
    @DisplayName("a route that takes arguments, reversed with none, says 'with no arguments'")
    void noArguments() {
        assertFails(() -> router.reverse("item"), "'item' with no arguments not found", "takes 1 argument [id]");
    }

    @Test
    @DisplayName("positional and keyword arguments together are refused, as in Django")
    void mixedArguments() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> router.reverse("item", List.of(1), Map.of("id", 1), java.util.Optional.empty()));
        assertTrue(e.getMessage().contains("both positional and keyword arguments"), e.getMessage());
    }

    @Test
    @DisplayName("namedRoutes lists every reversible name with its namespaces and parameters, in the order written")
    void namedRoutes() {
        assertEquals(new NamedRoute("home", "", List.of()), router.namedRoutes().get(0));
        assertEquals(new NamedRoute("polls:detail", "<slug:lang>/polls/<int:question_id>/",
                List.of("lang", "question_id")), router.namedRoutes().get(router.namedRoutes().size() - 1));
        assertEquals(11, router.namedRoutes().size());
    }

    @Test
    @DisplayName("a value that does not match the converter's regex is an error")
    void valueNotMatchingRegex() {
        assertFails(() -> router.reverse("hello", "a/b"), "<str:name>", "'a/b' does not match [^/]+");
        assertFails(() -> router.reverse("article", 2024, "not a slug"), "<slug:slug>", "does not match");
        assertFails(() -> router.reverse("hello", ""), "<str:name>");
    }

    @Test
    @DisplayName("null is never a value for a route")
    void nullValue() {
        Map<String, Object> kwargs = new HashMap<>();
        kwargs.put("name", null);
        assertFails(() -> router.reverse("hello", kwargs), "null is not a value");
    }

    @Test
    @DisplayName("a regex route with only named groups between fixed text can be reversed; values are checked")
    void regexReverse() {
        assertEquals("/old/2001/", router.reverse("old", "2001"));
        assertFails(() -> router.reverse("old", "01"), "does not match [0-9]{4}");
    }

    @Test
    @DisplayName("a regex route using other regex features cannot be reversed, and the error says why")
    void regexNotReversible() {
        assertFails(() -> router.reverse("weird"), "'^weird/[a-z]+/$'", "uses '['", "path()");
    }

    @Test
    @DisplayName("an application namespace finds its default instance, an instance namespace its own routes")
    void instanceNamespaces() {
        List<UrlEntry> polls = List.of(path("", view("index"), "index"));
        Router twice = Router.of(include("polls/", "polls", polls), include("old-polls/", "polls", polls).namespace("old"));
        assertEquals("/polls/", twice.reverse("polls:index"));
        assertEquals("/old-polls/", twice.reverse("old:index"));
        Router noDefault = Router.of(include("a/", "polls", polls).namespace("a"),
                include("b/", "polls", polls).namespace("b"));
        assertEquals("/b/", noDefault.reverse("polls:index"), "without a default instance, the last one deployed");
    }

    @Test
    @DisplayName("keyword arguments may come in any order and map type")
    void keywordOrder() {
        Map<String, Object> kwargs = new LinkedHashMap<>();
        kwargs.put("question_id", 9);
        kwargs.put("lang", "fr");
        assertEquals("/fr/polls/9/", router.reverse("polls:detail", kwargs));
    }

    /** A path's %XX escapes decoded as UTF-8 ('+' stays '+' in a path, unlike in a form). */
    static String decodePath(String path) {
        return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
