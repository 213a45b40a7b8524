package org.mtvkit.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LoadGeneratorTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(LoadTest.Site.class)
    @DisplayName("a short bounded run has no errors and every vote sent is counted in the database")
    void shortRunCountsEveryVote(LoadTest.Site site) throws Exception {
        LoadTest.Outcome outcome = LoadTest.run(site, 4, Duration.ofSeconds(30), Duration.ofSeconds(30), 200);
        assertEquals(0, outcome.errors());
        assertEquals(200, outcome.measured().requests());       // the request budget ends the run, not the clock
        assertTrue(outcome.votesSent() > 0, "one request in four is a vote");
        assertEquals(outcome.votesSent(), outcome.votesCounted());
    }

    @Test
    @DisplayName("the request mix cycles through index, detail, results and a vote for a choice of that question")
    void requestMix() {
        LoadGenerator load = new LoadGenerator(URI.create("http://127.0.0.1:1/"), 20, 4);
        assertEquals("http://127.0.0.1:1/polls/", load.request(0, 0).uri().toString());
        assertEquals("http://127.0.0.1:1/polls/1/", load.request(0, 1).uri().toString());
        assertEquals("http://127.0.0.1:1/polls/1/results/", load.request(0, 2).uri().toString());
        assertEquals("POST", load.request(0, 3).method());
        assertEquals("http://127.0.0.1:1/polls/8/vote/", load.request(1, 3).uri().toString());
    }

    @Test
    @DisplayName("the load generator refuses to send traffic anywhere but this machine")
    void refusesOtherHosts() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LoadGenerator(URI.create("http://example.com/"), 20, 4));
        assertTrue(e.getMessage().contains("only sends traffic to this machine"), e.getMessage());
    }
}
