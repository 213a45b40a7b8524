package mysite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import mysite.polls.models.Choice;
import mysite.polls.models.Question;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mtvkit.http.WebServer;
import org.mtvkit.mtv.Project;
import org.mtvkit.mtv.Settings;

/** The database pool is sized from the server's threads, so a burst larger than the pool still gets answered. */
class ConnectionPoolTest {

    private static final int THREADS = 8;
    private static final int VOTES = 80;

    @Test
    @DisplayName("80 votes at once, on a server of 8 threads and 8 connections, are all answered and all counted")
    void moreConcurrentRequestsThanConnections() throws Exception {
        Settings settings = new Settings(0, false, "jdbc:h2:mem:pool-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "django")
                .withServerThreads(THREADS);
        Project project = Main.installedApps(Project.builder(settings))
                .urls(RootUrls::urlpatterns).build();
        project.migrate();
        Question question = project.database().save(new Question("Busy?", java.time.Instant.now().minusSeconds(60)));
        Choice choice = project.database().save(new Choice(question, "Yes"));
        try (WebServer server = project.serve("127.0.0.1")) {
            URI base = URI.create("http://127.0.0.1:" + server.port() + "/polls/" + question.getId() + "/");
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            String token = Site.csrfToken(browser.send(HttpRequest.newBuilder(base).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            HttpRequest vote = HttpRequest.newBuilder(base.resolve("vote/"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("choice=" + choice.getId() + "&csrfmiddlewaretoken=" + token))
                    .build();
            List<CompletableFuture<HttpResponse<Void>>> burst = IntStream.range(0, VOTES)
                    .mapToObj(i -> browser.sendAsync(vote, HttpResponse.BodyHandlers.discarding())).toList();
            for (CompletableFuture<HttpResponse<Void>> answer : burst) {
                assertEquals(302, answer.get().statusCode());
            }
            assertEquals(VOTES, project.database().objects(Choice.class).get("id", choice.getId()).getVotes());
        } finally {
            project.database().close();
        }
    }
}
