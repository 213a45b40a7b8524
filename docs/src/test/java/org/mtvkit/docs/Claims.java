package org.mtvkit.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the chapters say about the code that a program can check: the test classes and test names they quote, and
 * the modules, demos, exercises and tests their commands name. Each method returns the problems it found, each
 * naming the file, the line and what to fix.
 */
final class Claims {

    private static final Pattern TEST_CLASS = Pattern.compile("`([A-Z][A-Za-z0-9]*Test)`");
    private static final Pattern QUOTED_TEST = Pattern.compile("`([A-Z][A-Za-z0-9]*Test)`'s \"([^\"]+)\"");
    private static final Pattern DISPLAY_NAME = Pattern.compile("@DisplayName\\(\"((?:[^\"\\\\]|\\\\.)*)\"\\)");
    private static final Pattern INLINE_COMMAND = Pattern.compile("`((?:mvn|git apply|\\.ci/)[^`]*)`");
    private static final Pattern EXERCISE_TAG = Pattern.compile("@Tag\\(\"exercise-([a-z0-9-]+)\"\\)");

    private final Path root;
    private final Map<String, List<Path>> testClasses = new TreeMap<>();

    Claims(Path root) {
        this.root = root;
        for (Path module : modules()) {
            // Main sources too: a chapter may name a class like LoadTest, a load test run from main.
            for (Path tests : List.of(module.resolve("src/test/java"), module.resolve("src/main/java"))) {
                if (!Files.isDirectory(tests)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(tests)) {
                    files.filter(f -> f.toString().endsWith(".java")).forEach(f -> testClasses
                            .computeIfAbsent(f.getFileName().toString().replace(".java", ""), k -> new ArrayList<>())
                            .add(f));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    /** The modules of the parent pom: every folder beside it with a pom of its own. */
    List<Path> modules() {
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("pom.xml"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every {@code `SomethingTest`} a file names is a class of some module (a library's names end otherwise). */
    List<String> unknownTestClasses(Path file) throws IOException {
        List<String> problems = new ArrayList<>();
        forEachLine(file, (number, line) -> {
            Matcher m = TEST_CLASS.matcher(line);
            while (m.find()) {
                if (!testClasses.containsKey(m.group(1))) {
                    problems.add(where(file, number) + "names the test class `" + m.group(1)
                            + "`, which no module has: rename it to the class that tests this now, or drop it");
                }
            }
        });
        return problems;
    }

    /** Every {@code `SomethingTest`'s "display name"} a file quotes is the display name of a test in that class. */
    List<String> unknownTestNames(Path file) throws IOException {
        List<String> problems = new ArrayList<>();
        forEachLine(file, (number, line) -> {
            Matcher m = QUOTED_TEST.matcher(line);
            while (m.find()) {
                Set<String> names = displayNames(m.group(1));
                if (!testClasses.containsKey(m.group(1))) {
                    continue;                   // unknownTestClasses reports it
                }
                // A dynamic test is named by its factory's display name, then its own.
                if (names.stream().noneMatch(name -> m.group(2).startsWith(name))) {
                    problems.add(where(file, number) + "quotes the test \"" + m.group(2) + "\" of `" + m.group(1)
                            + "`, which has no test of that name. Its tests are: " + names);
                }
            }
        });
        return problems;
    }

    private static final Pattern TESTS_RUN = Pattern.compile("Tests run: ([0-9]+),.* -- in (.+)$");
    private static final Pattern VALUE_SOURCE = Pattern.compile("@ValueSource\\((?:strings|ints|longs) = \\{([^}]*)\\}\\)");

    /**
     * Every Surefire line a file quotes ({@code Tests run: 15, ... -- in <class or display name>}) gives the number
     * of tests the class has now, where that can be counted from its source: its {@code @Test} methods, plus one per
     * value of each {@code @ValueSource}. A class with other kinds of generated tests is not counted.
     */
    List<String> wrongTestCounts(Path file) throws IOException {
        List<String> problems = new ArrayList<>();
        forEachLine(file, (number, line) -> {
            Matcher m = TESTS_RUN.matcher(line);
            if (!m.find()) {
                return;
            }
            String named = m.group(2).strip();
            for (List<Path> sources : testClasses.values()) {
                for (Path source : sources) {
                    String text = read(source);
                    String simple = source.getFileName().toString().replace(".java", "");
                    if (!(simple.equals(named) || text.contains("@DisplayName(\"" + named.replace("\"", "\\\"") + "\")\n@")
                            || text.contains("@DisplayName(\"" + named + "\")\nclass") || text.contains("@DisplayName(\""
                            + named + "\")\npublic class") || text.contains("@DisplayName(\"" + named + "\")\nfinal class"))) {
                        continue;
                    }
                    countTests(text).filter(count -> count != Integer.parseInt(m.group(1))).ifPresent(count ->
                            problems.add(where(file, number) + "quotes " + m.group(1) + " tests run in " + named
                                    + ", but " + simple + " has " + count + " now"));
                }
            }
        });
        return problems;
    }

    /** The tests a class's source declares, when only @Test and @ValueSource make them; empty otherwise. */
    static Optional<Integer> countTests(String source) {
        if (source.contains("@TestFactory") || source.contains("@MethodSource") || source.contains("@CsvSource")
                || source.contains("@RepeatedTest") || source.contains("@Nested") || source.contains("@EnumSource")
                || source.contains("@ArchTest")) {
            return Optional.empty();
        }
        int count = 0;
        Matcher test = Pattern.compile("(?m)^\\s*@Test\\s*$").matcher(source);
        while (test.find()) {
            count++;
        }
        Matcher values = VALUE_SOURCE.matcher(source);
        while (values.find()) {
            count += values.group(1).strip().isEmpty() ? 0 : values.group(1).split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)").length;
        }
        return Optional.of(count);
    }

    /** The display names declared in a test class's source, unescaped. */
    Set<String> displayNames(String testClass) {
        Set<String> names = new LinkedHashSet<>();
        for (Path source : testClasses.getOrDefault(testClass, List.of())) {
            Matcher m = DISPLAY_NAME.matcher(read(source));
            while (m.find()) {
                names.add(m.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
            }
        }
        return names;
    }

    /** The demos, as step 1's {@code Demos.ALL} lists them: the names {@code -Ddemo} accepts. */
    Set<String> demos() {
        String source = read(root.resolve("step-01-servlet/src/main/java/org/mtvkit/demo/step01/Demos.java"));
        Matcher list = Pattern.compile("ALL = List\\.of\\(([^;]*)\\);").matcher(source);
        Set<String> demos = new LinkedHashSet<>();
        if (list.find()) {
            Matcher name = Pattern.compile("\"([^\"]+)\"").matcher(list.group(1));
            while (name.find()) {
                demos.add(name.group(1));
            }
        }
        return demos;
    }

    /** The ids of the exercises, from their tests' tags. */
    Set<String> exercises() {
        Set<String> ids = new LinkedHashSet<>();
        testClasses.values().stream().flatMap(List::stream).forEach(source -> {
            Matcher m = EXERCISE_TAG.matcher(read(source));
            while (m.find()) {
                ids.add(m.group(1));
            }
        });
        return ids;
    }

    /**
     * Every command a file shows, in a {@code bash} block or inline, names modules that exist, a demo a module
     * runs, an exercise that has tests, test classes that exist and patches that exist.
     */
    List<String> brokenCommands(Path file) throws IOException {
        List<String> problems = new ArrayList<>();
        for (Command command : commands(file)) {
            command.problem(this).ifPresent(p -> problems.add(where(file, command.line()) + "the command `"
                    + command.text() + "` " + p));
        }
        return problems;
    }

    /** The commands of a file: the lines of its bash blocks, and the inline code that starts like a command. */
    static List<Command> commands(Path file) throws IOException {
        List<Command> commands = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        boolean bash = false;
        boolean fenced = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String trimmed = line.strip();
            if (trimmed.startsWith("```")) {
                bash = !fenced && trimmed.equals("```bash");
                fenced = !fenced;
                continue;
            }
            if (bash) {
                String text = trimmed.replaceAll("\\s+#.*$", "");
                for (String part : text.split("&&|;")) {
                    if (!part.isBlank()) {
                        commands.add(new Command(i + 1, part.strip()));
                    }
                }
            } else if (!fenced) {
                Matcher m = INLINE_COMMAND.matcher(line);
                while (m.find()) {
                    commands.add(new Command(i + 1, m.group(1).strip()));
                }
            }
        }
        return commands;
    }

    /**
     * A break-it patch starts with its test ({@code Test: <class> > <display name>}) and the message it fails with
     * ({@code Message: <text>}); a chapter links to it and quotes both.
     */
    static List<String> unquotedBreakIt(Path patch, List<Path> chapters) throws IOException {
        String text = Files.readString(patch);
        Optional<String> test = field(text, "Test: ");
        Optional<String> message = field(text, "Message: ");
        String file = patch.getFileName().toString();
        if (test.isEmpty() || message.isEmpty() || !test.get().contains(" > ")) {
            return List.of(file + " has no '" + (test.isEmpty() || !test.get().contains(" > ") ? "Test:" : "Message:")
                    + "' line: a break-it patch starts with the test it breaks and its message");
        }
        String display = test.get().substring(test.get().indexOf(" > ") + 3);
        String link = "break-it/" + file;
        List<String> problems = new ArrayList<>();
        boolean linked = false;
        for (Path chapter : chapters) {
            String prose = Files.readString(chapter);
            if (!prose.contains(link)) {
                continue;
            }
            linked = true;
            prose = prose.replaceAll("\\s+", " ");
            if (!prose.contains("\"" + display + "\"")) {
                problems.add(chapter.getFileName() + " links to " + link + " but does not quote its test \"" + display
                        + "\"");
            }
            if (!prose.contains("`" + message.get() + "`")) {
                problems.add(chapter.getFileName() + " links to " + link + " but does not quote its message `"
                        + message.get() + "`");
            }
        }
        if (!linked) {
            problems.add("no chapter links to docs/" + link + ": say in its chapter what it breaks");
        }
        return problems;
    }

    private static Optional<String> field(String text, String name) {
        return text.lines().filter(line -> line.startsWith(name)).findFirst().map(line -> line.substring(name.length()));
    }

    /** One command as a chapter shows it, and what it names. */
    record Command(int line, String text) {

        /** The words of the command, with environment assignments before it dropped and quotes taken off. */
        List<String> words() {
            List<String> words = new ArrayList<>();
            Matcher m = Pattern.compile("'([^']*)'|\"([^\"]*)\"|(\\S+)").matcher(text);
            int last = -1;
            while (m.find()) {
                String word = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                if (last == m.start() && !words.isEmpty()) {
                    words.set(words.size() - 1, words.get(words.size() - 1) + word);   // -Dexec.args="a b"
                } else {
                    words.add(word);
                }
                last = m.end();
            }
            while (!words.isEmpty() && words.get(0).matches("[A-Z_]+=.*")) {
                words.remove(0);
            }
            return words;
        }

        Optional<String> problem(Claims claims) {
            List<String> words = words();
            if (words.isEmpty()) {
                return Optional.empty();
            }
            if (words.get(0).equals("git") && words.size() > 2 && words.get(1).equals("apply")) {
                return words.subList(2, words.size()).stream().filter(w -> !w.startsWith("-"))
                        .filter(patch -> !Files.isRegularFile(claims.root.resolve(patch))).findFirst()
                        .map(patch -> "applies " + patch + ", which does not exist");
            }
            if (words.get(0).startsWith(".ci/")) {
                return Files.isRegularFile(claims.root.resolve(words.get(0))) ? Optional.empty()
                        : Optional.of("runs " + words.get(0) + ", which does not exist");
            }
            if (!words.get(0).equals("mvn")) {
                return Optional.empty();
            }
            List<String> modules = new ArrayList<>();
            for (int i = 1; i < words.size(); i++) {
                String word = words.get(i);
                if (word.equals("-pl") && i + 1 < words.size()) {
                    for (String module : words.get(++i).split(",")) {
                        if (module.startsWith("<")) {
                            continue;                      // a placeholder, as in mvn -pl <module> -am verify
                        }
                        modules.add(module);
                        if (!Files.isRegularFile(claims.root.resolve(module).resolve("pom.xml"))) {
                            return Optional.of("names the module " + module + ", which the kit does not have");
                        }
                    }
                } else if (word.startsWith("-Ddemo=")) {
                    String demo = word.substring("-Ddemo=".length());
                    if (!claims.demos().contains(demo)) {
                        return Optional.of("names the demo " + demo + ", but no module runs a demo of that name"
                                + "; the demos are " + claims.demos());
                    }
                    if (!modules.isEmpty() && !modules.contains(demo)) {
                        return Optional.of("builds " + modules + " but names the demo " + demo);
                    }
                } else if (word.startsWith("-Dexercise=")) {
                    String id = word.substring("-Dexercise=".length());
                    if (!id.equals("all") && !claims.exercises().contains(id)) {
                        return Optional.of("names the exercise " + id + ", which has no tests tagged exercise-" + id
                                + "; the exercises are " + claims.exercises());
                    }
                } else if (word.startsWith("-Dtest=")) {
                    for (String test : word.substring("-Dtest=".length()).split(",")) {
                        String simple = test.replaceAll("#.*$", "");
                        if (simple.matches("[A-Z][A-Za-z0-9]*") && !claims.testClasses.containsKey(simple)) {
                            return Optional.of("runs the test class " + simple + ", which no module has");
                        }
                    }
                } else if (word.startsWith("-D") && word.contains("=") && !word.startsWith("-Dexec.")
                        && !word.startsWith("-Dsurefire.") && !word.startsWith("-Dmaven.")) {
                    return Optional.of("sets " + word.substring(0, word.indexOf('='))
                            + ", a property the kit does not read: fix the command, or teach this check the property");
                }
            }
            // Steps 1 to 4 and the benchmarks start their demo only when named (the final app's needs no name).
            if (words.contains("exec:java") && words.stream().noneMatch(w -> w.startsWith("-Ddemo="))) {
                for (String module : modules) {
                    if (claims.demos().contains(module) && !module.equals("step-05-mtv-app")) {
                        return Optional.of("runs exec:java on " + module + " without -Ddemo=" + module
                                + ", which fails asking for it");
                    }
                }
            }
            return Optional.empty();
        }
    }

    private interface LineAction {
        void accept(int number, String line);
    }

    private static void forEachLine(Path file, LineAction action) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            action.accept(i + 1, lines.get(i));
        }
    }

    private String where(Path file, int line) {
        return root.relativize(file) + ":" + line + ": ";
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
