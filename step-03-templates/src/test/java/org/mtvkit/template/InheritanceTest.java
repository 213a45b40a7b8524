package org.mtvkit.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InheritanceTest {

    private static final Engine CLASSPATH = Engine.builder().classpath("templates").strict(true).build();

    private static String golden(String name) throws IOException {
        try (InputStream in = InheritanceTest.class.getResourceAsStream("/golden/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    @DisplayName("three levels of extends, with block.super at two of them, render the golden page")
    void threeLevels() throws IOException {
        assertEquals(golden("page.html"),
                CLASSPATH.render("inheritance/page.html", Map.of("question", Map.of("text", "What's up?"))));
    }

    @Test
    @DisplayName("a parent renders its own blocks when rendered directly")
    void parentAlone() {
        assertEquals("<title>My site</title>\n<main>base content</main>\n<footer>(c) us</footer>\n",
                CLASSPATH.render("inheritance/base.html", Map.of()));
    }

    @Test
    @DisplayName("block.super in a template that extends nothing is an error, as in Django")
    void superWithoutParent() {
        assertEquals("'block.super' is used in block 'a' of a template that extends none: there is no parent block"
                + " to render", Render.error("{% block a %}[{{ block.super }}]{% endblock %}").reason());
    }

    @Test
    @DisplayName("a block the child does not override keeps the parent's content")
    void notOverridden() {
        Engine engine = Render.engine(true, Map.of("base.html", "{% block a %}A{% endblock %}{% block b %}B{% endblock %}",
                "child.html", "{% extends 'base.html' %}{% block b %}b{% endblock %}"));
        assertEquals("Ab", engine.render("child.html", Map.of()));
    }

    @Test
    @DisplayName("the parent's name may be a variable")
    void variableParent() {
        Engine engine = Render.engine(true, Map.of("base.html", "<{% block a %}{% endblock %}>",
                "child.html", "{% extends layout %}{% block a %}x{% endblock %}"));
        assertEquals("<x>", engine.render("child.html", Map.of("layout", "base.html")));
    }

    @Test
    @DisplayName("extends after another tag is an error")
    void extendsNotFirst() {
        TemplateError e = Render.error("{{ x }}\n{% extends 'base.html' %}", Map.of("x", 1));
        assertEquals("'extends' must be the first tag in the template", e.reason());
        assertEquals(2, e.line());
    }

    @Test
    @DisplayName("extends twice is an error")
    void extendsTwice() {
        assertEquals("'extends' cannot appear more than once in the same template",
                Render.error("{% extends 'a.html' %}{% extends 'b.html' %}").reason());
    }

    @Test
    @DisplayName("a block name used twice is an error")
    void duplicateBlock() {
        TemplateError e = Render.error("{% block a %}{% endblock %}\n{% block a %}{% endblock %}");
        assertEquals("'block' tag with name 'a' appears more than once: each block name may be used once per template",
                e.reason());
        assertEquals(2, e.line());
    }

    @Test
    @DisplayName("endblock with another block's name is an error")
    void endblockMismatch() {
        assertEquals("'endblock b' closes block 'a': the names must match",
                Render.error("{% block a %}{% endblock b %}").reason());
    }

    @Test
    @DisplayName("an extends cycle is an error naming the chain")
    void extendsCycle() {
        Engine engine = Render.engine(true, Map.of("a.html", "{% extends 'b.html' %}", "b.html", "{% extends 'a.html' %}"));
        TemplateError e = assertThrows(TemplateError.class, () -> engine.render("a.html", Map.of()));
        assertEquals("'extends' cycle: a.html -> b.html -> a.html. A template cannot include or extend itself,"
                + " directly or through others", e.reason());
    }

    @Test
    @DisplayName("a template extending itself is an error")
    void extendsItself() {
        Engine engine = Render.engine(true, Map.of("a.html", "{% extends 'a.html' %}"));
        assertThrows(TemplateError.class, () -> engine.render("a.html", Map.of()));
    }

    @Test
    @DisplayName("a missing parent is an error at the extends tag")
    void missingParent() {
        TemplateError e = Render.error("{% extends 'nope.html' %}");
        assertEquals("'extends' could not find its template: Template 'nope.html' does not exist. Looked in:"
                + " memory:nope.html. Check the name against the templates those loaders hold.",
                e.reason());
    }

    @Test
    @DisplayName("an error inside an overriding block names the child template")
    void errorInChildBlock() {
        Engine engine = Render.engine(true, Map.of("base.html", "{% block a %}{% endblock %}",
                "child.html", "{% extends 'base.html' %}\n{% block a %}\n{{ nope }}{% endblock %}"));
        TemplateError e = assertThrows(TemplateError.class, () -> engine.render("child.html", Map.of()));
        assertEquals("child.html", e.templateName());
        assertEquals(3, e.line());
    }
}
