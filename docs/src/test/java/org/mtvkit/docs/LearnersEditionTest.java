package org.mtvkit.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The learner's edition: its markers agree with the chapters, and its generator stubs what they mark. */
@DisplayName("The learner's edition: its tasks agree with the chapters, and the generator stubs what they mark")
class LearnersEditionTest {

    private static final Path ROOT = ChaptersTest.ROOT;
    private static final Pattern HEADING = Pattern.compile("^### Task (\\d{2}-\\d+): (.+)$");
    private static final Pattern TESTS = Pattern.compile("^mvn .*-Dtest='([^']+)'.*$");

    /** Each chapter's task headings, id to title, in the chapter's order. */
    private static Map<String, String> headings(Path chapter) {
        Map<String, String> found = new LinkedHashMap<>();
        for (String line : Excerpts.readLines(chapter)) {
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                found.put(heading.group(1), heading.group(2));
            }
        }
        return found;
    }

    private static List<Path> chapters() throws IOException {
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            return docs.filter(p -> p.getFileName().toString().matches("\\d{2}-.*\\.md")).sorted().toList();
        }
    }

    @Test
    @DisplayName("every task marked in the source has a section in its step's chapter, with the same title")
    void everyTaskHasASection() throws IOException {
        for (LearnersEdition.Task task : LearnersEdition.tasks(ROOT).values()) {
            Path chapter = ROOT.resolve(LearnersEdition.chapter(ROOT, task));
            String title = headings(chapter).get(task.id());
            assertEquals(task.title(), title, () -> "task " + task.id() + " (marked at " + task.places()
                    + ") needs the heading '### Task " + task.id() + ": " + task.title() + "' in " + chapter.getFileName());
        }
    }

    @Test
    @DisplayName("every task a chapter names is marked in the source, and the chapter lists them in order")
    void everySectionHasATask() throws IOException {
        Map<String, LearnersEdition.Task> tasks = LearnersEdition.tasks(ROOT);
        for (Path chapter : chapters()) {
            List<String> ids = new ArrayList<>(headings(chapter).keySet());
            for (String id : ids) {
                assertTrue(tasks.containsKey(id), () -> chapter.getFileName() + " has a section for task " + id
                        + ", but no source marks it with '// task: " + id + " ...' ... '// endtask'");
            }
            List<String> sorted = ids.stream().sorted((a, b) -> Integer.compare(
                    Integer.parseInt(a.substring(3)), Integer.parseInt(b.substring(3)))).toList();
            assertEquals(sorted, ids, () -> chapter.getFileName() + " lists its tasks out of order");
        }
    }

    @Test
    @DisplayName("every task's section gives the command for its tests, naming test classes of its step")
    void everySectionNamesItsTests() throws IOException {
        for (LearnersEdition.Task task : LearnersEdition.tasks(ROOT).values()) {
            Path chapter = ROOT.resolve(LearnersEdition.chapter(ROOT, task));
            List<String> tests = testsOf(chapter, task.id())
                    .orElseThrow(() -> new AssertionError(chapter.getFileName() + ", task " + task.id()
                            + ": the section needs a line 'mvn ... -Dtest='SomeTest,OtherTest' ...'"));
            Path module = ROOT.resolve(task.places().get(0).substring(0, task.places().get(0).indexOf('/')));
            for (String test : tests) {
                try (Stream<Path> files = Files.walk(module.resolve("src/test/java"))) {
                    assertTrue(files.anyMatch(p -> p.getFileName().toString().equals(test + ".java")),
                            () -> chapter.getFileName() + ", task " + task.id() + ": no test class " + test
                                    + " in " + ROOT.relativize(module));
                }
            }
        }
    }

    @Test
    @DisplayName("no test class is tied to two tasks, since it cannot both pass after the first and fail before the second")
    void eachTestHasOneTask() throws IOException {
        Map<String, String> owner = new LinkedHashMap<>();
        for (LearnersEdition.Task task : LearnersEdition.tasks(ROOT).values()) {
            Path chapter = ROOT.resolve(LearnersEdition.chapter(ROOT, task));
            for (String test : testsOf(chapter, task.id()).orElse(List.of())) {
                String step = task.id().substring(0, 2) + ":" + test;
                String other = owner.putIfAbsent(step, task.id());
                assertTrue(other == null, () -> test + " is named by the commands of tasks " + other + " and "
                        + task.id() + "; name it only under the last task it needs");
            }
        }
    }

    private static Optional<List<String>> testsOf(Path chapter, String id) {
        boolean inside = false;
        for (String line : Excerpts.readLines(chapter)) {
            Matcher heading = HEADING.matcher(line);
            if (heading.matches() || line.startsWith("## ")) {
                inside = heading.matches() && heading.group(1).equals(id);
            }
            Matcher tests = TESTS.matcher(line);
            if (inside && tests.matches()) {
                return Optional.of(List.of(tests.group(1).split(",")));
            }
        }
        return Optional.empty();
    }

    @Test
    @DisplayName("a task is replaced by one throw naming the step, the task and the chapter's section; its regions stay")
    void stubReplacesTheBody() throws IOException {
        List<String> source = List.of(
                "    int answer() {",
                "        // task: 02-7 the answer",
                "        // region: body",
                "        int a = 6;",
                "        return a * 7;",
                "        // endregion",
                "        // endtask",
                "    }");
        List<String> stubbed = LearnersEdition.stub(ROOT, "step-02-router/X.java", source, 2, 1);
        assertEquals(List.of(
                "    int answer() {",
                "        // task: 02-7 the answer",
                "        // region: body",
                "        throw new UnsupportedOperationException(\"Step 2, task 7: the answer, yours to write; "
                        + "see docs/02-router.md#task-02-7-the-answer\");",
                "        // endregion",
                "        // endtask",
                "    }"), stubbed);
    }

    @Test
    @DisplayName("a task before the one the edition starts from is left complete")
    void earlierTaskStays() {
        List<String> source = List.of("    int answer() {", "        // task: 02-1 the answer", "        return 42;",
                "        // endtask", "    }");
        assertEquals(source, LearnersEdition.stub(ROOT, "step-02-router/X.java", source, 2, 2));
    }

    @Test
    @DisplayName("a task that does not end where its method ends is refused, since its stub would not compile")
    void taskMustEndTheMethod() {
        List<String> source = List.of("    int answer() {", "        // task: 02-1 the answer", "        int a = 42;",
                "        // endtask", "        return a;", "    }");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> LearnersEdition.stub(ROOT, "step-02-router/X.java", source, 2, 1));
        assertEquals("step-02-router/X.java:4: the task opened on line 2 must end where its method ends (the next "
                + "line is the method's closing '}'), so that its stub compiles", e.getMessage());
    }

    @Test
    @DisplayName("a task never closed is refused with its file and line")
    void unclosedTask() {
        List<String> source = List.of("    int answer() {", "        // task: 02-1 the answer", "        return 42;", "    }");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> LearnersEdition.stub(ROOT, "step-02-router/X.java", source, 2, 1));
        assertEquals("step-02-router/X.java:2: the task is never closed with '// endtask'", e.getMessage());
    }

    @Test
    @DisplayName("a task inside another is refused: tasks do not nest")
    void nestedTask() {
        List<String> source = List.of("    int answer() {", "        // task: 02-1 the answer",
                "        // task: 02-2 the question", "        return 42;", "        // endtask", "        // endtask", "    }");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> LearnersEdition.stub(ROOT, "step-02-router/X.java", source, 2, 1));
        assertEquals("step-02-router/X.java:3: a task inside the task opened on line 2; close that one with "
                + "'// endtask' first (tasks do not nest)", e.getMessage());
    }

    @Test
    @DisplayName("the edition's chapters quote its stubbed sources, and every excerpt still matches")
    void generatedEditionPassesTheDocsCheck(@TempDir Path scratch) throws IOException {
        Path edition = scratch.resolve("edition");
        List<LearnersEdition.Task> stubbed = LearnersEdition.write(ROOT, edition, 1, 1);
        assertFalse(stubbed.isEmpty(), "the kit marks no task at all");
        LearnersEdition.Task first = stubbed.get(0);
        String file = first.places().get(0).substring(0, first.places().get(0).lastIndexOf(':'));
        assertTrue(Files.readString(edition.resolve(file)).contains("see " + LearnersEdition.chapter(ROOT, first)
                + "#" + first.anchor()), () -> file + " in the edition has no stub for task " + first.id());
        assertFalse(Files.exists(edition.resolve(".git")), "the edition must not be tied to the kit's repository");
        for (Path chapter : Files.list(edition.resolve("docs")).filter(p -> p.toString().endsWith(".md")).toList()) {
            for (Excerpts.Excerpt excerpt : Excerpts.find(chapter)) {
                Excerpts.check(edition, excerpt).ifPresent(problem -> fail(problem));
            }
        }
    }
}
