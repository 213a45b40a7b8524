package org.mtvkit.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TagsTest {

    @Test
    @DisplayName("with sets names for its body only")
    void with() {
        assertEquals("3 5|", Render.strict("{% with n=xs|length m=5 %}{{ n }} {{ m }}{% endwith %}|{{ n|default:'' }}",
                Map.of("xs", List.of(1, 2, 3))));
    }

    @Test
    @DisplayName("with also takes the older 'value as name' form")
    void withAs() {
        assertEquals("3", Render.strict("{% with xs|length as n %}{{ n }}{% endwith %}", Map.of("xs", List.of(1, 2, 3))));
    }

    @Test
    @DisplayName("with rejects an argument that is not name=value")
    void withMalformed() {
        assertEquals("'with' expects name=value, got 'n'", Render.error("{% with n %}{% endwith %}").reason());
    }

    @Test
    @DisplayName("comment drops everything up to endcomment, even broken tags")
    void comment() {
        assertEquals("ab", Render.strict("a{% comment %}{% if %}{{ nope }}{% endcomment %}b"));
    }

    @Test
    @DisplayName("firstof writes the first true value, escaped")
    void firstof() {
        assertEquals("&lt;b&gt;", Render.strict("{% firstof a b 'c' %}", Map.of("a", "", "b", "<b>")));
        assertEquals("c", Render.strict("{% firstof a 'c' %}"));
    }

    @Test
    @DisplayName("cycle gives the next value each time it is reached")
    void cycle() {
        assertEquals("odd even odd ", Render.strict("{% for x in xs %}{% cycle 'odd' 'even' %} {% endfor %}",
                Map.of("xs", List.of(1, 2, 3))));
    }

    @Test
    @DisplayName("cycle as name silent stores the value without writing it")
    void cycleAsSilent() {
        assertEquals("[a][b]", Render.strict("{% for x in xs %}{% cycle 'a' 'b' as c silent %}[{{ c }}]{% endfor %}",
                Map.of("xs", List.of(1, 2))));
    }

    @Test
    @DisplayName("cycle with one value that names no earlier cycle says how to write it")
    void cycleWithOneValue() {
        assertEquals("'cycle' with one value: 'a' is not the name of a cycle defined earlier with {% cycle ... as a"
                + " %}. To go through values, give at least two, like {% cycle 'odd' 'even' %}",
                Render.error("{% cycle a %}").reason());
    }

    @Test
    @DisplayName("verbatim writes tags and variables as text")
    void verbatim() {
        assertEquals("{{ x }}{% if %}", Render.strict("{% verbatim %}{{ x }}{% if %}{% endverbatim %}"));
    }

    @Test
    @DisplayName("spaceless removes whitespace between tags, not inside text")
    void spaceless() {
        assertEquals("<p><a>a  b</a></p>", Render.strict("{% spaceless %}\n<p>\n  <a>a  b</a>\n</p>\n{% endspaceless %}"));
    }

    @Test
    @DisplayName("include renders another template with the current context")
    void include() {
        Engine engine = Render.engine(true, Map.of("page.html", "[{% include 'part.html' %}]", "part.html", "{{ name }}"));
        assertEquals("[Ann]", engine.render("page.html", Map.of("name", "Ann")));
    }

    @Test
    @DisplayName("include with adds names; only hides the rest")
    void includeWithOnly() {
        Engine engine = Render.engine(false, Map.of(
                "page.html", "{% include 'part.html' with greeting='Hi' %}/{% include 'part.html' with greeting='Yo' only %}",
                "part.html", "{{ greeting }} {{ name }}"));
        assertEquals("Hi Ann/Yo ", engine.render("page.html", Map.of("name", "Ann")));
    }

    @Test
    @DisplayName("include takes a variable template name")
    void includeVariable() {
        Engine engine = Render.engine(true, Map.of("page.html", "{% include which %}", "a.html", "A"));
        assertEquals("A", engine.render("page.html", Map.of("which", "a.html")));
    }

    @Test
    @DisplayName("a missing included template is an error at the include, listing where the loader looked")
    void includeMissing() {
        Engine engine = Render.engine(true, Map.of("page.html", "\n{% include 'nope.html' %}"));
        TemplateError e = assertThrows(TemplateError.class, () -> engine.render("page.html", Map.of()));
        assertEquals("'include' could not find its template: Template 'nope.html' does not exist. Looked in:"
                + " memory:nope.html. Check the name against the templates those loaders hold.",
                e.reason());
        assertEquals(2, e.line());
    }

    @Test
    @DisplayName("an include cycle is an error naming the chain, not a stack overflow")
    void includeCycle() {
        Engine engine = Render.engine(true, Map.of("a.html", "{% include 'b.html' %}", "b.html", "{% include 'a.html' %}"));
        TemplateError e = assertThrows(TemplateError.class, () -> engine.render("a.html", Map.of()));
        assertEquals("'include' cycle: a.html -> b.html -> a.html. A template cannot include or extend itself,"
                + " directly or through others", e.reason());
        assertEquals("b.html", e.templateName());
    }

    @Test
    @DisplayName("include with a malformed tail is an error")
    void includeMalformed() {
        assertEquals("'include' expects 'with name=value ...' and/or 'only' after the template name, not 'x=1'",
                Render.error("{% include 'a.html' x=1 %}").reason());
    }
}
