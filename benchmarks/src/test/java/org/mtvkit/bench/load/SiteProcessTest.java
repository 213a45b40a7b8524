package org.mtvkit.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The load session's sites, each in a JVM of its own: started, asked, and stopped as the session does. */
class SiteProcessTest {

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @ParameterizedTest(name = "{0}")
    @EnumSource(LoadTest.Site.class)
    @DisplayName("a site in its own JVM answers on a loopback port, counts a vote in its database, reports its memory, and stops when closed")
    void siteInItsOwnJvm(LoadTest.Site site) throws Exception {
        ProcessHandle child;
        try (SiteProcess served = SiteProcess.start(site)) {
            assertEquals("127.0.0.1", served.uri().getHost());
            HttpResponse<String> form = client.send(HttpRequest.newBuilder(served.uri().resolve("polls/1/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, form.statusCode());
            long before = served.votesCounted();
            LoadGenerator.FormToken token = LoadGenerator.FormToken.from(form.body(), form.headers().allValues("Set-Cookie"));
            HttpRequest.Builder vote = HttpRequest.newBuilder(served.uri().resolve("polls/1/vote/"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(token.formWith("choice=1")));
            token.cookie().ifPresent(cookie -> vote.header("Cookie", cookie));
            assertEquals(302, client.send(vote.build(), HttpResponse.BodyHandlers.ofString()).statusCode());
            assertEquals(before + 1, served.votesCounted());
            assertTrue(served.residentBytes() > 0, "the resident size of the site's own process, from /proc");
            assertTrue(served.heapUsedAfterGc() > 0);
            assertEquals(256L << 20, served.maxHeap(), 16L << 20, "the demos' heap, -Xmx256m");
            child = ProcessHandle.of(served.pid()).orElseThrow();
        }
        child.onExit().get();
        assertFalse(child.isAlive(), "the site's JVM stops when its input closes");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(LoadTest.Site.class)
    @DisplayName("a site in its own JVM answers cpu and allocated with counters that grow while it serves requests")
    void siteCountsItsCpuAndAllocations(LoadTest.Site site) throws Exception {
        try (SiteProcess served = SiteProcess.start(site)) {
            long cpu = served.cpuNanos();
            long allocated = served.allocatedBytes();
            assertTrue(cpu > 0, "the CPU its JVM used to start, in ns: " + cpu);
            assertTrue(allocated > 0, "the bytes its JVM allocated to start: " + allocated);
            for (int i = 0; i < 20; i++) {
                for (String page : List.of("polls/", "polls/1/", "polls/1/results/")) {
                    assertEquals(200, client.send(HttpRequest.newBuilder(served.uri().resolve(page)).build(),
                            HttpResponse.BodyHandlers.ofString()).statusCode());
                }
            }
            assertTrue(served.cpuNanos() > cpu, "rendering pages takes CPU time");
            assertTrue(served.allocatedBytes() - allocated > 60 * 1_000, "60 pages allocate more than 1 kB each");
        }
    }
}
