package org.mtvkit.bench;

import static org.mtvkit.routing.Urls.path;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.mtvkit.http.Response;
import org.mtvkit.routing.ResolverMatch;
import org.mtvkit.routing.Router;
import org.mtvkit.routing.UrlEntry;
import org.mtvkit.routing.View;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Resolving one path among 10, 100 or 1,000 routes of the shape {@code section<i>/<int:id>/}: the
 * kit's router against an exact-path hash lookup (the floor) and a linear scan of regexes (Django's
 * approach). The path asked for is the first route's, the last route's, or one no route matches.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RouterBench {

    @Param({"10", "100", "1000"})
    public int routes;

    @Param({"first", "last", "missing"})
    public String position;

    Router router;
    Map<String, String> exact;
    RegexScan regexes;
    String path;

    // region: router-setup
    @Setup
    public void setUp() {
        View view = (request, kwargs) -> Response.text("ok");
        List<UrlEntry> entries = new ArrayList<>();
        exact = new HashMap<>();
        regexes = new RegexScan();
        for (int i = 0; i < routes; i++) {
            entries.add(path("section" + i + "/<int:id>/", view, "route" + i));
            exact.put("/section" + i + "/42/", "route" + i);   // the floor knows every full path in advance
            regexes.add("section" + i, "route" + i);
        }
        router = Router.builder().build(entries);
        path = switch (position) {
            case "first" -> "/section0/42/";
            case "last" -> "/section" + (routes - 1) + "/42/";
            default -> "/nowhere/42/";
        };
    }
    // endregion

    @Benchmark
    public Optional<String> kitRouter() {
        return router.resolve(path).flatMap(ResolverMatch::urlName);
    }

    @Benchmark
    public Optional<String> hashLookup() {
        return Optional.ofNullable(exact.get(path));
    }

    @Benchmark
    public Optional<String> regexScan() {
        return regexes.resolve(path);
    }
}
