package org.mtvkit.bench.load;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mysite.Main;
import org.mtvkit.bench.PollsDatabase;
import org.mtvkit.http.WebServer;
import org.mtvkit.mtv.Project;
import org.mtvkit.mtv.Settings;
import org.mtvkit.orm.Database;

/**
 * One load run against one site: a fresh database, the site on a Jetty at 127.0.0.1, a warm-up, the
 * measured run, then the votes in the database counted against the votes the generator sent. The
 * framework site is step 5's polls project itself, with its whole middleware; the other is {@link
 * RawPollsServlet}.
 */
public final class LoadTest {

    public static final int QUESTIONS = 20;
    public static final int CHOICES = 4;

    /** Which site to serve. */
    public enum Site { FRAMEWORK, RAW_SERVLET }

    /** Which requests a visitor sends, in turn: the three pages only, or the three pages and a vote. */
    public enum Mix {
        READ_ONLY("read"), VOTES("votes");

        private final String scriptName;

        Mix(String scriptName) {
            this.scriptName = scriptName;
        }

        /** The mix's name as {@code polls.lua} reads it. */
        public String scriptName() {
            return scriptName;
        }
    }

    /** One measured phase of a session: a mix at a number of connections, for a time. */
    public record Phase(String name, Mix mix, int connections, Duration warmUp, Duration measure) {
    }

    /**
     * What a whole session on one site measured, phase by phase.
     *
     * @param results       each phase's measured run, in order, with the site's CPU time and bytes
     *                      allocated per request where it ran in a JVM of its own (NaN otherwise)
     * @param residentBytes the site's resident set size after the last phase (0 where /proc is missing)
     * @param heapUsedBytes the site's heap in use after a collection, after the last phase (0 if not a JVM)
     * @param maxHeapBytes  the most the site's heap may grow to (0 if not a JVM)
     */
    public record Session(String site, List<LoadResult> results, long errors, long votesSent, long votesCounted,
                          long inFlightAtStop, long residentBytes, long heapUsedBytes, long maxHeapBytes,
                          List<String> firstErrors) {

        /** Every vote answered was counted, and nothing else was but votes still in flight at a stop. */
        public boolean votesAgree() {
            return votesCounted >= votesSent && votesCounted - votesSent <= inFlightAtStop;
        }
    }

    /** Which program sends the requests: wrk outside the JVM, or {@link LoadGenerator} inside it. */
    public enum Generator {
        WRK, JDK_HTTP_CLIENT;

        /** wrk when it is on the PATH, otherwise the JDK's HTTP client. */
        public static Generator available() {
            return Wrk.onPath().isPresent() ? WRK : JDK_HTTP_CLIENT;
        }
    }

    /**
     * @param measured      the measured run
     * @param errors        failed requests, warm-up included
     * @param votesSent     votes answered with a redirect, warm-up included
     * @param votesCounted  the sum of the votes column afterwards
     * @param inFlightAtStop requests a run may leave unanswered when it stops: wrk closes its connections
     *                      at the deadline without reading the last answers, so up to one vote per
     *                      connection and run can be counted by the database but not by wrk
     * @param firstErrors   what went wrong, for the first few errors
     */
    public record Outcome(Site site, Generator generator, LoadResult measured, long errors, long votesSent, long votesCounted,
                          long inFlightAtStop, List<String> firstErrors) {

        /** Every vote answered was counted, and nothing else was but votes still in flight at a stop. */
        public boolean votesAgree() {
            return votesCounted >= votesSent && votesCounted - votesSent <= inFlightAtStop;
        }
    }

    private LoadTest() {
    }

    // region: run
    /**
     * Serves {@code site} and drives it with {@code generator}. wrk is bounded by time only, so it ignores
     * {@code maxRequests}; a zero {@code warmUp} skips the warm-up.
     */
    public static Outcome run(Site site, Generator generator, int connections, Duration warmUp, Duration measure,
                              long maxRequests)
            throws InterruptedException, SQLException {
        try (PollsDatabase db = PollsDatabase.seeded(QUESTIONS, CHOICES)) {
            Served served = serve(site, db);
            URI uri = served.uri();
            try (AutoCloseable server = served.server()) {
                Driver load = driver(generator, uri, connections, maxRequests);
                LoadResult warm = warmUp.isZero() ? LoadResult.NONE : load.run(warmUp);
                LoadResult measured = load.run(measure);
                List<String> firstErrors = new ArrayList<>(warm.firstErrors());
                firstErrors.addAll(measured.firstErrors());
                return new Outcome(site, generator, measured, warm.errors() + measured.errors(),
                        warm.votesSent() + measured.votesSent(), votesIn(db),
                        generator == Generator.WRK ? (warmUp.isZero() ? 1L : 2L) * connections : 0, firstErrors);
            } catch (InterruptedException | SQLException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("could not stop the " + site + " server: " + e.getMessage(), e);
            }
        }
    }
    // endregion

    /** The flags each site's JVM of the load session starts with: the heap the demos run with. */
    public static List<String> siteJvmFlags() {
        return SiteProcess.HEAP;
    }

    // region: session
    /**
     * Serves {@code site} once, in a JVM of its own ({@link SiteProcess}), and drives it with wrk: first
     * {@code steadyWarmUp} of the votes mix, unmeasured, so that the JIT has compiled the request path
     * (throughput keeps rising for about a minute on 2 cores), then every phase in turn, each with a short
     * unmeasured warm-up of its own because a new connection count changes the threads' work. Just before
     * and just after each measured run, the site's JVM is asked for its CPU time and the bytes it has
     * allocated, so that each phase also says what a request cost the site itself: figures that what else
     * the machine was doing moves much less than throughput. Votes are counted once, at the end, by the
     * site's JVM.
     */
    public static Session session(Site site, Duration steadyWarmUp, List<Phase> phases) throws InterruptedException {
        Path wrk = Wrk.onPath().orElseThrow(() -> new IllegalStateException(
                "the load session needs wrk, which is not on the PATH: install it (apt-get install -y wrk)"));
        try (SiteProcess served = SiteProcess.start(site)) {
            URI uri = served.uri();
            List<LoadResult> unmeasured = new ArrayList<>();
            List<LoadResult> results = new ArrayList<>();
            long inFlight = 0;
            unmeasured.add(new Wrk(wrk, uri, QUESTIONS, CHOICES, Mix.VOTES).run(16, steadyWarmUp));
            inFlight += 16;
            for (Phase phase : phases) {
                Wrk load = new Wrk(wrk, uri, QUESTIONS, CHOICES, phase.mix());
                if (!phase.warmUp().isZero()) {
                    unmeasured.add(load.run(phase.connections(), phase.warmUp()));
                    inFlight += phase.connections();
                }
                // The site's JVM answers these readings on its stdin: the little CPU and memory the
                // answers take are included in the phase's figures, negligible beside its requests.
                long cpu = served.cpuNanos();
                long allocated = served.allocatedBytes();
                LoadResult measured = load.run(phase.connections(), phase.measure());
                results.add(measured.withSiteCost(served.cpuNanos() - cpu, served.allocatedBytes() - allocated));
                inFlight += phase.connections();
            }
            long errors = 0;
            long votes = 0;
            List<String> firstErrors = new ArrayList<>();
            for (LoadResult r : unmeasured) {
                errors += r.errors();
                votes += r.votesSent();
                firstErrors.addAll(r.firstErrors());
            }
            for (LoadResult r : results) {
                errors += r.errors();
                votes += r.votesSent();
                firstErrors.addAll(r.firstErrors());
            }
            return new Session(site.name(), results, errors, votes, served.votesCounted(), inFlight,
                    served.residentBytes(), served.heapUsedAfterGc(), served.maxHeap(), firstErrors);
        }
    }
    // endregion

    /** One bounded run of the chosen generator. */
    private interface Driver {
        LoadResult run(Duration duration) throws InterruptedException;
    }

    private static Driver driver(Generator generator, URI uri, int connections, long maxRequests) {
        if (generator == Generator.WRK) {
            Path wrk = Wrk.onPath().orElseThrow(() -> new IllegalStateException(
                    "wrk was asked for but is not on the PATH: install it (apt-get install wrk) or use JDK_HTTP_CLIENT"));
            return duration -> new Wrk(wrk, uri, QUESTIONS, CHOICES).run(connections, duration);
        }
        return duration -> new LoadGenerator(uri, QUESTIONS, CHOICES).run(connections, duration, maxRequests);
    }

    /** A running site and the address it answers on. */
    record Served(AutoCloseable server, URI uri) {
    }

    /** Starts {@code site} on a free loopback port over {@code db}: the kit's polls project, or the raw servlet. */
    static Served serve(Site site, PollsDatabase db) {
        if (site == Site.FRAMEWORK) {
            WebServer web = WebServer.start(pollsProject(db.orm()).handler(), "127.0.0.1", 0);
            return new Served(web, URI.create("http://127.0.0.1:" + web.port() + "/"));
        }
        RawServer raw = RawServer.start(new RawPollsServlet(db.raw()));
        return new Served(raw, raw.uri());
    }

    // region: polls-project
    /**
     * The polls project exactly as {@code mysite.Main} assembles it (error pages, static files, CSRF,
     * append-slash), on the given database, with DEBUG off and no access log: a log line per request
     * would measure the console, not the framework.
     */
    static Project pollsProject(Database db) {
        Project project = Main.builder(new Settings(0, false, "unused", "django")).database(db).build();
        project.migrate();
        return project;
    }
    // endregion

    static long votesIn(PollsDatabase db) throws SQLException {
        try (Connection c = db.raw().getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT COALESCE(SUM(\"votes\"), 0) FROM \"choice\"")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
