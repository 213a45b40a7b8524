package org.mtvkit.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mtvkit.routing.Urls.include;
import static org.mtvkit.routing.Urls.path;
import static org.mtvkit.routing.Urls.rePath;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mtvkit.http.Request;
import org.mtvkit.http.Response;

/** Resolution through {@link Router#resolve}: which view a path reaches, and with which arguments. */
@DisplayName("Resolving a path finds its view and its arguments")
class ResolveTest {

    /** A view that answers its own id, so a test can tell which one was picked. */
    static View view(String id) {
        return (request, kwargs) -> Response.text(id + " " + kwargs);
    }

    static String viewId(Optional<ResolverMatch> match) throws Exception {
        return match.orElseThrow().view().handle(Request.builder("GET", "/").build(), Kwargs.empty()).bodyText().split(" ")[0];
    }

    private static Map<String, Object> kwargs(Router router, String path) {
        return router.resolve(path).orElseThrow(() -> new AssertionError("no match for " + path)).kwargs().asMap();
    }

    @Test
    @DisplayName("<int:> matches digits and gives a Long")
    void intConverter() {
        Router router = Router.of(path("items/<int:id>/", view("item")));
        assertEquals(Map.of("id", 42L), kwargs(router, "/items/42/"));
        assertTrue(router.resolve("/items/42/").orElseThrow().kwargs().get("id") instanceof Long);
        assertTrue(router.resolve("/items/-1/").isEmpty(), "no sign: <int:> is non-negative");
        assertTrue(router.resolve("/items/x/").isEmpty());
    }

    @Test
    @DisplayName("an integer too large for a long is 'no match', and the scan goes on to the next pattern")
    void intOverflowIsNoMatch() throws Exception {
        Router router = Router.of(path("items/<int:id>/", view("int")), path("items/<str:id>/", view("str")));
        assertEquals("int", viewId(router.resolve("/items/9223372036854775807/")));
        assertEquals("str", viewId(router.resolve("/items/9223372036854775808/")));
        assertTrue(Router.of(path("items/<int:id>/", view("int"))).resolve("/items/99999999999999999999/").isEmpty());
    }

    @Test
    @DisplayName("<str:> is the default converter: anything but '/', never empty")
    void strConverter() {
        Router router = Router.of(path("hello/<name>/", view("hello")));
        assertEquals(Map.of("name", "Ada Lovelace"), kwargs(router, "/hello/Ada Lovelace/"));
        assertEquals(Map.of("name", "日本 <b>"), kwargs(router, "/hello/日本 <b>/"));
        assertTrue(router.resolve("/hello//").isEmpty());
        assertTrue(router.resolve("/hello/a/b/").isEmpty());
    }

    @Test
    @DisplayName("<slug:> matches letters, digits, '-' and '_' only")
    void slugConverter() {
        Router router = Router.of(path("<slug:s>/", view("slug")));
        assertEquals(Map.of("s", "routing-tables_2"), kwargs(router, "/routing-tables_2/"));
        assertTrue(router.resolve("/caf\u00e9/").isEmpty());
        assertTrue(router.resolve("/a.b/").isEmpty());
    }

    @Test
    @DisplayName("<uuid:> matches a lowercase dashed UUID and gives a java.util.UUID")
    void uuidConverter() {
        Router router = Router.of(path("u/<uuid:u>/", view("uuid")));
        UUID u = UUID.fromString("075194d3-6885-417e-a8a8-6c931e272f00");
        assertEquals(Map.of("u", u), kwargs(router, "/u/075194d3-6885-417e-a8a8-6c931e272f00/"));
        assertTrue(router.resolve("/u/075194D3-6885-417E-A8A8-6C931E272F00/").isEmpty(), "uppercase does not match");
        assertTrue(router.resolve("/u/075194d36885417ea8a86c931e272f00/").isEmpty(), "dashes are required");
    }

    @Test
    @DisplayName("<path:> matches across '/'")
    void pathConverter() {
        Router router = Router.of(path("files/<path:p>", view("files")));
        assertEquals(Map.of("p", "docs/2024/report.pdf"), kwargs(router, "/files/docs/2024/report.pdf"));
        assertTrue(router.resolve("/files/").isEmpty(), "but not nothing");
    }

    @Test
    @DisplayName("two parameters in one segment are separated by the regexes, as in Django")
    void twoParametersInOneSegment() {
        Router router = Router.of(path("v<int:major>.<int:minor>/", view("version")));
        assertEquals(Map.of("major", 2L, "minor", 10L), kwargs(router, "/v2.10/"));
    }

    @Test
    @DisplayName("a custom converter is used for matching and its value reaches the view")
    void customConverter() {
        Router router = Router.builder()
                .converter("yyyy", Converter.of("[0-9]{4}", Integer::valueOf, value -> String.format("%04d", value)))
                .build(path("archive/<yyyy:year>/", view("archive"), "archive"));
        assertEquals(Map.of("year", 1999), kwargs(router, "/archive/1999/"));
        assertTrue(router.resolve("/archive/199/").isEmpty());
        assertEquals("/archive/0042/", router.reverse("archive", 42));
    }

    @Test
    @DisplayName("a custom converter's toJava failing means 'keep looking'")
    void customConverterRefuses() throws Exception {
        Converter even = Converter.of("[0-9]+", text -> {
            int n = Integer.parseInt(text);
            if (n % 2 != 0) {
                throw new IllegalArgumentException("odd");
            }
            return n;
        }, String::valueOf);
        Router router = Router.builder().converter("even", even)
                .build(path("n/<even:n>/", view("even")), path("n/<int:n>/", view("odd")));
        assertEquals("even", viewId(router.resolve("/n/4/")));
        assertEquals("odd", viewId(router.resolve("/n/5/")));
    }

    @Test
    @DisplayName("patterns are tried in order and the first match wins")
    void firstMatchWins() throws Exception {
        Router router = Router.of(path("articles/2003/", view("special")),
                path("articles/<int:year>/", view("year")), path("articles/<str:any>/", view("any")));
        assertEquals("special", viewId(router.resolve("/articles/2003/")));
        assertEquals("year", viewId(router.resolve("/articles/2004/")));
        assertEquals("any", viewId(router.resolve("/articles/x/")));
    }

    @Test
    @DisplayName("the index keeps first-match-wins: an earlier pattern starting with a parameter still wins")
    void indexKeepsOrder() throws Exception {
        Router paramFirst = Router.of(path("<str:page>/", view("param")), path("about/", view("about")));
        assertEquals("param", viewId(paramFirst.resolve("/about/")));
        Router literalFirst = Router.of(path("about/", view("about")), path("<str:page>/", view("param")));
        assertEquals("about", viewId(literalFirst.resolve("/about/")));
        Router partialPrefix = Router.of(include("ab", List.of(path("out/", view("include")))),
                path("about/", view("about")));
        assertEquals("include", viewId(partialPrefix.resolve("/about/")), "a prefix without '/' is not indexed");
        Router regexFirst = Router.of(rePath("^a", view("regex")), path("about/", view("about")));
        assertEquals("regex", viewId(regexFirst.resolve("/about/")));
    }

    @Test
    @DisplayName("among a thousand routes, each path still reaches its own route")
    void thousandRoutes() throws Exception {
        List<UrlEntry> entries = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            entries.add(path("section" + i + "/<int:id>/", view("s" + i), "s" + i));
        }
        entries.add(path("<slug:page>/", view("page")));
        Router router = Router.builder().build(entries);
        assertEquals("s0", viewId(router.resolve("/section0/1/")));
        assertEquals("s999", viewId(router.resolve("/section999/1/")));
        assertEquals("page", viewId(router.resolve("/section1000/")));
        assertEquals("/section500/7/", router.reverse("s500", 7));
    }

    @Test
    @DisplayName("the empty pattern matches the site root only")
    void emptyPattern() throws Exception {
        Router router = Router.of(path("", view("home")));
        assertEquals("home", viewId(router.resolve("/")));
        assertTrue(router.resolve("/x").isEmpty());
    }

    @Test
    @DisplayName("a path without its leading '/' resolves to nothing")
    void pathWithoutSlash() {
        assertTrue(Router.of(path("", view("home"))).resolve("").isEmpty());
    }

    @Test
    @DisplayName("an include strips its prefix before the patterns inside match")
    void includeStripsPrefix() throws Exception {
        Router router = Router.of(include("polls/", "polls", List.of(path("", view("index"), "index"),
                path("<int:question_id>/", view("detail"), "detail"))));
        assertEquals("index", viewId(router.resolve("/polls/")));
        ResolverMatch match = router.resolve("/polls/7/").orElseThrow();
        assertEquals(Map.of("question_id", 7L), match.kwargs().asMap());
        assertEquals(Optional.of("detail"), match.urlName());
        assertEquals("polls", match.namespace());
        assertEquals(Optional.of("polls:detail"), match.viewName());
        assertEquals("polls/<int:question_id>/", match.route());
        assertTrue(router.resolve("/7/").isEmpty());
    }

    @Test
    @DisplayName("nested includes join their namespaces and pass their prefixes' arguments on")
    void nestedIncludes() {
        Router router = Router.of(include("<slug:lang>/", List.of(
                include("blog/", "blog", List.of(include("admin/", "admin", List.of(
                        path("posts/<int:id>/", view("edit"), "edit"))))))));
        ResolverMatch match = router.resolve("/en/blog/admin/posts/3/").orElseThrow();
        assertEquals(Map.of("lang", "en", "id", 3L), match.kwargs().asMap());
        assertEquals(List.of("blog", "admin"), match.namespaces());
        assertEquals(Optional.of("blog:admin:edit"), match.viewName());
        assertEquals("<slug:lang>/blog/admin/posts/<int:id>/", match.route());
    }

    @Test
    @DisplayName("when an include's prefix matches but nothing inside does, the scan continues after it")
    void includeFallsThrough() throws Exception {
        Router router = Router.of(include("polls/", List.of(path("<int:id>/", view("detail")))),
                path("polls/<str:slug>/", view("by-slug")));
        assertEquals("by-slug", viewId(router.resolve("/polls/latest/")));
    }

    @Test
    @DisplayName("re_path: named groups, in Django's (?P<name>) or Java's (?<name>) syntax, give string arguments")
    void regexRoutes() {
        Router router = Router.of(rePath("^articles/(?P<year>[0-9]{4})/(?<slug>[-a-z]+)/$", view("article")));
        assertEquals(Map.of("year", "2024", "slug", "routing"), kwargs(router, "/articles/2024/routing/"));
        assertTrue(router.resolve("/articles/24/routing/").isEmpty());
        assertTrue(router.resolve("/x/articles/2024/routing/").isEmpty(), "anchored at the start");
    }

    @Test
    @DisplayName("re_path with underscores in group names")
    void regexUnderscoreNames() {
        Router router = Router.of(rePath("^q/(?P<question_id>[0-9]+)/$", view("q")));
        assertEquals(Map.of("question_id", "12"), kwargs(router, "/q/12/"));
    }

    @Test
    @DisplayName("the route list names every pattern in order, includes expanded")
    void patternsList() {
        Router router = Router.of(path("", view("home"), "home"),
                include("polls/", "polls", List.of(path("<int:id>/", view("d"), "detail"), path("x/", view("x")))));
        assertEquals(List.of("[name='home']", "polls/<int:id>/ [name='polls:detail']", "polls/x/"),
                router.patterns());
    }
}
