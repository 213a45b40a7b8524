package org.mtvkit.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mtvkit.bench.load.LoadResult;
import org.mtvkit.bench.load.LoadTest;

/** Prints each group of figures as a table of ratios to its baseline, with the goal and whether it was met. */
final class Report {

    private Report() {
    }

    // region: router-report
    static void router(Scores s, List<String> sizes) {
        title("Router: one resolve, in ns; ratios to the exact-path hash lookup (the floor)");
        row("routes", "path", "kit", "hash", "regex scan", "kit/hash", "regex/hash");
        for (String size : sizes) {
            for (String position : List.of("first", "last", "missing")) {
                Map<String, String> p = Map.of("routes", size, "position", position);
                double kit = s.of("kitRouter", p);
                double hash = s.of("hashLookup", p);
                double regex = s.of("regexScan", p);
                row(size, position, num(kit), num(hash), num(regex), ratio(kit / hash), ratio(regex / hash));
            }
        }
        String small = sizes.get(0);
        String large = sizes.get(sizes.size() - 1);
        for (String position : List.of("first", "last", "missing")) {
            double growth = s.of("kitRouter", Map.of("routes", large, "position", position))
                    / s.of("kitRouter", Map.of("routes", small, "position", position));
            goal("kit router, " + large + " routes / " + small + " routes, " + position, growth, 2.0, true);
        }
    }
    // endregion

    static void templates(Scores s) {
        title("Templates: one render, in " + s.unit("kitEngine") + "; same objects, same text out");
        row("page", "", "kit", "FreeMarker", "kit reparsed", "kit/FM", "reparsed/kit");
        for (String page : List.of("index", "detail", "results", "table")) {
            Map<String, String> p = Map.of("page", page);
            double kit = s.of("kitEngine", p);
            double fm = s.of("freeMarker", p);
            double reparsed = s.of("kitReparsed", p);
            row(page, "", num(kit), num(fm), num(reparsed), ratio(kit / fm), ratio(reparsed / kit));
        }
        for (String page : List.of("index", "detail", "results", "table")) {
            Map<String, String> p = Map.of("page", page);
            goal("kit engine / FreeMarker, " + page, s.of("kitEngine", p) / s.of("freeMarker", p), 1.0, true);
        }
    }

    static void orm(Scores s) {
        title("ORM: one call, in " + s.unit("ormRead") + "; ratios to hand-written JDBC");
        row("what", "", "ORM", "baseline", "", "ratio", "");
        pair("read 1,000 rows", s.of("ormRead"), s.of("rawRead"));
        pair("insert 10,000 rows", s.of("ormInsert"), s.of("rawInsert"));
        pair("query: build+compile", s.of("ormBuildQuery"), s.of("rawRunQuery"));
        pair("query: run it", s.of("ormRunQuery"), s.of("rawRunQuery"));
        pair("N+1 vs prefetch", s.of("ormNPlusOne"), s.of("ormPrefetch"));
        goal("ORM read / JDBC read", s.of("ormRead") / s.of("rawRead"), 1.3, true);
        goal("ORM insert / JDBC insert", s.of("ormInsert") / s.of("rawInsert"), 1.5, true);
    }

    static void ormPostgres(Scores s) {
        title("ORM on PostgreSQL: one call, in " + s.unit("pgOrmRead") + "; ratios to hand-written JDBC on the same server");
        row("what", "", "ORM", "baseline", "", "ratio", "");
        pair("read 1,000 rows", s.of("pgOrmRead"), s.of("pgRawRead"));
        pair("insert 1,000 rows", s.of("pgOrmInsert"), s.of("pgRawInsert"));
        pair("query: run it", s.of("pgOrmRunQuery"), s.of("pgRawRunQuery"));
        goal("ORM read / JDBC read (PostgreSQL)", s.of("pgOrmRead") / s.of("pgRawRead"), 1.3, true);
        goal("ORM insert / JDBC insert (PostgreSQL)", s.of("pgOrmInsert") / s.of("pgRawInsert"), 1.5, true);
    }

    static void load(LoadTest.Outcome framework, LoadTest.Outcome raw) {
        title("Whole request under load: polls index, detail, results and vote, in turn; generator: "
                + (framework.generator() == LoadTest.Generator.WRK ? "wrk" : "JDK HttpClient, in the same JVM"));
        row("site", "", "req/s", "p50 ms", "p99 ms", "errors", "votes sent/counted");
        for (LoadTest.Outcome o : List.of(framework, raw)) {
            row(o.site() == LoadTest.Site.FRAMEWORK ? "kit" : "raw servlet", "", num(o.measured().throughput()),
                    num(o.measured().p50Millis()), num(o.measured().p99Millis()), String.valueOf(o.errors()),
                    o.votesSent() + "/" + o.votesCounted());
        }
        goal("throughput, kit / raw servlet", framework.measured().throughput() / raw.measured().throughput(), 0.8, false);
        for (LoadTest.Outcome o : List.of(framework, raw)) {
            System.out.println("  " + o.site() + ": " + (o.errors() == 0 ? "no errors" : o.errors() + " ERRORS")
                    + ", " + (o.votesSent() == o.votesCounted() ? "every vote counted"
                    : o.votesAgree() ? "every vote counted, and " + (o.votesCounted() - o.votesSent())
                            + " more whose answers wrk did not wait for at the deadline"
                    : "votes sent and counted differ by " + (o.votesCounted() - o.votesSent())));
            o.firstErrors().forEach(e -> System.out.println("    " + e));
        }
    }

    // region: sessions-report
    static void sessions(List<LoadTest.Phase> phases, LoadTest.Session kit, LoadTest.Session raw) {
        title("Whole request under load (wrk): the kit's polls project against the raw servlet, phase by phase");
        row("phase", "", "kit req/s", "raw req/s", "kit/raw", "kit p99 ms", "raw p99 ms");
        for (int i = 0; i < phases.size(); i++) {
            LoadResult k = kit.results().get(i);
            LoadResult r = raw.results().get(i);
            row(phases.get(i).name(), "", num(k.throughput()), num(r.throughput()), ratio(k.throughput() / r.throughput()),
                    num(k.p99Millis()), num(r.p99Millis()));
        }
        for (int i = 0; i < phases.size(); i++) {
            goal("throughput, kit / raw, " + phases.get(i).name(),
                    kit.results().get(i).throughput() / raw.results().get(i).throughput(), 0.8, false);
        }
        for (int i = 0; i < phases.size(); i++) {
            if (phases.get(i).connections() == 64) {
                goal("p99, kit / raw, " + phases.get(i).name(),
                        kit.results().get(i).p99Millis() / raw.results().get(i).p99Millis(), 2.0, true);
            }
        }
        verdict("kit", kit);
        verdict("raw servlet", raw);
        System.out.printf(Locale.ROOT, "  memory after the load, kit: resident %d MiB (the site's own JVM), heap in use"
                        + " after a collection %d MiB, max heap %d MiB; raw servlet: resident %d MiB%n",
                kit.residentBytes() >> 20, kit.heapUsedBytes() >> 20, kit.maxHeapBytes() >> 20, raw.residentBytes() >> 20);
        costs(phases, kit, raw);
    }

    /**
     * What a request cost each site's own JVM, phase by phase: figures that whatever else the machine runs
     * moves much less than throughput, since another process's work delays a site but adds little to its
     * CPU time and nothing to what it allocates.
     */
    private static void costs(List<LoadTest.Phase> phases, LoadTest.Session kit, LoadTest.Session raw) {
        title("CPU time and bytes allocated per request, each site's own JVM (process CPU clock, all threads;"
                + " includes Jetty, H2, GC and JIT)");
        costRow("phase", "kit us/req", "raw us/req", "kit/raw", "kit KiB/req", "raw KiB/req", "kit/raw");
        for (int i = 0; i < phases.size(); i++) {
            LoadResult k = kit.results().get(i);
            LoadResult r = raw.results().get(i);
            costRow(phases.get(i).name(), num(k.cpuMicrosPerRequest()), num(r.cpuMicrosPerRequest()),
                    ratio(k.cpuMicrosPerRequest() / r.cpuMicrosPerRequest()), num(k.bytesPerRequest() / 1024),
                    num(r.bytesPerRequest() / 1024), ratio(k.bytesPerRequest() / r.bytesPerRequest()));
        }
    }

    static void django(List<LoadTest.Phase> phases, LoadTest.Session kit, LoadTest.Session sync,
                       LoadTest.Session threaded) {
        title("Django 3.2 under gunicorn beside the kit: the same pages, mixes and questions (wrk)");
        row("phase", "", "kit req/s", "Dj sync", "Dj threads", "kit/sync", "kit/threads");
        for (int i = 0; i < phases.size(); i++) {
            double k = kit.results().get(i).throughput();
            double s = sync.results().get(i).throughput();
            double t = threaded.results().get(i).throughput();
            row(phases.get(i).name(), "", num(k), num(s), num(t), ratio(k / s), ratio(k / t));
        }
        for (int i = 0; i < phases.size(); i++) {
            double k = kit.results().get(i).throughput();
            double best = Math.max(sync.results().get(i).throughput(), threaded.results().get(i).throughput());
            goal("kit / best Django, " + phases.get(i).name(), k / best, 10.0, false);
        }
        verdict("Django, 2 sync workers", sync);
        verdict("Django, 2 workers x 8 threads", threaded);
        System.out.printf(Locale.ROOT, "  resident after the load: Django sync %d MiB, threaded %d MiB (master and"
                + " workers added up)%n", sync.residentBytes() >> 20, threaded.residentBytes() >> 20);
    }

    private static void verdict(String label, LoadTest.Session s) {
        System.out.println("  " + label + ": " + (s.errors() == 0 ? "no errors" : s.errors() + " ERRORS")
                + ", votes acknowledged " + s.votesSent() + ", counted " + s.votesCounted() + ": "
                + (s.votesSent() == s.votesCounted() ? "every vote counted"
                : s.votesAgree() ? "every vote counted, and " + (s.votesCounted() - s.votesSent())
                        + " more whose answers wrk did not wait for at a deadline"
                : "MISMATCH of " + (s.votesCounted() - s.votesSent())));
        s.firstErrors().stream().limit(3).forEach(e -> System.out.println("    " + e));
    }
    // endregion

    private static void pair(String what, double orm, double baseline) {
        row(what, "", num(orm), num(baseline), "", ratio(orm / baseline), "");
    }

    private static void goal(String what, double value, double limit, boolean atMost) {
        boolean met = atMost ? value <= limit : value >= limit;
        System.out.printf(Locale.ROOT, "  goal: %-44s %6.2fx  (%s %.2fx)  %s%n", what, value, atMost ? "<=" : ">=",
                limit, met ? "met" : "MISSED by " + String.format(Locale.ROOT, "%.2fx", atMost ? value / limit : limit / value));
    }

    private static void title(String text) {
        System.out.println();
        System.out.println("== " + text);
    }

    private static void row(String a, String b, String c, String d, String e, String f, String g) {
        System.out.printf(Locale.ROOT, "%-22s %-8s %12s %12s %12s %10s %12s%n", a, b, c, d, e, f, g);
    }

    private static void costRow(String phase, String kitCpu, String rawCpu, String cpuRatio, String kitBytes,
                                String rawBytes, String bytesRatio) {
        System.out.printf(Locale.ROOT, "%-22s %-8s %12s %12s %10s %12s %12s %10s%n", phase, "", kitCpu, rawCpu, cpuRatio,
                kitBytes, rawBytes, bytesRatio);
    }

    private static String num(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2fx", value);
    }
}
