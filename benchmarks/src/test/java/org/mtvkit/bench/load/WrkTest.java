package org.mtvkit.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WrkTest {

    /** wrk's own report, with the script's line after it, as wrk 4.1 prints them. */
    private static final String SAMPLE = """
            Running 2s test @ http://127.0.0.1:40123/
              2 threads and 4 connections
              Thread Stats   Avg      Stdev     Max   +/- Stdev
                Latency     3.10ms    2.71ms  38.02ms   91.77%
                Req/Sec   682.35    120.04     0.91k    70.00%
              2731 requests in 2.00s, 3.43MB read
            Requests/sec:   1364.19
            Transfer/sec:      1.71MB
            mtvkit-wrk requests=2731 errors=3 connect=0 read=1 write=0 status=2 timeout=0 votes=680 micros=2001918 p50=2411 p99=14250
            """;

    private final Wrk wrk = new Wrk(Path.of("/usr/bin/wrk"), URI.create("http://127.0.0.1:40123/"), 20, 4);

    @Test
    @DisplayName("the script's line is read into requests, errors, votes, seconds and latencies in milliseconds")
    void parsesTheScriptsLine() {
        LoadResult result = Wrk.parse(SAMPLE);
        assertEquals(2731, result.requests());
        assertEquals(3, result.errors());
        assertEquals(680, result.votesSent());
        assertEquals(2.001918, result.seconds(), 1e-9);
        assertEquals(2.411, result.p50Millis(), 1e-9);
        assertEquals(14.25, result.p99Millis(), 1e-9);
        assertEquals(List.of("wrk: connect 0, read 1, write 0, status >= 400 2, timeout 0"), result.firstErrors());
    }

    @Test
    @DisplayName("output without the script's line is refused with wrk's output in the message")
    void outputWithoutTheLineIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Wrk.parse("unable to connect to 127.0.0.1:1 Connection refused"));
        assertTrue(e.getMessage().contains("no 'mtvkit-wrk' line") && e.getMessage().contains("Connection refused"),
                e.getMessage());
    }

    @Test
    @DisplayName("a line missing a figure is refused, naming the figure")
    void lineMissingAFigureIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Wrk.parse("mtvkit-wrk requests=1 errors=0 votes=0 micros=5 p50=1"));
        assertTrue(e.getMessage().contains("no p99="), e.getMessage());
    }

    @Test
    @DisplayName("the command line is bounded in time, names the script and passes the site's size and the mix to it")
    void commandLine() {
        List<String> command = wrk.command(Path.of("/tmp/polls.lua"), 4, Duration.ofSeconds(2));
        assertEquals("/usr/bin/wrk", command.get(0));
        assertTrue(command.containsAll(List.of("-c4", "-d2s", "-s", "/tmp/polls.lua")), command.toString());
        assertEquals(List.of("http://127.0.0.1:40123/", "--", "20", "4", "votes"),
                command.subList(command.size() - 5, command.size()));
    }

    @Test
    @DisplayName("the script written for wrk reads the CSRF token and cookie, counts redirects as votes and prints its line")
    void scriptIsWritten() throws Exception {
        Path script = Wrk.writeScript();
        try {
            String lua = Files.readString(script);
            assertTrue(lua.contains("name=\"csrfmiddlewaretoken\" value=\"([^\"]+)\""), "reads the form's token");
            assertTrue(lua.contains("csrftoken=[^;]+"), "reads the cookie");
            assertTrue(lua.contains("status == 302"), "counts a redirect as a vote");
            assertTrue(lua.contains("\"mtvkit-wrk requests=%d errors=%d"), "prints the line parse() reads");
        } finally {
            Files.delete(script);
        }
    }

    @Test
    @DisplayName("wrk is pointed at 127.0.0.1 only")
    void refusesOtherHosts() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Wrk(Path.of("/usr/bin/wrk"), URI.create("http://example.com/"), 20, 4));
        assertTrue(e.getMessage().contains("only pointed at 127.0.0.1"), e.getMessage());
    }

    @Test
    @DisplayName("an executable that cannot be started is reported with its path")
    void missingExecutableIsReported() {
        Wrk missing = new Wrk(Path.of("/nonexistent/wrk"), URI.create("http://127.0.0.1:1/"), 20, 4);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> missing.run(1, Duration.ofSeconds(1)));
        assertTrue(e.getMessage().contains("could not run /nonexistent/wrk"), e.getMessage());
    }

    static boolean wrkInstalled() {
        return Wrk.onPath().isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(LoadTest.Site.class)
    @EnabledIf("wrkInstalled")
    @DisplayName("with wrk installed, a 2-second run has no errors and the database counts every vote wrk saw answered")
    void shortWrkRunCountsEveryVote(LoadTest.Site site) throws Exception {
        LoadTest.Outcome outcome = LoadTest.run(site, LoadTest.Generator.WRK, 4, Duration.ZERO, Duration.ofSeconds(2), 0);
        assertEquals(0, outcome.errors(), outcome.firstErrors().toString());
        assertTrue(outcome.measured().requests() > 0, "wrk sent requests");
        assertTrue(outcome.votesSent() > 0, "one request in four is a vote, and a vote passes the CSRF check");
        assertTrue(outcome.votesAgree(), outcome.votesSent() + " answered, " + outcome.votesCounted() + " counted");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(LoadTest.Site.class)
    @EnabledIf("wrkInstalled")
    @DisplayName("with wrk installed, a short session of the read-only mix sends no vote, the votes mix counts every one,"
            + " and each phase says the CPU time and bytes a request cost the site's JVM")
    void shortSessionOfBothMixes(LoadTest.Site site) throws Exception {
        LoadTest.Session session = LoadTest.session(site, Duration.ofSeconds(1), List.of(
                new LoadTest.Phase("read-only", LoadTest.Mix.READ_ONLY, 4, Duration.ZERO, Duration.ofSeconds(1)),
                new LoadTest.Phase("votes", LoadTest.Mix.VOTES, 4, Duration.ZERO, Duration.ofSeconds(1))));
        assertEquals(0, session.errors(), session.firstErrors().toString());
        assertEquals(0, session.results().get(0).votesSent(), "the read-only mix sends no vote");
        assertTrue(session.results().get(1).votesSent() > 0, "the votes mix sends votes that pass the CSRF check");
        assertTrue(session.votesAgree(), session.votesSent() + " answered, " + session.votesCounted() + " counted");
        assertTrue(session.residentBytes() > 0, "the resident size is read from /proc");
        for (LoadResult phase : session.results()) {
            assertTrue(phase.cpuMicrosPerRequest() > 0 && Double.isFinite(phase.cpuMicrosPerRequest()),
                    "CPU per request: " + phase.cpuMicrosPerRequest());
            assertTrue(phase.bytesPerRequest() > 0 && Double.isFinite(phase.bytesPerRequest()),
                    "bytes per request: " + phase.bytesPerRequest());
        }
    }
}
