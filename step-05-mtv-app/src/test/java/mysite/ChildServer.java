package mysite;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The polls project as a learner starts it ({@code mysite.Main}, no arguments), but in a child JVM with
 * the tests' class path, working in a folder of the test's own, so that the test can kill it as a crash
 * would and start it again on the same files.
 */
final class ChildServer implements AutoCloseable {

    private static final Pattern STARTED = Pattern.compile("Starting development server at (http://\\S+/)");

    private final Process process;
    private final Path log;
    final URI uri;

    private ChildServer(Process process, Path log, URI uri) {
        this.process = process;
        this.log = log;
        this.uri = uri;
    }

    /** Starts {@code mysite.Main} in {@code workDir} on a free port, with these extra environment variables. */
    static ChildServer start(Path workDir, Map<String, String> environment) throws IOException, InterruptedException {
        Path log = Files.createTempFile(workDir, "server", ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-cp", mainClassPath(), "mysite.Main"))
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());        // a file, not a pipe: the access log never blocks the child
        builder.environment().put("PORT", "0");
        builder.environment().putAll(environment);
        Process process = builder.start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            Matcher m = STARTED.matcher(Files.readString(log, StandardCharsets.UTF_8));
            if (m.find()) {
                return new ChildServer(process, log, URI.create(m.group(1)));
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with " + process.exitValue() + ":\n" + Files.readString(log));
            }
            Thread.sleep(50);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the server did not report its address within 60 s:\n" + Files.readString(log));
    }

    /** The tests' class path without the test classes: the app as it ships, not the tests' fixtures. */
    static String mainClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes")).collect(Collectors.joining(File.pathSeparator));
    }

    /** Runs {@code mysite.Main} with a command in {@code workDir} to its end; the output, then the exit status. */
    static List<String> run(Path workDir, String... command) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> line = new ArrayList<>(List.of(java, "-cp", mainClassPath(), "mysite.Main"));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).directory(workDir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return List.of(output, String.valueOf(process.waitFor()));
    }

    /** SIGKILL on Linux: no shutdown hook runs, nothing is flushed, exactly as when the machine's JVM dies. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM, as CONTROL-C in a terminal: the shutdown hooks run. */
    void stop() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    String output() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }
}
