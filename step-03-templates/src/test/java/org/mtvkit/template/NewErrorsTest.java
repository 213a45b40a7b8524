package org.mtvkit.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The messages of the tags and filters Django has and the kit now has too, each with where it points. */
class NewErrorsTest {

    private static void assertError(String reason, int column, String template, Map<String, ?> context) {
        TemplateError e = Render.error(template, context);
        assertEquals(reason, e.reason());
        assertEquals(column, e.column(), "column of: " + reason);
    }

    private static void assertError(String reason, int column, String template) {
        assertError(reason, column, template, Map.of());
    }

    @Test
    @DisplayName("a space after a filter's colon is named, at the space")
    void spaceAfterColon() {
        assertError("Space after the ':' of filter 'default' in 'v|default: \"a\"': write the argument right after"
                + " the colon, like |default:\"...\"", 14, "{{ v|default: \"a\" }}");
    }

    @Test
    @DisplayName("a with that assigns nothing says how to write one")
    void emptyWith() {
        assertError("'with' has nothing to assign: write {% with name=value %}...{% endwith %} (or the older"
                + " {% with value as name %})", 1, "{% with %}{% endwith %}");
    }

    @Test
    @DisplayName("parentheses in if are refused with the reason, at the parenthesis")
    void parenthesesInIf() {
        assertError("Parentheses are not supported in 'if' (Django's if has none): use nested {% if %} tags, or"
                + " rely on the precedence of 'not', 'and' and 'or'", 12, "{% if a or (b) %}{% endif %}");
    }

    @Test
    @DisplayName("an unknown filter in a tag is pointed at, not the tag's opening")
    void columnAtTheFilter() {
        TemplateError e = Render.error("ab {% if x|nope %}{% endif %}");
        assertEquals(12, e.column());
    }

    @Test
    @DisplayName("an invalid loop variable is pointed at")
    void columnAtTheLoopVariable() {
        assertError("'for' tag received an invalid loop variable: 'x-y' (names are letters, digits and underscores,"
                + " separated by commas)", 8, "{% for x-y in v %}{% endfor %}");
    }

    @Test
    @DisplayName("resetcycle with no cycle before it says so")
    void resetcycleWithoutCycle() {
        assertError("'resetcycle' found no {% cycle %} before it in the template", 1, "{% resetcycle %}");
    }

    @Test
    @DisplayName("resetcycle of an unknown name names it")
    void resetcycleUnknown() {
        assertError("'resetcycle': no cycle named 'x' is defined before it", 15, "{% resetcycle x %}");
    }

    @Test
    @DisplayName("regroup without 'by' says which word is wrong")
    void regroupWithoutBy() {
        assertError("the second word of 'regroup' must be 'by', not 'on'", 14, "{% regroup v on a as g %}");
    }

    @Test
    @DisplayName("regroup with the wrong number of words shows the form")
    void regroupShort() {
        assertError("'regroup' takes five words: {% regroup list by attribute as name %}", 1, "{% regroup v %}");
    }

    @Test
    @DisplayName("widthratio with a width that is no number is an error while rendering")
    void widthratioWidth() {
        assertError("'widthratio' needs a whole number as its last argument (the width), got 'wide'", 1,
                "{% widthratio 1 2 w %}", Map.of("w", "wide"));
    }

    @Test
    @DisplayName("widthratio with two arguments shows the form")
    void widthratioArguments() {
        assertError("'widthratio' takes three arguments, value, maximum and width, optionally followed by 'as name':"
                + " {% widthratio value 200 100 %}", 1, "{% widthratio 1 2 %}");
    }

    @Test
    @DisplayName("templatetag with an unknown word lists the known ones")
    void templatetagUnknown() {
        assertError("Invalid templatetag argument 'open'. Must be one of: closeblock, closebrace, closecomment,"
                + " closevariable, openblock, openbrace, opencomment, openvariable", 16, "{% templatetag open %}");
    }

    @Test
    @DisplayName("filter refuses escape and safe, pointing at the filter")
    void filterTagRefusesEscape() {
        assertError("'filter escape' is not permitted: use the 'autoescape' tag instead", 17,
                "{% filter lower|escape %}{% endfilter %}");
    }

    @Test
    @DisplayName("now with two formats says what it takes")
    void nowArguments() {
        assertError("'now' takes one quoted format, like {% now \"Y-m-d\" %}, optionally followed by 'as name'", 8,
                "{% now \"Y\" \"m\" %}");
    }

    @Test
    @DisplayName("lorem with too many words says what it takes")
    void loremArguments() {
        assertError("'lorem' takes at most a count, a method (w, p or b) and 'random'", 10, "{% lorem 1 2 w %}");
    }

    @Test
    @DisplayName("include given an option twice names it")
    void includeOptionTwice() {
        assertError("'include' has the option 'only' twice", 21, "{% include 'x' only only %}");
    }

    @Test
    @DisplayName("extends with an empty name is an error saying where the name came from")
    void extendsEmptyName() {
        assertError("'extends' got an empty template name from 'v': give the name of the parent template", 1,
                "{% extends v %}", Map.of("v", ""));
    }

    @Test
    @DisplayName("include of a list with something other than names says so")
    void includeListOfNumbers() {
        TemplateError e = Render.error("{% include v %}", Map.of("v", List.of(1, 2)));
        assertEquals("'include' was given a list with something that is not a template name: [1, 2]", e.reason());
    }

    @Test
    @DisplayName("a missing filter argument is an error even when not strict, naming the argument")
    void missingFilterArgument() {
        TemplateError e = org.junit.jupiter.api.Assertions.assertThrows(TemplateError.class,
                () -> Render.lenient("{{ v|default:nope }}", Map.of("v", "")));
        assertEquals("The argument 'nope' of filter 'default' is not in the context: a filter's argument must exist,"
                + " even when the engine is not strict", e.reason());
    }

    @Test
    @DisplayName("an empty variable tag is an error")
    void emptyVariable() {
        assertError("Empty variable tag '{{ }}': put a variable inside, like {{ name }}", 2, "a{{ }}");
    }
}
