package org.mtvkit.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mtvkit.template.Render.vars;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IfTagTest {

    private static final Map<String, Object> DATA = vars("one", 1, "two", 2, "zero", 0, "empty", "", "name", "ann",
            "names", List.of("ann", "bob"), "nothing", null, "yes", true, "no", false, "half", 0.5,
            "map", Map.of("k", "v"));

    @ParameterizedTest(name = "{0}  ->  {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "one                      | yes",
        "zero                     | no",
        "empty                    | no",
        "nothing                  | no",
        "undefined                | no",
        "names                    | yes",
        "not one                  | no",
        "one and zero             | no",
        "one or zero              | yes",
        "one == 1                 | yes",
        "one == 1.0               | yes",
        "one != two               | yes",
        "one < two                | yes",
        "two <= 2                 | yes",
        "one > two                | no",
        "two >= 3                 | no",
        "half < one               | yes",
        "name == 'ann'            | yes",
        "'an' in name             | yes",
        "'bob' in names           | yes",
        "'cy' not in names        | yes",
        "'k' in map               | yes",
        "nothing is None          | yes",
        "yes is True              | yes",
        "no is not True           | yes",
        "one < name               | no",
        "not one or two           | yes",
        "one or two and zero      | yes",
        "not zero and one         | yes",
        "not 'x' in names         | yes",
    })
    @DisplayName("Django's operators, truthiness and precedence")
    void operators(String test, String expected) {
        assertEquals(expected, Render.strict("{% if " + test + " %}yes{% else %}no{% endif %}", DATA));
    }

    @Test
    @DisplayName("elif branches are tried in order, else when none is true")
    void elif() {
        String template = "{% if n == 1 %}one{% elif n == 2 %}two{% elif n > 2 %}many{% else %}none{% endif %}";
        assertEquals("one two many none", String.join(" ",
                Render.strict(template, Map.of("n", 1)), Render.strict(template, Map.of("n", 2)),
                Render.strict(template, Map.of("n", 9)), Render.strict(template, Map.of("n", 0))));
    }

    @Test
    @DisplayName("operands take filters")
    void filtersInTests() {
        assertEquals("yes", Render.strict("{% if names|length == 2 %}yes{% endif %}", DATA));
    }

    @Test
    @DisplayName("an if without else renders nothing when false")
    void noElse() {
        assertEquals("[]", Render.strict("[{% if zero %}x{% endif %}]", DATA));
    }

    @Test
    @DisplayName("an if with nothing to test is an error")
    void emptyCondition() {
        assertEquals("'if' needs a condition, like {% if question %}", Render.error("{% if %}{% endif %}").reason());
    }

    @Test
    @DisplayName("an operator with nothing after it is an error")
    void danglingOperator() {
        assertEquals("Unexpected end of expression in if tag: expected a value after 'and'",
                Render.error("{% if a and %}{% endif %}").reason());
    }

    @Test
    @DisplayName("an operator where a value should be is an error")
    void operatorInValuePosition() {
        assertEquals("Not expecting 'and' in this position in if tag",
                Render.error("{% if and a %}{% endif %}").reason());
    }

    @Test
    @DisplayName("two values without an operator is an error")
    void missingOperator() {
        assertEquals("Expected an operator (and, or, ==, in, ...) but found 'b' in if tag",
                Render.error("{% if a b %}{% endif %}").reason());
    }
}
