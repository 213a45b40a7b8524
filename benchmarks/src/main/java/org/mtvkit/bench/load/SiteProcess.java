package org.mtvkit.bench.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.mtvkit.mtv.ClassPath;

/**
 * A site of the load session in a JVM of its own ({@link SiteServer}), started with the heap the demos
 * run with. Inside the JVM that runs the benchmarks (Maven's, under {@code exec:java}) the sites would
 * share it with Maven and with each other: the JIT's profiles of the JDK's collections, filled by Maven
 * first, and Jetty's code compiled during the first site's session and reused by the second's. Each site
 * measured in a fresh JVM is measured as it would run deployed, and its resident size is its own.
 */
final class SiteProcess implements AutoCloseable {

    /** The heap of {@code .mvn/jvm.config}, which every demo and the final app run with. */
    static final List<String> HEAP = List.of("-Xms32m", "-Xmx256m");
    private static final long START_SECONDS = 60;

    private final Process process;
    private final BufferedReader answers;
    private final Writer questions;
    private final URI uri;
    private final Path log;

    private SiteProcess(Process process, BufferedReader answers, Writer questions, URI uri, Path log) {
        this.process = process;
        this.answers = answers;
        this.questions = questions;
        this.uri = uri;
        this.log = log;
    }

    /** Starts the site and waits until it listens; its log (Jetty's lines) goes to a file, not to the report. */
    static SiteProcess start(LoadTest.Site site) {
        Path log;
        try {
            log = Files.createTempFile("mtvkit-" + site.name().toLowerCase() + "-", ".log");
        } catch (IOException e) {
            throw new IllegalStateException("could not create a log file for the " + site + " site: " + e.getMessage(), e);
        }
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(HEAP);
        command.addAll(List.of("-cp", ClassPath.ofThisJvm(), SiteServer.class.getName(), site.name()));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        } catch (IOException e) {
            throw new IllegalStateException("could not start a JVM for the " + site + " site: " + e.getMessage(), e);
        }
        BufferedReader answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Writer questions = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        String first;
        try {
            first = CompletableFuture.supplyAsync(() -> readLine(answers)).get(START_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            process.destroyForcibly();
            throw new IllegalStateException("the " + site + " site did not start within " + START_SECONDS + " s; its log: "
                    + tail(log), e);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the " + site + " site started", e);
        }
        if (first == null || !first.startsWith(SiteServer.LISTENING)) {
            process.destroyForcibly();
            throw new IllegalStateException("the " + site + " site did not start (it said '" + first + "'); its log: " + tail(log));
        }
        int port = Integer.parseInt(first.substring(SiteServer.LISTENING.length()).trim());
        return new SiteProcess(process, answers, questions, URI.create("http://127.0.0.1:" + port + "/"), log);
    }

    URI uri() {
        return uri;
    }

    /** The votes in the site's database. */
    long votesCounted() {
        return Long.parseLong(ask("votes"));
    }

    /** The site's heap in use after a collection. */
    long heapUsedAfterGc() {
        return Long.parseLong(ask("heap"));
    }

    /** The most the site's heap may grow to. */
    long maxHeap() {
        return Long.parseLong(ask("maxheap"));
    }

    /**
     * The CPU time the site's JVM has used since it started, all its threads (Jetty's, H2's, the GC's and
     * the JIT compiler's), in ns; -1 where its JVM cannot tell.
     */
    long cpuNanos() {
        return Long.parseLong(ask("cpu"));
    }

    /** The bytes the site's threads have allocated on its heap since it started; -1 where its JVM cannot tell. */
    long allocatedBytes() {
        return Long.parseLong(ask("allocated"));
    }

    long pid() {
        return process.pid();
    }

    /** The site's resident set size, its JVM's alone. */
    long residentBytes() {
        return Memory.residentBytes(process.pid());
    }

    private String ask(String question) {
        try {
            questions.write(question + "\n");
            questions.flush();
            String answer = answers.readLine();
            if (answer == null) {
                throw new IllegalStateException("the site stopped before it answered '" + question + "'; its log: " + tail(log));
            }
            return answer.trim();
        } catch (IOException e) {
            throw new IllegalStateException("could not ask the site '" + question + "': " + e.getMessage() + "; its log: "
                    + tail(log), e);
        }
    }

    /** Closes its input, which stops it, and waits for it; a site that does not stop is killed. */
    @Override
    public void close() {
        try {
            questions.close();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            Files.deleteIfExists(log);
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static String readLine(BufferedReader reader) {
        try {
            return reader.readLine();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}
