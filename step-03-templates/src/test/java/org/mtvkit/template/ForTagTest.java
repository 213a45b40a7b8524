package org.mtvkit.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mtvkit.template.Render.vars;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ForTagTest {

    record Pair(String name, int n) {
    }

    @Test
    @DisplayName("for renders its body once per item")
    void loops() {
        assertEquals("a,b,c,", Render.strict("{% for x in xs %}{{ x }},{% endfor %}", Map.of("xs", List.of("a", "b", "c"))));
    }

    @Test
    @DisplayName("reversed goes from the last item to the first")
    void reversed() {
        assertEquals("cba", Render.strict("{% for x in xs reversed %}{{ x }}{% endfor %}", Map.of("xs", List.of("a", "b", "c"))));
    }

    @Test
    @DisplayName("empty renders when there is nothing to loop over, null included")
    void empty() {
        String template = "{% for x in xs %}{{ x }}{% empty %}none{% endfor %}";
        assertEquals("none none", Render.strict(template, Map.of("xs", List.of())) + " "
                + Render.strict(template, vars("xs", null)));
    }

    @Test
    @DisplayName("forloop counts every way Django counts")
    void forloopVariables() {
        assertEquals("1 0 3 2 True False|2 1 2 1 False False|3 2 1 0 False True|",
                Render.strict("{% for x in xs %}{{ forloop.counter }} {{ forloop.counter0 }} {{ forloop.revcounter }}"
                        + " {{ forloop.revcounter0 }} {{ forloop.first }} {{ forloop.last }}|{% endfor %}",
                        Map.of("xs", List.of("a", "b", "c"))));
    }

    @Test
    @DisplayName("forloop.parentloop is the enclosing loop")
    void parentloop() {
        assertEquals("1.1 1.2 2.1 2.2 ", Render.strict("{% for a in xs %}{% for b in xs %}"
                + "{{ forloop.parentloop.counter }}.{{ forloop.counter }} {% endfor %}{% endfor %}",
                Map.of("xs", List.of(1, 2))));
    }

    @Test
    @DisplayName("map.items unpacks into key and value")
    void unpackMapItems() {
        Map<String, Integer> scores = new LinkedHashMap<>();
        scores.put("ann", 3);
        scores.put("bob", 5);
        assertEquals("ann=3 bob=5 ", Render.strict("{% for name, score in scores.items %}{{ name }}={{ score }} {% endfor %}",
                Map.of("scores", scores)));
    }

    @Test
    @DisplayName("lists and records unpack too")
    void unpackListsAndRecords() {
        assertEquals("a1 b2 ", Render.strict("{% for k, v in pairs %}{{ k }}{{ v }} {% endfor %}",
                Map.of("pairs", List.of(List.of("a", 1), new Pair("b", 2)))));
    }

    @Test
    @DisplayName("looping over a map goes through its keys")
    void mapKeys() {
        assertEquals("k", Render.strict("{% for k in m %}{{ k }}{% endfor %}", Map.of("m", Map.of("k", "v"))));
    }

    @Test
    @DisplayName("the loop variable disappears after the loop")
    void scoped() {
        assertEquals("a|outer", Render.strict("{% for x in xs %}{{ x }}{% endfor %}|{{ x }}",
                Map.of("xs", List.of("a"), "x", "outer")));
    }

    @Test
    @DisplayName("unpacking the wrong number of values is an error saying how many")
    void unpackMismatch() {
        TemplateError e = Render.error("{% for a, b in rows %}{% endfor %}", Map.of("rows", List.of(List.of(1, 2, 3))));
        assertEquals("Need 2 values to unpack in for loop; got 3 from [1, 2, 3]", e.reason());
    }

    @Test
    @DisplayName("a malformed for is an error showing the expected format")
    void malformed() {
        assertEquals("'for' statements should use the format 'for x in y': got 'for x of y'",
                Render.error("{% for x of y %}{% endfor %}").reason());
    }

    @Test
    @DisplayName("a for over something that is not a collection is an error")
    void notIterable() {
        assertEquals("'for' cannot loop over 'n': Integer is not something a loop can go through",
                Render.error("{% for x in n %}{% endfor %}", Map.of("n", 5)).reason());
    }

    @Test
    @DisplayName("an invalid loop variable is an error")
    void invalidTarget() {
        assertEquals("'for' tag received an invalid loop variable: 'a.b' (names are letters, digits and underscores,"
                + " separated by commas)", Render.error("{% for a.b in xs %}{% endfor %}").reason());
    }
}
