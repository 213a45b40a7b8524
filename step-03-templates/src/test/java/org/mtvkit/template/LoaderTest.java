package org.mtvkit.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LoaderTest {

    @Test
    @DisplayName("templates load from a classpath folder")
    void classpath() {
        assertTrue(new ClasspathLoader("templates").load("inheritance/base.html").orElseThrow().startsWith("<title>"));
    }

    @Test
    @DisplayName("a missing template's error lists every place each loader looked")
    void missingListsLocations() {
        Engine engine = Engine.builder().classpath("templates").loader(Loader.fromMap(Map.of())).build();
        TemplateDoesNotExist e = assertThrows(TemplateDoesNotExist.class, () -> engine.getTemplate("polls/nope.html"));
        assertEquals(List.of("classpath:templates/polls/nope.html", "memory:polls/nope.html"), e.tried());
        assertEquals("Template 'polls/nope.html' does not exist. Looked in: classpath:templates/polls/nope.html,"
                + " memory:polls/nope.html. Check the name, that the file is under the templates folder on the"
                + " classpath, or that the other loaders hold it.", e.getMessage());
    }

    @Test
    @DisplayName("with only in-memory templates, the missing-template hint does not speak of the classpath")
    void missingNamesOnlyTheLoadersAsked() {
        Engine engine = Engine.builder().loader(Loader.fromMap(Map.of())).build();
        TemplateDoesNotExist e = assertThrows(TemplateDoesNotExist.class, () -> engine.getTemplate("x.html"));
        assertEquals("Template 'x.html' does not exist. Looked in: memory:x.html. Check the name against the"
                + " templates those loaders hold.", e.getMessage());
    }

    @Test
    @DisplayName("with only the classpath, the hint says where on the classpath")
    void missingOnTheClasspath() {
        Engine engine = Engine.builder().classpath("templates").build();
        TemplateDoesNotExist e = assertThrows(TemplateDoesNotExist.class, () -> engine.getTemplate("x.html"));
        assertEquals("Template 'x.html' does not exist. Looked in: classpath:templates/x.html. Check the name, and"
                + " that the file is under the templates folder on the classpath.", e.getMessage());
    }

    @Test
    @DisplayName("a name may not climb out of the templates folder")
    void noClimbing() {
        assertTrue(new ClasspathLoader("templates").load("../golden/page.html").isEmpty());
    }

    @Test
    @DisplayName("a template is compiled once and then served from the cache")
    void cached() {
        Engine engine = Engine.builder().classpath("templates").build();
        assertSame(engine.getTemplate("inheritance/base.html"), engine.getTemplate("inheritance/base.html"));
    }

    @Test
    @DisplayName("the engine gives a template's source, for debug pages")
    void source() {
        Engine engine = Engine.builder().classpath("templates").build();
        assertTrue(engine.source("inheritance/page.html").orElseThrow().startsWith("{% extends"));
        assertTrue(engine.source("nope.html").isEmpty());
    }

    @Test
    @DisplayName("an engine without a loader is refused when it is built")
    void noLoader() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Engine.builder().build());
        assertEquals("an Engine needs at least one loader: add .classpath(\"templates\") or .loader(Loader.fromMap(...))",
                e.getMessage());
    }

    @Test
    @DisplayName("one template renders the same from many threads at once")
    void threadSafe() throws InterruptedException {
        Engine engine = Render.engine(true, Map.of("t.html", "{% for x in xs %}{% cycle 'a' 'b' %}{{ x }}{% endfor %}"));
        Template template = engine.getTemplate("t.html");
        List<Integer> xs = List.of(1, 2, 3, 4);
        String expected = "a1b2a3b4";
        List<String> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 500; i++) {
                    String out = template.render(Map.of("xs", xs));
                    if (!out.equals(expected)) {
                        failures.add(out);
                    }
                }
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(List.of(), failures);
    }
}
