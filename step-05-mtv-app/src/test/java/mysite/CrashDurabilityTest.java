package mysite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import mysite.polls.models.Choice;
import mysite.polls.models.Question;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtvkit.mtv.Settings;
import org.mtvkit.orm.Database;

/**
 * An acknowledged vote survives a crash. The app runs as a learner runs it, on its default H2 file, in a
 * child JVM; votes are posted from several threads; the JVM is killed with SIGKILL while they are in
 * flight; and the votes on disk are counted. A vote that got its 302 must be there, and no vote may be
 * there twice (at most every vote sent, answered or not).
 */
class CrashDurabilityTest {

    private static final int ROUNDS = 3;
    private static final int POSTERS = 4;
    private static final long ACKS_BEFORE_KILL = 60;

    @TempDir
    Path workDir;

    @Test
    @DisplayName("every vote answered with a redirect is on disk after a SIGKILL, and none is counted twice")
    void acknowledgedVotesSurviveSigkill() throws Exception {
        long acknowledged = 0;
        long sent = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            Round r = voteUntilKilled();
            acknowledged += r.acknowledged;
            sent += r.sent;
            long counted = votesOnDisk();
            assertTrue(counted >= acknowledged, "round " + round + ": " + acknowledged + " votes were acknowledged but only "
                    + counted + " are on disk (" + (acknowledged - counted) + " lost in the crash)");
            assertTrue(counted <= sent, "round " + round + ": " + counted + " votes on disk but only " + sent + " were sent");
        }
        assertTrue(acknowledged >= ROUNDS * ACKS_BEFORE_KILL, "each round acknowledged votes before the kill");
    }

    private record Round(long acknowledged, long sent) {
    }

    /** Starts the app on the work folder's files, votes from several threads, and kills it mid-stream. */
    private Round voteUntilKilled() throws Exception {
        ChildServer server = ChildServer.start(workDir, Map.of());
        AtomicLong acknowledged = new AtomicLong();
        AtomicLong sent = new AtomicLong();
        List<Thread> posters = new ArrayList<>();
        List<String> unexpected = new CopyOnWriteArrayList<>();
        try {
            for (int i = 0; i < POSTERS; i++) {
                Voter voter = new Voter(server.uri);
                Thread poster = new Thread(() -> voter.voteUntilRefused(acknowledged, sent, unexpected));
                poster.start();
                posters.add(poster);
            }
            while (acknowledged.get() < ACKS_BEFORE_KILL && unexpected.isEmpty()) {
                Thread.sleep(5);
            }
        } finally {
            server.kill();                          // while the posters are still sending
        }
        for (Thread poster : posters) {
            poster.join(Duration.ofSeconds(30).toMillis());
        }
        assertEquals(List.of(), unexpected);
        return new Round(acknowledged.get(), sent.get());
    }

    /** One browser: fetches the form once (cookie and token), then votes until the server is gone. */
    private static final class Voter {
        private final URI base;
        private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5)).build();

        Voter(URI base) {
            this.base = base;
        }

        void voteUntilRefused(AtomicLong acknowledged, AtomicLong sent, List<String> unexpected) {
            try {
                String form = browser.send(HttpRequest.newBuilder(base.resolve("polls/1/")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                String body = "choice=1&csrfmiddlewaretoken=" + Site.csrfToken(form);
                while (true) {
                    HttpRequest vote = HttpRequest.newBuilder(base.resolve("polls/1/vote/"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .timeout(Duration.ofSeconds(10))
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    sent.incrementAndGet();          // counted before sending: the server may count it and die
                    int status = browser.send(vote, HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (status != 302) {
                        unexpected.add("a vote was answered with " + status + " instead of a redirect");
                        return;
                    }
                    acknowledged.incrementAndGet();
                }
            } catch (java.io.IOException | InterruptedException serverGone) {
                // the kill: the connection breaks, and this browser stops
            }
        }
    }

    /** Opens the files the child left behind, with the app's own default URL, and sums the votes. */
    private long votesOnDisk() {
        String url = Settings.DEFAULT_DATABASE_URL.replace("./", workDir.toAbsolutePath() + "/");
        try (Database db = Database.open(url).register(Question.class, Choice.class)) {
            return db.objects(Choice.class).list().stream().mapToLong(Choice::getVotes).sum();
        }
    }
}
