package org.mtvkit.bench;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.mtvkit.bench.load.LoadTest;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs every benchmark and the load test, and prints each figure as a ratio to a baseline measured
 * in the same run. {@code quick} (the default) takes under two minutes, {@code full} under ten. A second
 * argument runs one group only: {@code router}, {@code templates}, {@code orm} or {@code load}.
 */
public final class Main {

    // region: modes
    /** How long to measure: quick to check that everything runs, full for figures worth quoting. */
    record RunMode(String name, int warmups, TimeValue warmupTime, int measurements, TimeValue measurementTime,
                   List<String> routeCounts, int connections, Duration loadWarmUp, Duration loadTime) {

        static RunMode named(String name) {
            return switch (name) {
                case "quick" -> new RunMode(name, 1, TimeValue.milliseconds(200), 2, TimeValue.milliseconds(200),
                        List.of("10", "1000"), 8, Duration.ofSeconds(1), Duration.ofSeconds(3));
                case "full" -> new RunMode(name, 2, TimeValue.seconds(1), 4, TimeValue.seconds(1),
                        List.of("10", "100", "1000"), 16, Duration.ofSeconds(5), Duration.ofSeconds(20));
                default -> throw new IllegalArgumentException("unknown mode '" + name + "': use quick or full");
            };
        }
    }
    // endregion

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        shareClassPathWithForks();
        RunMode mode = RunMode.named(args.length > 0 ? args[0] : "quick");
        String only = args.length > 1 ? args[1] : "all";
        if (!List.of("all", "router", "templates", "orm", "load").contains(only)) {
            throw new IllegalArgumentException("unknown group '" + only + "': use router, templates, orm or load");
        }
        System.out.println("MTV kit benchmarks, " + mode.name() + " mode");
        System.out.println(Machine.describe());
        System.out.println("Every figure below is an average over the run; every ratio divides two figures from this run.");

        if (only.equals("all") || only.equals("router")) {
            Report.router(run(mode, RouterBench.class), mode.routeCounts());
        }
        if (only.equals("all") || only.equals("templates")) {
            Report.templates(run(mode, TemplateBench.class));
        }
        if (only.equals("all") || only.equals("orm")) {
            Report.orm(run(mode, OrmBench.class, OrmInsertBench.class));
            String postgres = System.getenv(PollsDatabase.POSTGRES_URL);
            if (postgres == null || postgres.isBlank()) {
                System.out.println("(ORM on PostgreSQL: skipped, no server configured; run eval \"$(bash .ci/postgres"
                        + " start)\" first to measure it)");
            } else {
                Report.ormPostgres(run(mode, PostgresOrmBench.class));
            }
        }
        if (only.equals("all") || only.equals("load")) {
            System.out.println();
            System.out.println("(load test: " + mode.connections() + " connections, " + mode.loadWarmUp().toSeconds()
                    + " s warm-up, " + mode.loadTime().toSeconds() + " s measured, per site)");
            LoadTest.Generator generator = LoadTest.Generator.available();
            LoadTest.Outcome framework = LoadTest.run(LoadTest.Site.FRAMEWORK, generator, mode.connections(), mode.loadWarmUp(),
                    mode.loadTime(), 5_000_000);
            LoadTest.Outcome raw = LoadTest.run(LoadTest.Site.RAW_SERVLET, generator, mode.connections(), mode.loadWarmUp(),
                    mode.loadTime(), 5_000_000);
            Report.load(framework, raw);
        }
    }

    /**
     * JMH starts each measurement in a fresh JVM with the class path in {@code java.class.path}. Under
     * {@code mvn exec:java} the kit's classes come from Maven's class loader instead, so name its jars
     * and folders there; run with plain {@code java -cp ...}, there is nothing to do.
     */
    private static void shareClassPathWithForks() {
        if (Main.class.getClassLoader() instanceof URLClassLoader loader) {
            String path = Arrays.stream(loader.getURLs()).map(Main::toPath).collect(Collectors.joining(File.pathSeparator));
            System.setProperty("java.class.path", path);
        }
    }

    private static String toPath(URL url) {
        try {
            return Path.of(url.toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot turn " + url + " into a file path for JMH's forked JVMs", e);
        }
    }

    // region: run-jmh
    private static Scores run(RunMode mode, Class<?>... benchmarks) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .forks(1)
                .warmupIterations(mode.warmups())
                .warmupTime(mode.warmupTime())
                .measurementIterations(mode.measurements())
                .measurementTime(mode.measurementTime())
                .param("routes", mode.routeCounts().toArray(String[]::new))
                .verbosity(VerboseMode.SILENT);
        for (Class<?> benchmark : benchmarks) {
            System.out.println("(measuring " + benchmark.getSimpleName() + "...)");
            options.include("\\." + benchmark.getSimpleName() + "\\.");
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        return new Scores(results);
    }
    // endregion
}
