package org.mtvkit.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A render keeps its state to itself: the caller's {@link Context} holds variables only. */
class RenderStateTest {

    private static final Map<String, String> TEMPLATES = Map.of(
            "base.html", "[{% block content %}base{% endblock %}]",
            "child.html", "{% extends 'base.html' %}{% block content %}child{% endblock %}",
            "other.html", "{% extends 'base.html' %}",
            "cycle.html", "{% for x in xs %}{% cycle 'a' 'b' 'c' %}{% endfor %}",
            "escape.html", "{% autoescape off %}{{ html }}{% endautoescape %}",
            "boom.html", "{% autoescape off %}{{ nope }}{% endautoescape %}",
            "plain.html", "{{ html }}");

    private final Engine engine = Engine.builder().loader(Loader.fromMap(TEMPLATES)).build();

    @Test
    @DisplayName("one context rendered with a child and then another template shows each its own blocks")
    void blocksDoNotLeakIntoTheNextTemplate() {
        Context context = new Context();
        assertEquals("[child]", engine.getTemplate("child.html").render(context));
        assertEquals("[base]", engine.getTemplate("other.html").render(context));
    }

    @Test
    @DisplayName("the length a template remembers from its last page changes nothing in the next: longer, shorter, from several threads at once")
    void rememberedLengthIsOnlyAHint() throws Exception {
        Template template = engine.getTemplate("child.html");
        Template plain = engine.getTemplate("plain.html");
        for (int length : List.of(0, 5, 200_000, 3, 70_000, 1)) {    // past the kept cap (64 KiB) and back
            String html = "<".repeat(length);
            assertEquals("&lt;".repeat(length), plain.render(new Context(Map.of("html", html))));
            assertEquals("[child]", template.render(new Context()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> renders = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int length = (i * 7919) % 5_000;
                Callable<Boolean> render = () -> plain.render(new Context(Map.of("html", "a".repeat(length))))
                        .equals("a".repeat(length));
                renders.add(pool.submit(render));
            }
            for (Future<Boolean> render : renders) {
                assertEquals(true, render.get(), "a page came out with another page's length or text");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("a cycle starts again at its first value in every render of the same context")
    void cycleStateIsPerRender() {
        Context context = new Context(Map.of("xs", List.of(1, 2)));
        Template template = engine.getTemplate("cycle.html");
        assertEquals("ab", template.render(context));
        assertEquals("ab", template.render(context));
    }

    @Test
    @DisplayName("names a tag sets while rendering are not left in the caller's context")
    void renderDoesNotWriteIntoTheContext() {
        Context context = new Context();
        engine.fromString("t.html", "{% cycle 'x' 'y' as c %}{% with n=1 %}{% endwith %}").render(context);
        assertFalse(context.contains("c"), "the render left the cycle's name 'c' in the caller's context: a render must"
                + " write into a context layered over the caller's, never into the caller's own");
    }

    @Test
    @DisplayName("autoescape is on again after an autoescape-off block that failed")
    void autoescapeIsRestoredAfterAFailure() {
        Context context = new Context(Map.of("html", "<b>", "xs", List.of(1)));
        Engine strict = Engine.builder().loader(Loader.fromMap(TEMPLATES)).strict(true).build();
        try {
            strict.getTemplate("boom.html").render(context);
        } catch (TemplateError expected) {
            // the failure is the point: what matters is the next render
        }
        assertEquals("&lt;b&gt;", strict.getTemplate("plain.html").render(context));
    }

    @Test
    @DisplayName("one context rendered from eight threads at once gives every thread the right page")
    void oneContextManyThreads() throws Exception {
        Context context = new Context(Map.of("xs", List.of(1, 2, 3, 4, 5, 6)));
        List<Callable<String>> jobs = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String name = i % 2 == 0 ? "child.html" : "cycle.html";
            jobs.add(() -> name + "=" + engine.getTemplate(name).render(context));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (Future<String> result : pool.invokeAll(jobs)) {
                String page = result.get();
                assertEquals(page.startsWith("child") ? "child.html=[child]" : "cycle.html=abcabc", page);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
