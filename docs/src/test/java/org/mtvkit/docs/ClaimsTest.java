package org.mtvkit.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** The chapters quote only tests, commands and flags that the code still has. */
@DisplayName("The chapters name only tests, commands and flags that the code still has")
class ClaimsTest {

    private static final Claims CLAIMS = new Claims(ChaptersTest.ROOT);

    /** The chapters, the README, and the model answers and notes under solutions/. */
    static List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>(ChaptersTest.markdownFiles());
        Path solutions = ChaptersTest.ROOT.resolve("solutions");
        if (Files.isDirectory(solutions)) {
            try (Stream<Path> all = Files.walk(solutions)) {
                all.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    private static Stream<DynamicTest> each(CheckedCheck check) throws IOException {
        return files().stream().map(file -> DynamicTest.dynamicTest(ChaptersTest.ROOT.relativize(file).toString(), () -> {
            List<String> problems = check.apply(file);
            assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
        }));
    }

    private interface CheckedCheck {
        List<String> apply(Path file) throws IOException;
    }

    @TestFactory
    @DisplayName("every test class a chapter names exists")
    Stream<DynamicTest> testClassesExist() throws IOException {
        return each(CLAIMS::unknownTestClasses);
    }

    @TestFactory
    @DisplayName("every test a chapter quotes by its name is a test of that class")
    Stream<DynamicTest> testNamesExist() throws IOException {
        return each(CLAIMS::unknownTestNames);
    }

    @TestFactory
    @DisplayName("every command a chapter shows names modules, demos, exercises, tests and patches that exist")
    Stream<DynamicTest> commandsNameWhatExists() throws IOException {
        return each(CLAIMS::brokenCommands);
    }

    @TestFactory
    @DisplayName("every Surefire line a chapter quotes has the number of tests its class has now")
    Stream<DynamicTest> testCountsHold() throws IOException {
        return each(CLAIMS::wrongTestCounts);
    }

    @Test
    @DisplayName("the test count check counts @Test methods and @ValueSource values, and reports a stale count")
    void testCountCheck(@TempDir Path dir) throws IOException {
        assertEquals(java.util.Optional.of(4), Claims.countTests("""
                @Test
                void a() {}
                @ParameterizedTest
                @ValueSource(strings = {"x", "y, z", "w"})
                void b(String s) {}
                """));
        assertEquals(java.util.Optional.empty(), Claims.countTests("@TestFactory\nStream<DynamicTest> t() {}"));
        Path chapter = Files.writeString(dir.resolve("count.md"), "[INFO] Tests run: 14, Failures: 0, Errors: 0, "
                + "Skipped: 0, Time elapsed: ... s -- in The kit's classes follow its architecture\n");
        List<String> problems = CLAIMS.wrongTestCounts(chapter);
        assertEquals(1, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).contains("quotes 14 tests run in The kit's classes follow its architecture, but "
                + "LayerRulesTest has "), problems.get(0));
    }

    @Test
    @DisplayName("the router chapter's count of Django's cases is the conformance suite's")
    void conformanceCount() throws IOException {
        String json = Files.readString(ChaptersTest.ROOT.resolve(
                "step-02-router/src/test/resources/conformance/django-urls.json"));
        long cases = json.lines().filter(line -> line.strip().startsWith("\"kind\":")).count();
        String chapter = Files.readString(ChaptersTest.ROOT.resolve("docs/02-router.md"));
        assertTrue(chapter.contains("Django's answers to " + cases + " cases"), "docs/02-router.md should say "
                + "\"Django's answers to " + cases + " cases\": the suite has " + cases);
        assertTrue(chapter.contains("the " + cases + "\n  cases Django answered") || chapter.contains("the " + cases
                + " cases Django answered"), "docs/02-router.md's test list should say the " + cases + " cases");
    }

    @TestFactory
    @DisplayName("every break-it patch is linked from a chapter that quotes its test and its message")
    Stream<DynamicTest> breakItPatchesAreQuoted() throws IOException {
        Path dir = ChaptersTest.ROOT.resolve("docs/break-it");
        if (!Files.isDirectory(dir)) {
            return Stream.empty();
        }
        // The numbered chapters: the teachers' guide may link to a patch without quoting it.
        List<Path> chapters = ChaptersTest.markdownFiles().stream()
                .filter(p -> p.getFileName().toString().matches("[0-9]{2}b?-.*\\.md")).toList();
        try (Stream<Path> patches = Files.list(dir)) {
            return patches.filter(p -> p.toString().endsWith(".patch")).sorted().toList().stream()
                    .map(patch -> DynamicTest.dynamicTest(patch.getFileName().toString(), () -> {
                        List<String> problems = Claims.unquotedBreakIt(patch, chapters);
                        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
                    }));
        }
    }

    // The checks themselves, each shown to catch what it is for.

    @Test
    @DisplayName("the checks catch a test class, a test name, a module, a demo and an exercise that do not exist, and a demo left unnamed")
    void checksCatchStaleClaims(@TempDir Path dir) throws IOException {
        Path chapter = dir.resolve("stale.md");
        Files.writeString(chapter, String.join("\n",
                "`NoSuchTest` is gone, and `ResolveTest`'s \"a test that was renamed\" too.",
                "```bash",
                "mvn -pl step-99-nowhere -am verify",
                "mvn -q -pl step-02-router -am compile exec:java -Ddemo=step-02-routr",
                "mvn -pl step-02-router -am verify -Dexercise=02-no-such-exercise",
                "mvn -pl step-02-router -am verify -Dtset=ResolveTest",
                "git apply docs/break-it/no-such.patch",
                "mvn -q -pl step-03-templates -am compile exec:java",
                "```",
                "Inline: `mvn -pl step-02-router -am verify -Dtest=GoneTest`."));
        Function<List<String>, String> all = problems -> String.join("\n", problems);
        assertEquals(1, CLAIMS.unknownTestClasses(chapter).size(), all.apply(CLAIMS.unknownTestClasses(chapter)));
        assertTrue(CLAIMS.unknownTestNames(chapter).get(0).contains("\"a test that was renamed\" of `ResolveTest`"));
        List<String> commands = CLAIMS.brokenCommands(chapter);
        assertEquals(7, commands.size(), all.apply(commands));
        assertTrue(commands.get(0).contains("stale.md:3: the command `mvn -pl step-99-nowhere -am verify` names the "
                + "module step-99-nowhere, which the kit does not have"), commands.get(0));
        assertTrue(commands.get(1).contains("names the demo step-02-routr"), commands.get(1));
        assertTrue(commands.get(2).contains("names the exercise 02-no-such-exercise"), commands.get(2));
        assertTrue(commands.get(3).contains("sets -Dtset, a property the kit does not read"), commands.get(3));
        assertTrue(commands.get(4).contains("applies docs/break-it/no-such.patch, which does not exist"),
                commands.get(4));
        assertTrue(commands.get(5).contains("runs exec:java on step-03-templates without -Ddemo=step-03-templates"),
                commands.get(5));
        assertTrue(commands.get(6).contains("runs the test class GoneTest"), commands.get(6));
    }

    @Test
    @DisplayName("a break-it patch whose chapter misquotes its message, or that no chapter links, is reported")
    void breakItCheckCatchesMisquotes(@TempDir Path dir) throws IOException {
        Path patch = Files.writeString(dir.resolve("02-x.patch"), "Test: org.mtvkit.routing.ResolveTest > a name\n"
                + "Message: expected: <a> but was: <b>\n\ndiff --git a/x b/x\n");
        Path chapter = Files.writeString(dir.resolve("02-router.md"), "Apply [it](break-it/02-x.patch): \"a name\""
                + " fails with `expected: <a> but was: <c>`.\n");
        assertEquals(List.of("02-router.md links to break-it/02-x.patch but does not quote its message "
                + "`expected: <a> but was: <b>`"), Claims.unquotedBreakIt(patch, List.of(chapter)));
        assertEquals(List.of("no chapter links to docs/break-it/02-x.patch: say in its chapter what it breaks"),
                Claims.unquotedBreakIt(patch, List.of()));
        Path bare = Files.writeString(dir.resolve("02-bare.patch"), "diff --git a/x b/x\n");
        assertEquals(List.of("02-bare.patch has no 'Test:' line: a break-it patch starts with the test it breaks and "
                + "its message"), Claims.unquotedBreakIt(bare, List.of(chapter)));
    }

    @Test
    @DisplayName("the checks accept what is true: a real test, a real demo, a real exercise, a real patch")
    void checksAcceptTrueClaims(@TempDir Path dir) throws IOException {
        Path chapter = dir.resolve("true.md");
        Files.writeString(chapter, String.join("\n",
                "`ResolveTest`'s \"patterns are tried in order and the first match wins\".",
                "```bash",
                "PORT=9000 mvn -q -pl step-02-router -am compile exec:java -Ddemo=step-02-router",
                "mvn -pl step-02-router -am verify -Dexercise=02-yyyy-converter  # one exercise",
                "git apply docs/break-it/02-index-last-slash.patch && mvn -pl step-02-router -am verify",
                "mvn -q -pl step-05-mtv-app -am compile exec:java",
                "```"));
        assertEquals(List.of(), CLAIMS.unknownTestClasses(chapter));
        assertEquals(List.of(), CLAIMS.unknownTestNames(chapter));
        assertEquals(List.of(), CLAIMS.brokenCommands(chapter));
    }
}
