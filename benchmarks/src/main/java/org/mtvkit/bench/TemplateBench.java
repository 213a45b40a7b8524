package org.mtvkit.bench;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.mtvkit.template.Engine;
import org.mtvkit.template.TemplateHooks;
import org.mtvkit.template.freemarker.FreeMarkerEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Rendering the polls pages and a 1,000-row table with the kit's engine and with FreeMarker, on the
 * same objects, to the same text. Both engines compile each template once and cache it, so a render
 * measures rendering; {@link #kitReparsed} compiles the template again on every call, to show what
 * the cache saves.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TemplateBench {

    static final String FOLDER = "org/mtvkit/bench/templates";

    @Param({"index", "detail", "results", "table"})
    public String page;

    Engine kit;
    FreeMarkerEngine freemarker;
    Map<String, Object> data;
    String source;

    @Setup
    public void setUp() {
        kit = Engine.builder().classpath(FOLDER).strict(true).build();
        freemarker = new FreeMarkerEngine(FOLDER, TemplateHooks.none());
        data = switch (page) {
            case "index" -> PollsData.index();
            case "table" -> PollsData.table(1000);
            default -> PollsData.question();
        };
        source = kit.source(name()).orElseThrow(() -> new IllegalStateException("no template " + name()));
    }

    String name() {
        return "polls/" + page + ".html";
    }

    // region: render
    @Benchmark
    public String kitEngine() {
        return kit.render(name(), data);
    }

    @Benchmark
    public String freeMarker() {
        return freemarker.render("polls/" + page + ".ftlh", data);
    }

    @Benchmark
    public String kitReparsed() {
        return kit.fromString(name(), source).render(data);   // lex, parse and build the tree every time
    }
    // endregion
}
