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
import java.util.Optional;
import java.util.stream.Collectors;
import org.mtvkit.bench.load.DjangoSite;
import org.mtvkit.bench.load.LoadTest;
import org.mtvkit.bench.load.Wrk;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs every benchmark and the load test, and prints each figure as a ratio to a baseline measured
 * in the same run. {@code quick} (the default) takes under two minutes, {@code full} about seventeen on 2 cores. A second
 * argument runs one group only: {@code router}, {@code templates}, {@code orm}, {@code load} or
 * {@code django} (the kit beside Django 3.2 under gunicorn, when both are installed).
 */
public final class Main {

    // region: modes
    /**
     * How long to measure: quick to check that everything runs, full for figures worth quoting. The ORM's
     * benchmarks run in {@code ormForks} JVMs each and are averaged over all of them: one JVM's figure for
     * reading 1,000 rows moved by a third from one fork to the next on 2 cores.
     */
    record RunMode(String name, int warmups, TimeValue warmupTime, int measurements, TimeValue measurementTime,
                   List<String> routeCounts, int connections, Duration loadWarmUp, Duration loadTime, int ormForks) {

        static RunMode named(String name) {
            return switch (name) {
                case "quick" -> new RunMode(name, 1, TimeValue.milliseconds(200), 2, TimeValue.milliseconds(200),
                        List.of("10", "1000"), 8, Duration.ofSeconds(1), Duration.ofSeconds(2), 1);
                case "full" -> new RunMode(name, 2, TimeValue.seconds(1), 4, TimeValue.seconds(1),
                        List.of("10", "100", "1000"), 16, Duration.ofSeconds(90), Duration.ofSeconds(10), 3);
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
        if (!List.of("all", "router", "templates", "orm", "load", "django").contains(only)) {
            throw new IllegalArgumentException("unknown group '" + only + "': use router, templates, orm, load or django");
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
            Report.orm(run(mode, mode.ormForks(), OrmBench.class, OrmInsertBench.class));
            String postgres = System.getenv(PollsDatabase.POSTGRES_URL);
            if (postgres == null || postgres.isBlank()) {
                System.out.println("(ORM on PostgreSQL: skipped, no server configured; run eval \"$(bash .ci/postgres"
                        + " start)\" first to measure it)");
            } else {
                Report.ormPostgres(run(mode, mode.ormForks(), PostgresOrmBench.class));
            }
        }
        Optional<LoadTest.Session> kit = Optional.empty();
        if (only.equals("all") || only.equals("load")) {
            kit = load(mode);
        }
        if (only.equals("all") || only.equals("django")) {
            django(mode, kit);
        }
    }

    // region: load-phases
    /**
     * The load session: a fixed unmeasured warm-up of the votes mix (long enough, on 2 cores, for the
     * throughput to stop rising), then both mixes at 16 and 64 connections, then the first phase again
     * to show the figures were steady.
     */
    static List<LoadTest.Phase> phases(RunMode mode) {
        Duration warm = mode.name().equals("full") ? Duration.ofSeconds(3) : Duration.ZERO;
        Duration time = mode.loadTime();
        return List.of(
                new LoadTest.Phase("read-only, 16", LoadTest.Mix.READ_ONLY, 16, warm, time),
                new LoadTest.Phase("votes, 16", LoadTest.Mix.VOTES, 16, warm, time),
                new LoadTest.Phase("read-only, 64", LoadTest.Mix.READ_ONLY, 64, warm, time),
                new LoadTest.Phase("votes, 64", LoadTest.Mix.VOTES, 64, warm, time),
                new LoadTest.Phase("read-only, 16, again", LoadTest.Mix.READ_ONLY, 16, warm, time));
    }
    // endregion

    /** The kit's session, when wrk ran it, for the comparison with Django. */
    private static Optional<LoadTest.Session> load(RunMode mode) throws Exception {
        System.out.println();
        if (LoadTest.Generator.available() != LoadTest.Generator.WRK) {
            System.out.println("(wrk is not installed, so the load test uses the JDK's HttpClient in this JVM,"
                    + " one mix at " + mode.connections() + " connections; apt-get install -y wrk for the full session)");
            LoadTest.Outcome framework = LoadTest.run(LoadTest.Site.FRAMEWORK, LoadTest.Generator.JDK_HTTP_CLIENT,
                    mode.connections(), mode.loadWarmUp(), mode.loadTime(), 5_000_000);
            LoadTest.Outcome raw = LoadTest.run(LoadTest.Site.RAW_SERVLET, LoadTest.Generator.JDK_HTTP_CLIENT,
                    mode.connections(), mode.loadWarmUp(), mode.loadTime(), 5_000_000);
            Report.load(framework, raw);
            return Optional.empty();
        }
        System.out.println("(load test with wrk: each site in a JVM of its own, " + String.join(" ", LoadTest.siteJvmFlags())
                + "; per site, " + mode.loadWarmUp().toSeconds() + " s of the votes mix"
                + " unmeasured, then each phase: " + phases(mode).get(0).warmUp().toSeconds() + " s unmeasured, "
                + mode.loadTime().toSeconds() + " s measured)");
        LoadTest.Session kit = LoadTest.session(LoadTest.Site.FRAMEWORK, mode.loadWarmUp(), phases(mode));
        LoadTest.Session raw = LoadTest.session(LoadTest.Site.RAW_SERVLET, mode.loadWarmUp(), phases(mode));
        Report.sessions(phases(mode), kit, raw);
        return Optional.of(kit);
    }

    /** Django beside the kit, on the first four phases; the kit's figures are this run's load session's when there was one. */
    private static void django(RunMode mode, Optional<LoadTest.Session> kitSession) throws Exception {
        System.out.println();
        Optional<String> missing = DjangoSite.missing().or(() -> Wrk.onPath().isPresent() ? Optional.empty()
                : Optional.of("wrk is not installed: apt-get install -y wrk"));
        if (missing.isPresent()) {
            System.out.println("(Django beside the kit: skipped, " + missing.get() + ")");
            return;
        }
        // CPython compiles nothing at run time, so a short warm-up (its first requests import the views) is enough.
        Duration djangoWarmUp = Duration.ofSeconds(Math.min(10, mode.loadWarmUp().toSeconds()));
        System.out.println("(Django 3.2 under gunicorn: the same phases as the kit; " + djangoWarmUp.toSeconds()
                + " s unmeasured first, SQLite in /dev/shm)");
        List<LoadTest.Phase> phases = phases(mode).subList(0, 4);
        LoadTest.Session kit = kitSession.isPresent() ? kitSession.get()
                : LoadTest.session(LoadTest.Site.FRAMEWORK, mode.loadWarmUp(), phases);
        LoadTest.Session sync = DjangoSite.session(DjangoSite.Workers.SYNC_2, djangoWarmUp, phases);
        LoadTest.Session threaded = DjangoSite.session(DjangoSite.Workers.THREADED_2X8, djangoWarmUp, phases);
        Report.django(phases, kit, sync, threaded);
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
        return run(mode, 1, benchmarks);
    }

    private static Scores run(RunMode mode, int forks, Class<?>... benchmarks) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .forks(forks)
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
