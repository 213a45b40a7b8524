package org.mtvkit.bench.load;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives a polls site with <a href="https://github.com/wg/wrk">wrk</a>, a load generator written in C
 * that runs outside the JVM, when it is installed. The request mix is the same as {@link
 * LoadGenerator}'s; it lives in the Lua script {@code polls.lua}, which the run writes to a temporary
 * file, and whose {@code done()} prints one {@code mtvkit-wrk ...} line that {@link #parse} reads.
 */
public final class Wrk {

    private static final Pattern LINE = Pattern.compile("^mtvkit-wrk (.*)$", Pattern.MULTILINE);
    private static final Pattern PAIR = Pattern.compile("(\\w+)=(\\d+)");

    private final Path executable;
    private final URI base;
    private final int questions;
    private final int choicesPerQuestion;
    private final LoadTest.Mix mix;

    /** Targets a polls site seeded with {@code questions} questions of {@code choicesPerQuestion} choices each. */
    public Wrk(Path executable, URI base, int questions, int choicesPerQuestion) {
        this(executable, base, questions, choicesPerQuestion, LoadTest.Mix.VOTES);
    }

    /** As above, with the given request mix. */
    public Wrk(Path executable, URI base, int questions, int choicesPerQuestion, LoadTest.Mix mix) {
        if (!"127.0.0.1".equals(base.getHost())) {
            throw new IllegalArgumentException("wrk is only pointed at 127.0.0.1, not at " + base);
        }
        this.executable = executable;
        this.base = base;
        this.questions = questions;
        this.choicesPerQuestion = choicesPerQuestion;
        this.mix = mix;
    }

    /** The {@code wrk} executable on the PATH, if there is one. */
    public static Optional<Path> onPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "wrk");
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    // region: wrk-run
    /** Runs wrk for {@code duration} (whole seconds, at least one) with {@code connections} connections. */
    public LoadResult run(int connections, Duration duration) throws InterruptedException {
        Path script = null;
        try {
            script = writeScript();
            Process wrk = new ProcessBuilder(command(script, connections, duration)).redirectErrorStream(true).start();
            byte[] output;
            try (InputStream out = wrk.getInputStream()) {
                output = out.readAllBytes();          // wrk prints only at the end, so this returns when it exits
            }
            if (!wrk.waitFor(30, TimeUnit.SECONDS)) {
                wrk.destroyForcibly();
                throw new IllegalStateException("wrk did not exit after closing its output");
            }
            return parse(new String(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + executable + ": " + e.getMessage(), e);
        } finally {
            if (script != null) {
                script.toFile().delete();
            }
        }
    }

    /** The command line: bounded in time, a 10 s timeout per request, the script and its three arguments. */
    List<String> command(Path script, int connections, Duration duration) {
        long seconds = Math.max(1, duration.toSeconds());
        int threads = Math.max(1, Math.min(connections, Runtime.getRuntime().availableProcessors()));
        return List.of(executable.toString(), "-t" + threads, "-c" + connections, "-d" + seconds + "s",
                "--timeout", "10s", "-s", script.toString(), base.toString(), "--",
                String.valueOf(questions), String.valueOf(choicesPerQuestion), mix.scriptName());
    }
    // endregion

    /** Copies {@code polls.lua} from the class path to a temporary file, which wrk needs. */
    static Path writeScript() throws IOException {
        Path file = Files.createTempFile("mtvkit-polls-", ".lua");
        try (InputStream in = Wrk.class.getResourceAsStream("polls.lua")) {
            if (in == null) {
                throw new IllegalStateException("polls.lua is missing from the class path next to " + Wrk.class.getName());
            }
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    // region: wrk-parse
    /** Reads the {@code mtvkit-wrk} line that the script's {@code done()} prints among wrk's own output. */
    static LoadResult parse(String output) {
        Matcher line = LINE.matcher(output);
        if (!line.find()) {
            throw new IllegalStateException("wrk's output has no 'mtvkit-wrk' line, so the script did not finish:\n"
                    + output.substring(0, Math.min(600, output.length())));
        }
        Map<String, Long> v = new HashMap<>();
        Matcher pair = PAIR.matcher(line.group(1));
        while (pair.find()) {
            v.put(pair.group(1), Long.parseLong(pair.group(2)));
        }
        for (String key : List.of("requests", "errors", "votes", "micros", "p50", "p99")) {
            if (!v.containsKey(key)) {
                throw new IllegalStateException("wrk's 'mtvkit-wrk' line has no " + key + "=: " + line.group());
            }
        }
        List<String> firstErrors = new ArrayList<>();
        if (v.get("errors") > 0) {       // wrk counts errors by kind, not by request, so the kinds are all it can say
            firstErrors.add("wrk: connect " + v.get("connect") + ", read " + v.get("read") + ", write " + v.get("write")
                    + ", status >= 400 " + v.get("status") + ", timeout " + v.get("timeout"));
        }
        return new LoadResult(v.get("requests"), v.get("errors"), v.get("votes"), v.get("micros") / 1e6,
                v.get("p50") / 1e3, v.get("p99") / 1e3, firstErrors);
    }
    // endregion
}
