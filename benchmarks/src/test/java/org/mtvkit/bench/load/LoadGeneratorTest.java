package org.mtvkit.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LoadGeneratorTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(LoadTest.Site.class)
    @DisplayName("a short bounded run has no errors and every vote sent is counted in the database")
    void shortRunCountsEveryVote(LoadTest.Site site) throws Exception {
        LoadTest.Outcome outcome = LoadTest.run(site, LoadTest.Generator.JDK_HTTP_CLIENT, 4, Duration.ofSeconds(30), Duration.ofSeconds(30), 200);
        assertEquals(0, outcome.errors());
        assertEquals(200, outcome.measured().requests());       // the request budget ends the run, not the clock
        assertTrue(outcome.votesSent() > 0, "one request in four is a vote");
        assertEquals(outcome.votesSent(), outcome.votesCounted());
    }

    private static final LoadGenerator.FormToken TOKEN = new LoadGenerator.FormToken("a-b_c", Optional.of("csrftoken=s3cret"));

    @Test
    @DisplayName("the request mix cycles through index, detail, results and a vote for a choice of that question")
    void requestMix() {
        LoadGenerator load = new LoadGenerator(URI.create("http://127.0.0.1:1/"), 20, 4);
        assertEquals("http://127.0.0.1:1/polls/", load.request(0, 0, TOKEN).uri().toString());
        assertEquals("http://127.0.0.1:1/polls/1/", load.request(0, 1, TOKEN).uri().toString());
        assertEquals("http://127.0.0.1:1/polls/1/results/", load.request(0, 2, TOKEN).uri().toString());
        assertEquals("POST", load.request(0, 3, TOKEN).method());
        assertEquals("http://127.0.0.1:1/polls/8/vote/", load.request(1, 3, TOKEN).uri().toString());
    }

    @Test
    @DisplayName("a vote carries the CSRF cookie and the form's token, as a browser sends them")
    void voteCarriesTheCsrfCookieAndToken() {
        HttpRequest vote = new LoadGenerator(URI.create("http://127.0.0.1:1/"), 20, 4).request(0, 3, TOKEN);
        assertEquals(Optional.of("csrftoken=s3cret"), vote.headers().firstValue("Cookie"));
        assertEquals("choice=1&csrfmiddlewaretoken=a-b_c", TOKEN.formWith("choice=1"));
    }

    @Test
    @DisplayName("the token is read from the form's hidden field and the csrftoken cookie, without the cookie's attributes")
    void tokenIsReadFromFormAndCookie() {
        LoadGenerator.FormToken token = LoadGenerator.FormToken.from(
                "<form><input type=\"hidden\" name=\"csrfmiddlewaretoken\" value=\"abc\"></form>",
                List.of("other=1; Path=/", "csrftoken=xyz; Path=/; SameSite=Lax"));
        assertEquals(new LoadGenerator.FormToken("abc", Optional.of("csrftoken=xyz")), token);
    }

    @Test
    @DisplayName("a page without the form's token field is refused with the start of the page in the message")
    void pageWithoutTokenIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> LoadGenerator.FormToken.from("<p>Not a form</p>", List.of()));
        assertTrue(e.getMessage().contains("no csrfmiddlewaretoken field") && e.getMessage().contains("<p>Not a form</p>"),
                e.getMessage());
    }

    @Test
    @DisplayName("the load generator refuses to send traffic anywhere but this machine")
    void refusesOtherHosts() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LoadGenerator(URI.create("http://example.com/"), 20, 4));
        assertTrue(e.getMessage().contains("only sends traffic to this machine"), e.getMessage());
    }
}
