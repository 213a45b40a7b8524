package org.mtvkit.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mtvkit.routing.ResolveTest.view;
import static org.mtvkit.routing.Urls.include;
import static org.mtvkit.routing.Urls.path;
import static org.mtvkit.routing.Urls.rePath;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.mtvkit.http.PercentDecoder;

/** {@link Router#reverse}: from a route's name and arguments back to its path. */
class ReverseTest {

    private static final UUID ID = UUID.fromString("075194d3-6885-417e-a8a8-6c931e272f00");

    private final Router router = Router.builder()
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
    @DisplayName("reverse percent-encodes values and literal text, and decoding gives the text back")
    void percentEncodes() {
        String path = router.reverse("hello", "Ada Lovelace?#%é");
        assertEquals("/hello/Ada%20Lovelace%3F%23%25%C3%A9/", path);
        assertEquals("/hello/Ada Lovelace?#%é/", PercentDecoder.decode(path, false));
        assertEquals("/caf%C3%A9/", router.reverse("cafe"));
        assertEquals("/files/a/b%20c.txt", router.reverse("files", "a/b c.txt"), "'/' in a <path:> stays a '/'");
    }

    @Test
    @DisplayName("reverse(resolve(p)) gives p back, for every converter, a custom one, a regex and an include")
    void roundTrip() {
        for (String path : List.of("/", "/items/0/", "/items/2147483647/", "/hello/Ada/", "/articles/1999/a-b_c/",
                "/u/" + ID + "/", "/files/x/y/z.txt", "/archive/0042/", "/old/2001/", "/de/polls/3/")) {
            ResolverMatch match = router.resolve(path).orElseThrow(() -> new AssertionError(path));
            assertEquals(path, router.reverse(match.viewName().orElseThrow(), match.kwargs().asMap()), path);
        }
    }

    @Test
    @DisplayName("reverse(resolve(p)) gives back the encoded form of a path with non-ASCII and reserved characters")
    void roundTripEncoded() {
        String decoded = "/hello/日本 ?#/";
        ResolverMatch match = router.resolve(decoded).orElseThrow();
        String reversed = router.reverse(match.viewName().orElseThrow(), match.kwargs().asMap());
        assertEquals(decoded, PercentDecoder.decode(reversed, false));
        assertEquals(match.kwargs(), router.resolve(PercentDecoder.decode(reversed, false)).orElseThrow().kwargs());
    }

    @Test
    @DisplayName("an unknown name is an error listing the known names")
    void unknownName() {
        assertFails(() -> router.reverse("polls:index"), "'polls:index' not found", "polls:detail", "home");
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
        assertFails(() -> router.reverse("item", Map.of("pk", 1)), "'item'", "[pk]", "takes 1 argument [id]");
    }

    @Test
    @DisplayName("a value the converter cannot write is an error naming the parameter")
    void valueOfWrongType() {
        assertFails(() -> router.reverse("item", "seven"), "<int:id>", "'items/<int:id>/'", "does not fit");
        assertFails(() -> router.reverse("item", -1), "<int:id>", "from 0 to 2147483647");
        assertFails(() -> router.reverse("item", 3_000_000_000L), "<int:id>");
        assertFails(() -> router.reverse("uuid", ID.toString()), "<uuid:u>", "java.util.UUID");
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
}
