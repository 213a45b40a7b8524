package org.mtvkit.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The built-in tags added to match Django: one behaviour each (the conformance suite has the edge cases). */
class NewTagsTest {

    record Person(String name, String city) {
    }

    private static final List<Person> PEOPLE = List.of(new Person("Ann", "Oslo"), new Person("Bo", "Oslo"),
            new Person("Cy", "Rome"));

    @Test
    @DisplayName("templatetag writes the characters the template syntax uses")
    void templatetag() {
        assertEquals("{% {{ x }} #}", Render.strict("{% templatetag openblock %} {% templatetag openvariable %} x"
                + " {% templatetag closevariable %} {% templatetag closecomment %}"));
    }

    @Test
    @DisplayName("widthratio scales a value, rounding halves to even as Python does")
    void widthratio() {
        assertEquals("88|2|4", Render.strict("{% widthratio 175 200 100 %}|{% widthratio 5 100 50 %}|"
                + "{% widthratio 35 100 10 %}"));
    }

    @Test
    @DisplayName("widthratio with 'as' stores the result")
    void widthratioAs() {
        assertEquals("[50]", Render.strict("{% widthratio 1 2 100 as w %}[{{ w }}]"));
    }

    @Test
    @DisplayName("filter runs the rendered body through filters")
    void filterTag() {
        assertEquals("HELLO ANN", Render.strict("{% filter upper %}hello {{ n }}{% endfilter %}", Map.of("n", "ann")));
    }

    @Test
    @DisplayName("ifchanged writes its body only when it differs from the last time")
    void ifchanged() {
        assertEquals("Oslo Rome ", Render.strict("{% for p in people %}{% ifchanged %}{{ p.city }} {% endifchanged %}"
                + "{% endfor %}", Map.of("people", PEOPLE)));
    }

    @Test
    @DisplayName("ifchanged with values and else")
    void ifchangedValues() {
        assertEquals("[Oslo].[Rome]", Render.strict("{% for p in people %}{% ifchanged p.city %}[{{ p.city }}]"
                + "{% else %}.{% endifchanged %}{% endfor %}", Map.of("people", PEOPLE)));
    }

    @Test
    @DisplayName("regroup groups consecutive items by a key, with grouper and list")
    void regroup() {
        assertEquals("Oslo: Ann Bo; Rome: Cy; ", Render.strict("{% regroup people by city as cities %}"
                + "{% for c in cities %}{{ c.grouper }}:{% for p in c.list %} {{ p.name }}{% endfor %}; {% endfor %}",
                Map.of("people", PEOPLE)));
    }

    @Test
    @DisplayName("resetcycle starts a cycle again at its first value")
    void resetcycle() {
        assertEquals("abca", Render.strict("{% for x in xs %}{% cycle 'a' 'b' 'c' %}{% if x == 3 %}{% resetcycle %}"
                + "{% endif %}{% endfor %}", Map.of("xs", List.of(1, 2, 3, 4))));
    }

    @Test
    @DisplayName("a named cycle is advanced by {% cycle name %}")
    void namedCycle() {
        assertEquals("abc", Render.strict("{% cycle 'a' 'b' 'c' as c %}{% cycle c %}{% cycle c %}"));
    }

    @Test
    @DisplayName("now formats the current date as the date filter does")
    void now() {
        String year = Render.strict("{% now 'Y' %}");
        assertTrue(year.matches("\\d{4}"), year);
        assertEquals("[" + year + "]", Render.strict("{% now 'Y' as y %}[{{ y }}]"));
    }

    @Test
    @DisplayName("lorem writes the classic opening, in words or paragraphs")
    void lorem() {
        assertEquals("lorem ipsum dolor", Render.strict("{% lorem 3 w %}"));
        assertTrue(Render.strict("{% lorem 1 p %}").startsWith("<p>Lorem ipsum dolor sit amet"));
    }

    @Test
    @DisplayName("firstof with 'as' stores the escaped first true value")
    void firstofAs() {
        assertEquals("[&lt;b&gt;]", Render.strict("{% firstof a b as f %}[{{ f }}]", Map.of("a", "", "b", "<b>")));
    }

    @Test
    @DisplayName("load static is accepted, as Django templates write it")
    void loadStatic() {
        assertEquals("/static/a.css", Render.strict("{% load static %}{% static 'a.css' %}"));
    }

    @Test
    @DisplayName("text before extends is written, as in Django")
    void textBeforeExtends() {
        Engine engine = Render.engine(true, Map.of("base.html", "[{% block a %}{% endblock %}]",
                "child.html", "<!-- c -->{% extends 'base.html' %}{% block a %}x{% endblock %}"));
        assertEquals("<!-- c -->[x]", engine.render("child.html", Map.of()));
    }

    @Test
    @DisplayName("spaces around the bar are allowed, as in Django")
    void spacesAroundBar() {
        assertEquals("ABC", Render.strict("{{ v | upper }}", Map.of("v", "abc")));
    }
}
