package org.mtvkit.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small closed-loop load generator on the JDK's HTTP client: each of {@code connections} threads is
 * a visitor who first loads a voting form (to get the CSRF cookie and the form's token, as a browser
 * does), then sends one request, waits for the answer, and sends the next, cycling through the four
 * polls requests (index, detail, results, vote). It stops at a deadline or after a number of requests,
 * whichever comes first, so a run is always bounded.
 */
public final class LoadGenerator {

    private final URI base;
    private final int questions;
    private final int choicesPerQuestion;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)   // a vote's answer is the redirect itself
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** Targets a polls site seeded with {@code questions} questions of {@code choicesPerQuestion} choices each. */
    public LoadGenerator(URI base, int questions, int choicesPerQuestion) {
        if (!"127.0.0.1".equals(base.getHost()) && !"localhost".equals(base.getHost())) {
            throw new IllegalArgumentException("the load generator only sends traffic to this machine, not to " + base);
        }
        this.base = base;
        this.questions = questions;
        this.choicesPerQuestion = choicesPerQuestion;
    }

    /** Runs {@code connections} loops until {@code duration} has passed or {@code maxRequests} were sent. */
    public LoadResult run(int connections, Duration duration, long maxRequests) throws InterruptedException {
        AtomicLong budget = new AtomicLong(maxRequests);
        long deadline = System.nanoTime() + duration.toNanos();
        List<Worker> workers = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < connections; i++) {
            Worker worker = new Worker(i, budget, deadline);
            workers.add(worker);
            Thread thread = new Thread(worker, "load-" + i);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long requests = 0;
        long errors = 0;
        long votes = 0;
        List<long[]> all = new ArrayList<>();
        List<String> firstErrors = new ArrayList<>();
        for (Worker w : workers) {
            requests += w.count;
            errors += w.errors;
            votes += w.votes;
            firstErrors.addAll(w.firstErrors);
            all.add(Arrays.copyOf(w.latencies, w.count));
        }
        long[] latencies = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new LoadResult(requests, errors, votes, seconds, percentile(latencies, 0.50), percentile(latencies, 0.99),
                firstErrors.subList(0, Math.min(3, firstErrors.size())));
    }

    // region: form-token
    /**
     * What a vote must carry to pass the CSRF check: the form's hidden token, and the {@code csrftoken}
     * cookie when the site set one (the raw servlet sets none: it does not check).
     */
    record FormToken(String field, Optional<String> cookie) {

        private static final Pattern FIELD = Pattern.compile("name=\"csrfmiddlewaretoken\" value=\"([^\"]+)\"");

        /** Reads the token from a voting form and its response's {@code Set-Cookie} headers. */
        static FormToken from(String page, List<String> setCookies) {
            Matcher m = FIELD.matcher(page);
            if (!m.find()) {
                throw new IllegalStateException("the voting form has no csrfmiddlewaretoken field, so no vote could pass:\n"
                        + page.substring(0, Math.min(300, page.length())));
            }
            Optional<String> cookie = setCookies.stream().filter(c -> c.startsWith("csrftoken="))
                    .map(c -> c.split(";", 2)[0]).findFirst();
            return new FormToken(m.group(1), cookie);
        }

        /** The form body with the token added. */
        String formWith(String body) {
            return body + "&csrfmiddlewaretoken=" + URLEncoder.encode(field, StandardCharsets.UTF_8);
        }
    }
    // endregion

    // region: request-mix
    /** The n-th request of a worker: index, detail, results and vote, in turn, over every question. */
    HttpRequest request(int worker, long n, FormToken token) {
        long question = (worker * 7L + n / 4) % questions + 1;
        return switch ((int) (n % 4)) {
            case 0 -> get("polls/");
            case 1 -> get("polls/" + question + "/");
            case 2 -> get("polls/" + question + "/results/");
            default -> {
                long choice = (question - 1) * choicesPerQuestion + (n / 4) % choicesPerQuestion + 1;
                HttpRequest.Builder vote = HttpRequest.newBuilder(base.resolve("polls/" + question + "/vote/"))
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(token.formWith("choice=" + choice)));
                token.cookie().ifPresent(cookie -> vote.header("Cookie", cookie));
                yield vote.build();
            }
        };
    }
    // endregion

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10)).GET().build();
    }

    private static double percentile(long[] sortedNanos, double p) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.min(sortedNanos.length - 1, Math.ceil(p * sortedNanos.length) - 1);
        return sortedNanos[Math.max(0, index)] / 1e6;
    }

    /** One connection's loop; its counters are read only after its thread has ended. */
    private final class Worker implements Runnable {
        private final int id;
        private final AtomicLong budget;
        private final long deadline;
        long[] latencies = new long[1024];
        int count;
        long errors;
        long votes;
        final List<String> firstErrors = new ArrayList<>();

        Worker(int id, AtomicLong budget, long deadline) {
            this.id = id;
            this.budget = budget;
            this.deadline = deadline;
        }

        @Override
        public void run() {
            FormToken token;
            try {
                token = visitForm();
            } catch (IOException | RuntimeException e) {
                errors++;
                firstErrors.add("GET the voting form: " + e);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            for (long n = 0; System.nanoTime() < deadline && budget.getAndDecrement() > 0; n++) {
                HttpRequest request = request(id, n, token);
                boolean vote = request.method().equals("POST");
                long start = System.nanoTime();
                String error = null;
                try {
                    HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() != (vote ? 302 : 200)) {
                        error = "status " + response.statusCode();
                    }
                } catch (IOException e) {
                    error = e.toString();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                record(System.nanoTime() - start);
                if (error != null) {
                    errors++;
                    if (firstErrors.size() < 3) {
                        firstErrors.add(request.method() + " " + request.uri().getPath() + ": " + error);
                    }
                } else if (vote) {
                    votes++;
                }
            }
        }

        /** Loads this visitor's first voting form, outside the measured requests, as a browser would before voting. */
        private FormToken visitForm() throws IOException, InterruptedException {
            HttpRequest form = get("polls/" + (id * 7L % questions + 1) + "/");
            HttpResponse<String> page = client.send(form, HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() != 200) {
                throw new IllegalStateException("status " + page.statusCode() + " for " + form.uri());
            }
            return FormToken.from(page.body(), page.headers().allValues("Set-Cookie"));
        }

        private void record(long nanos) {
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = nanos;
        }
    }
}
