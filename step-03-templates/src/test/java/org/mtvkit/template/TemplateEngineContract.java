package org.mtvkit.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What any {@link TemplateEngine} of the kit must do. The same pages, written once in each engine's
 * syntax (contract/*.html for ours, contract/*.ftlh for FreeMarker), must give the same text.
 */
abstract class TemplateEngineContract {

    /** An engine over the classpath folder "templates", strict, with {@link ContractData#HOOKS}. */
    abstract TemplateEngine engine();

    /** The template's file name in this engine's syntax: "contract/index" becomes ".../index.html" or ".ftlh". */
    abstract String name(String page);

    private String render(String page, Map<String, ?> context) {
        return engine().render(name(page), context);
    }

    static String golden(String name) throws IOException {
        try (InputStream in = TemplateEngineContract.class.getResourceAsStream("/golden/contract/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    @DisplayName("the polls index renders the golden page: loop, conditions, url, static, csrf, escaping")
    void indexPage() throws IOException {
        assertEquals(golden("index.html"), render("contract/index",
                Map.of("title", "Polls", "questions", ContractData.QUESTIONS, "csrf_token", "t0k3n")));
    }

    @Test
    @DisplayName("the polls index with no questions says so")
    void indexEmpty() {
        String html = render("contract/index", Map.of("title", "Polls", "questions", List.of(), "csrf_token", "t"));
        assertTrue(html.contains("<p>No polls are available.</p>"), html);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"<script>alert('x')</script>", "\"", "'", "&", "a < b > c", "&amp; already", "plain"})
    @DisplayName("hostile strings are escaped identically, as Django escapes them")
    void escaping(String hostile) {
        String expected = "<p>" + hostile.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#x27;") + "</p>\n";
        assertEquals(expected, render("contract/escape", Map.of("value", hostile)));
    }

    @Test
    @DisplayName("a SafeString from the application is written unescaped")
    void safeString() {
        assertEquals("<p><em>hi</em></p>\n", render("contract/escape", Map.of("value", SafeString.of("<em>hi</em>"))));
    }

    @Test
    @DisplayName("numbers print without grouping, booleans as True and False")
    void numbersAndBooleans() {
        assertEquals("<p>1234567</p>\n", render("contract/escape", Map.of("value", 1234567)));
        assertEquals("<p>True</p>\n", render("contract/escape", Map.of("value", true)));
    }

    @Test
    @DisplayName("a page extending a layout renders the golden page")
    void layout() throws IOException {
        assertEquals(golden("child.html"), render("contract/child", Map.of("question",
                ContractData.QUESTIONS.get(0))));
    }

    @Test
    @DisplayName("a missing variable is a TemplateError naming the variable, the template and the line")
    void missingVariable() {
        TemplateError e = assertThrows(TemplateError.class, () -> render("contract/missing", Map.of("name", "Ann")));
        assertTrue(e.reason().contains("nmae"), e.reason());
        assertEquals(name("contract/missing"), e.templateName());
        assertEquals(2, e.line());
        assertTrue(e.column() >= 3, "column " + e.column()); // ours points at the {{, FreeMarker inside the ${
        assertTrue(e.source().orElseThrow().contains("Hello,"));
    }

    @Test
    @DisplayName("an unclosed loop is a TemplateError with the template's name and source")
    void syntaxError() {
        TemplateError e = assertThrows(TemplateError.class, () -> render("contract/broken", Map.of()));
        assertEquals(name("contract/broken"), e.templateName());
        assertTrue(e.line() >= 2, "line " + e.line());
        assertTrue(e.source().orElseThrow().startsWith("<ul>"));
    }

    @Test
    @DisplayName("a missing template is TemplateDoesNotExist saying where it looked")
    void missingTemplate() {
        TemplateDoesNotExist e = assertThrows(TemplateDoesNotExist.class, () -> render("contract/nope", Map.of()));
        assertEquals(List.of("classpath:templates/" + name("contract/nope")), e.tried());
    }

    @Test
    @DisplayName("a form without a CSRF token in the context is a TemplateError naming the missing token")
    void missingCsrfToken() {
        TemplateError e = assertThrows(TemplateError.class, () -> render("contract/index",
                Map.of("title", "t", "questions", List.of())));
        assertTrue(e.reason().contains("csrf_token"), e.reason());
    }
}
