package org.mtvkit.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mtvkit.routing.Urls.include;
import static org.mtvkit.routing.Urls.path;
import static org.mtvkit.routing.Urls.rePath;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.mtvkit.http.Response;

/** Every mistake in a URL configuration is caught when the router is built, with the pattern quoted. */
@DisplayName("A mistake in a URL configuration is caught when the router is built, with the pattern quoted")
class ConfigurationErrorsTest {

    private static final View VIEW = (request, kwargs) -> Response.text("ok");

    private static void assertFails(Executable build, String... fragments) {
        ImproperlyConfigured e = assertThrows(ImproperlyConfigured.class, build);
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), "'" + fragment + "' missing from: " + e.getMessage());
        }
    }

    @Test
    @DisplayName("an unknown converter names the pattern, the converter and the known ones")
    void unknownConverter() {
        assertFails(() -> Router.of(path("items/<integer:id>/", VIEW)),
                "'items/<integer:id>/'", "unknown converter 'integer'", "[int, str, slug, uuid, path]", "column 7");
    }

    @Test
    @DisplayName("a '<' never closed is reported with its column")
    void unclosedBracket() {
        assertFails(() -> Router.of(path("articles/<int:year/", VIEW)),
                "'articles/<int:year/'", "never closed with '>'", "column 10");
    }

    @Test
    @DisplayName("a '<' closed only after another '<' is still unclosed")
    void bracketClosedTooLate() {
        assertFails(() -> Router.of(path("a/<int:x/<int:y>/", VIEW)), "'a/<int:x/<int:y>/'", "never closed");
    }

    @Test
    @DisplayName("a '>' with no '<' before it is an error")
    void strayClosingBracket() {
        assertFails(() -> Router.of(path("a>b/", VIEW)), "'a>b/'", "'>' with no '<'");
    }

    @Test
    @DisplayName("a parameter named twice in one pattern is an error")
    void parameterTwice() {
        assertFails(() -> Router.of(path("<int:id>/<slug:id>/", VIEW)), "'<int:id>/<slug:id>/'", "'id' twice");
    }

    @Test
    @DisplayName("a parameter named twice across an include and its patterns is an error too")
    void parameterTwiceAcrossInclude() {
        assertFails(() -> Router.of(include("<int:id>/", List.of(path("<int:id>/", VIEW)))), "'id' twice");
    }

    @Test
    @DisplayName("a parameter name that is not an identifier is an error")
    void badParameterName() {
        assertFails(() -> Router.of(path("<int:question-id>/", VIEW)), "'question-id'", "not a valid name");
    }

    @Test
    @DisplayName("a pattern starting with '/' is an error that says to remove the slash")
    void leadingSlash() {
        assertFails(() -> Router.of(path("/polls/", VIEW)), "'/polls/'", "Remove the slash");
    }

    @Test
    @DisplayName("whitespace in a pattern is an error")
    void whitespace() {
        assertFails(() -> Router.of(path("my page/", VIEW)), "'my page/'", "whitespace");
    }

    @Test
    @DisplayName("a route name used twice in one namespace is allowed, as in Django, across includes too")
    void repeatedNameIsAllowed() {
        Router router = Router.of(include("polls/", "polls", List.of(path("", VIEW, "index"),
                include("more/", List.of(path("x/", VIEW, "index"))))));
        assertEquals("/polls/more/x/", router.reverse("polls:index"), "the last written is tried first");
        assertEquals(2, router.namedRoutes().size());
    }

    @Test
    @DisplayName("the same name in two different namespaces is fine")
    void sameNameInTwoNamespaces() {
        Router router = Router.of(include("a/", "a", List.of(path("", VIEW, "index"))),
                include("b/", "b", List.of(path("", VIEW, "index"))));
        assertTrue(router.reverse("a:index").equals("/a/") && router.reverse("b:index").equals("/b/"));
    }

    @Test
    @DisplayName("an include with an instance namespace but no application name is an error")
    void namespaceWithoutAppName() {
        assertFails(() -> Router.of(include("polls/", List.of(path("", VIEW, "index"))).namespace("polls")),
                "include('polls/')", "namespace 'polls' but no application name");
    }

    @Test
    @DisplayName("two includes with the same namespace is an error")
    void namespaceTwice() {
        assertFails(() -> Router.of(include("a/", "polls", List.of()), include("b/", "polls", List.of())),
                "namespace 'polls' is used by two includes", "'a/'", "'b/'");
    }

    @Test
    @DisplayName("a route name containing ':' is an error")
    void nameWithColon() {
        assertFails(() -> Router.of(path("a/", VIEW, "polls:index")), "'polls:index'", "must not contain ':'");
    }

    @Test
    @DisplayName("a re_path regex that does not compile is an error quoting it")
    void badRegex() {
        assertFails(() -> Router.of(rePath("^(?P<year>[0-9]{4}/$", VIEW)), "'^(?P<year>[0-9]{4}/$'", "does not compile");
    }

    @Test
    @DisplayName("a re_path group named twice is an error")
    void regexGroupTwice() {
        assertFails(() -> Router.of(rePath("^(?P<a>x)/(?P<a>y)/$", VIEW)), "'a' twice");
    }

    @Test
    @DisplayName("a re_path group name that is not an identifier is an error")
    void regexBadGroupName() {
        assertFails(() -> Router.of(rePath("^(?P<question-id>[0-9]+)/$", VIEW)), "'^(?P<question-id>[0-9]+)/$'",
                "not a valid name");
    }

    @Test
    @DisplayName("a custom converter whose regex does not compile is refused when created")
    void badConverterRegex() {
        assertFails(() -> Converter.of("[0-9", Integer::valueOf, String::valueOf), "'[0-9'", "does not compile");
    }

    @Test
    @DisplayName("a converter name that is taken is refused")
    void converterNameTaken() {
        assertFails(() -> Router.builder().converter("int", Converter.of("[0-9]+", Long::valueOf, String::valueOf)),
                "'int' is already registered");
    }

    @Test
    @DisplayName("a converter name that is not an identifier is refused")
    void badConverterName() {
        assertFails(() -> Router.builder().converter("four-digits", Converter.of("[0-9]{4}", s -> s, String::valueOf)),
                "'four-digits' is not a valid converter name");
    }
}
