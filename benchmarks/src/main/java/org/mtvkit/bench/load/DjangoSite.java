package org.mtvkit.bench.load;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Django 3.2's polls tutorial (the app in {@code benchmarks/django/}) under gunicorn, for the peer
 * comparison: seeded with the same questions, served on 127.0.0.1, driven with the same wrk script.
 * Needs Debian's {@code python3-django} and {@code gunicorn}; {@link #missing()} says what to install.
 */
public final class DjangoSite {

    static final String PYTHON = "/usr/bin/python3";

    /** How gunicorn runs the app: two processes of one thread each, or two processes of several threads. */
    public enum Workers {
        SYNC_2("2 sync workers", List.of("-w", "2")),
        THREADED_2X8("2 workers x 8 threads", List.of("-w", "2", "-k", "gthread", "--threads", "8"));

        private final String label;
        private final List<String> args;

        Workers(String label, List<String> args) {
            this.label = label;
            this.args = args;
        }

        public String label() {
            return label;
        }
    }

    private DjangoSite() {
    }

    /** Why the comparison cannot run here, with the command that fixes it; empty when it can. */
    public static Optional<String> missing() {
        if (app().isEmpty()) {
            return Optional.of("the Django app is not found: run from the repository root or from benchmarks/");
        }
        if (!Files.isExecutable(Path.of(PYTHON)) || !succeeds(PYTHON, "-c", "import django")) {
            return Optional.of("Django is not installed for " + PYTHON + ": apt-get install -y python3-django");
        }
        if (gunicorn().isEmpty()) {
            return Optional.of("gunicorn is not installed: apt-get install -y gunicorn");
        }
        return Optional.empty();
    }

    /** Serves the app with {@code workers} and runs the phases, votes counted in its database at the end. */
    public static LoadTest.Session session(Workers workers, Duration steadyWarmUp, List<LoadTest.Phase> phases)
            throws InterruptedException, IOException {
        Path app = app().orElseThrow(() -> new IllegalStateException(missing().orElse("no Django app")));
        Path wrk = Wrk.onPath().orElseThrow(() -> new IllegalStateException("install wrk: apt-get install -y wrk"));
        Path dir = Files.isDirectory(Path.of("/dev/shm")) ? Path.of("/dev/shm") : Path.of(System.getProperty("java.io.tmpdir"));
        Path db = Files.createTempFile(dir, "mtvkit-django-", ".sqlite3");
        Files.delete(db);
        int port = freePort();
        Process server = null;
        try {
            manage(app, db, "migrate", "--run-syncdb", "-v0");
            manage(app, db, "seed", String.valueOf(LoadTest.QUESTIONS), String.valueOf(LoadTest.CHOICES));
            List<String> command = new ArrayList<>(List.of(gunicorn().get().toString(), "--chdir", app.toString(),
                    "-b", "127.0.0.1:" + port, "--log-level", "warning"));
            command.addAll(workers.args);
            command.add("mysite.wsgi:application");
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            pb.environment().put("MTVKIT_DJANGO_DB", db.toString());
            server = pb.start();
            awaitPort(port, server);
            URI uri = URI.create("http://127.0.0.1:" + port + "/");
            awaitAnswer(uri.resolve("/polls/"), server);
            List<LoadResult> unmeasured = new ArrayList<>();
            List<LoadResult> results = new ArrayList<>();
            long inFlight = 16;
            unmeasured.add(new Wrk(wrk, uri, LoadTest.QUESTIONS, LoadTest.CHOICES, LoadTest.Mix.VOTES).run(16, steadyWarmUp));
            for (LoadTest.Phase phase : phases) {
                Wrk load = new Wrk(wrk, uri, LoadTest.QUESTIONS, LoadTest.CHOICES, phase.mix());
                if (!phase.warmUp().isZero()) {
                    unmeasured.add(load.run(phase.connections(), phase.warmUp()));
                    inFlight += phase.connections();
                }
                results.add(load.run(phase.connections(), phase.measure()));
                inFlight += phase.connections();
            }
            long resident = residentBytes(server.toHandle());
            long errors = 0;
            long votes = 0;
            List<String> firstErrors = new ArrayList<>();
            for (List<LoadResult> runs : List.of(unmeasured, results)) {
                for (LoadResult r : runs) {
                    errors += r.errors();
                    votes += r.votesSent();
                    firstErrors.addAll(r.firstErrors());
                }
            }
            server.destroy();
            server.waitFor(20, TimeUnit.SECONDS);
            return new LoadTest.Session("DJANGO " + workers.name(), results, errors, votes, votesIn(db), inFlight, resident, 0, 0,
                    firstErrors);
        } finally {
            if (server != null && server.isAlive()) {
                server.descendants().forEach(ProcessHandle::destroyForcibly);
                server.destroyForcibly();
            }
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.deleteIfExists(Path.of(db + suffix));
            }
        }
    }

    private static Optional<Path> app() {
        for (Path candidate : List.of(Path.of("benchmarks", "django"), Path.of("django"))) {
            if (Files.isRegularFile(candidate.resolve("manage.py"))) {
                return Optional.of(candidate.toAbsolutePath());
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> gunicorn() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "gunicorn");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static boolean succeeds(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void manage(Path app, Path db, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(PYTHON, app.resolve("manage.py").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(app.toFile()).redirectErrorStream(true);
        pb.environment().put("MTVKIT_DJANGO_DB", db.toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("manage.py " + String.join(" ", args) + " failed:\n" + out);
        }
    }

    private static long votesIn(Path db) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(PYTHON, "-c", "import sqlite3, sys; print(sqlite3.connect(sys.argv[1])"
                + ".execute('SELECT COALESCE(SUM(votes), 0) FROM polls_choice').fetchone()[0])", db.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("could not count the Django site's votes: " + out);
        }
        return Long.parseLong(out);
    }

    /** The resident size of gunicorn's master and its workers, added up. */
    private static long residentBytes(ProcessHandle master) {
        long total = Memory.residentBytes(master.pid());
        for (ProcessHandle child : master.descendants().toList()) {
            total += Memory.residentBytes(child.pid());
        }
        return total;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /**
     * Gunicorn binds its port before its workers have imported Django, so an open port is not yet a site: wait
     * for one page to answer, so that a loaded machine does not turn a worker's start into a phase's lost time.
     */
    private static void awaitAnswer(URI page, Process server) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("gunicorn exited with " + server.exitValue() + " before it answered");
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(10))
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
                last = "status " + response.statusCode();
            } catch (IOException notYet) {
                last = notYet.toString();
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("Django's polls app did not answer " + page + " within 60 s (" + last + ")");
    }

    private static void awaitPort(int port, Process server) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("gunicorn exited with " + server.exitValue() + " before it listened");
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("gunicorn did not listen on 127.0.0.1:" + port + " within 30 s");
    }
}
