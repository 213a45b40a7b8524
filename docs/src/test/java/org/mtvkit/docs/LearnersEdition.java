package org.mtvkit.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes the learner's edition of the kit: the same build, demos, tests and chapters, with the body of
 * every task from a chosen step on replaced by a stub that throws {@link UnsupportedOperationException}
 * naming the task and the chapter section that explains it.
 *
 * <p>Run it from the repository root, with the JDK alone (no build needed):
 *
 * <pre>
 * java docs/src/test/java/org/mtvkit/docs/LearnersEdition.java ../my-kit --from 2
 * </pre>
 *
 * {@code --from 2} leaves steps 1 complete and stubs every task of step 2 and above; {@code --from 02-2}
 * also leaves task 02-1 complete. Without {@code --from}, every task is stubbed.
 *
 * <p>A task is marked in a {@code src/main} Java file by a comment line {@code // task: 02-1 the title}
 * and closed by {@code // endtask}; it holds the statements at the end of one method body (so the stub
 * is the method's last statement and the code still compiles). A task may be split over several
 * methods: each block carries the same id and title. Excerpt region markers inside a task are kept in
 * the stub, so the chapters can still quote them; the chapters' excerpts of every file changed are
 * copied again from the stubbed source, so the edition's docs check passes and shows no solution.
 *
 * <p>This file only uses the JDK, so that {@code java} can run it as a single source file; the docs
 * module's tests compile it too and check the markers against the chapters.
 */
public final class LearnersEdition {

    static final Pattern TASK_START = Pattern.compile("^(\\s*)//\\s*task:\\s*(\\d{2})-(\\d+)\\s+(\\S.*?)\\s*$");
    static final Pattern TASK_END = Pattern.compile("^\\s*//\\s*endtask\\s*$");
    private static final String COMMENT = "(?://|#|<!--|\\{#|<#--|/\\*)";
    private static final Pattern REGION_START = Pattern.compile("^\\s*" + COMMENT + "\\s*region:\\s*([\\w.-]+).*$");
    private static final Pattern REGION_END = Pattern.compile("^\\s*" + COMMENT + "\\s*endregion\\b.*$");
    private static final Pattern FENCE_OPEN = Pattern.compile("^```(\\S*)(.*)$");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=(\\S+)");
    private static final Set<String> NOT_COPIED = Set.of(".git", "target", "data", ".idea", ".vscode");

    /** One task: its id ({@code 02-1}), step and number, title, and the file and line of each block. */
    record Task(String id, int step, int number, String title, List<String> places) {
        /** The anchor of the chapter heading {@code ### Task 02-1: the title}, as GitHub makes it. */
        String anchor() {
            return ("task " + id + " " + title).toLowerCase(Locale.ROOT)
                    .replaceAll("[^a-z0-9 _-]", "").replace(' ', '-');
        }

        boolean isBefore(int fromStep, int fromNumber) {
            return step < fromStep || (step == fromStep && number < fromNumber);
        }
    }

    private LearnersEdition() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0 || args[0].startsWith("-")) {
            usage("give the folder to write the edition into");
        }
        Path target = Path.of(args[0]).toAbsolutePath().normalize();
        int fromStep = 1;
        int fromNumber = 1;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--from") && i + 1 < args.length) {
                Matcher from = Pattern.compile("(\\d{1,2})(?:-(\\d+))?").matcher(args[++i]);
                if (!from.matches()) {
                    usage("--from takes a step (2) or a task (02-3), not '" + args[i] + "'");
                }
                fromStep = Integer.parseInt(from.group(1));
                fromNumber = from.group(2) == null ? 1 : Integer.parseInt(from.group(2));
            } else {
                usage("unknown argument '" + args[i] + "'");
            }
        }
        Path root = Path.of("").toAbsolutePath();
        if (!Files.isRegularFile(root.resolve("pom.xml")) || !Files.isDirectory(root.resolve("docs"))) {
            usage("run this from the kit's root folder (the one with pom.xml and docs/)");
        }
        if (Files.exists(target) && !isEmptyDirectory(target)) {
            usage(target + " exists and is not empty: choose a new folder, or delete this one first");
        }
        List<Task> stubbed = write(root, target, fromStep, fromNumber);
        System.out.println("Wrote the learner's edition to " + target);
        if (stubbed.isEmpty()) {
            System.out.println("No task from step " + fromStep + " on: the edition is the complete kit.");
        }
        for (Task task : stubbed) {
            System.out.println("  to build: task " + task.id() + " " + task.title() + "  (" + chapter(root, task)
                    + "#" + task.anchor() + ")");
        }
        System.out.println("Start with the chapter's section \"Build it yourself\".");
    }

    private static void usage(String problem) {
        System.err.println("LearnersEdition: " + problem + ".\n"
                + "Usage, from the kit's root: java docs/src/test/java/org/mtvkit/docs/LearnersEdition.java "
                + "<new folder> [--from <step, e.g. 2 | task, e.g. 02-3>]");
        System.exit(2);
    }

    /**
     * Copies the kit at {@code root} to {@code target}, stubbing the tasks from the given one on.
     *
     * @return the tasks stubbed, in order
     */
    static List<Task> write(Path root, Path target, int fromStep, int fromNumber) throws IOException {
        Map<String, Task> tasks = tasks(root);
        copyTree(root, target);
        List<Task> stubbed = tasks.values().stream().filter(t -> !t.isBefore(fromStep, fromNumber)).toList();
        Set<String> changed = new java.util.HashSet<>();
        for (Path source : javaSources(target)) {
            List<String> lines = readLines(source);
            List<String> out = stub(root, target.relativize(source).toString(), lines, fromStep, fromNumber);
            if (!out.equals(lines)) {
                Files.writeString(source, String.join("\n", out), StandardCharsets.UTF_8);
                changed.add(target.relativize(source).toString().replace('\\', '/'));
            }
        }
        try (Stream<Path> docs = Files.list(target.resolve("docs"))) {
            for (Path chapter : docs.filter(p -> p.toString().endsWith(".md")).toList()) {
                resyncExcerpts(target, chapter, changed);
            }
        }
        return stubbed;
    }

    /** Every task in the kit's main sources, ordered by step and number, each checked for shape. */
    static Map<String, Task> tasks(Path root) throws IOException {
        Map<String, Task> found = new java.util.TreeMap<>();
        for (Path source : javaSources(root)) {
            String file = root.relativize(source).toString().replace('\\', '/');
            List<String> lines = readLines(source);
            for (int i = 0; i < lines.size(); i++) {
                Matcher start = TASK_START.matcher(lines.get(i));
                if (!start.matches()) {
                    if (TASK_END.matcher(lines.get(i)).matches()) {
                        throw new IllegalStateException(file + ":" + (i + 1) + ": an 'endtask' with no 'task:' before it");
                    }
                    continue;
                }
                int end = endOf(file, lines, i);
                int step = Integer.parseInt(start.group(2));
                String module = file.substring(0, Math.max(0, file.indexOf('/')));
                if (!module.startsWith(String.format("step-%02d-", step))) {
                    throw new IllegalStateException(file + ":" + (i + 1) + ": task " + start.group(2) + "-"
                            + start.group(3) + " is in " + module + ": a task's id starts with its own step's number");
                }
                String id = start.group(2) + "-" + start.group(3);
                String place = file + ":" + (i + 1);
                Task known = found.get(sortKey(step, Integer.parseInt(start.group(3))));
                if (known != null && !known.title().equals(start.group(4))) {
                    throw new IllegalStateException(place + ": task " + id + " is titled '" + start.group(4)
                            + "' here but '" + known.title() + "' at " + known.places().get(0) + "; use one title");
                }
                List<String> places = known == null ? new ArrayList<>() : new ArrayList<>(known.places());
                places.add(place);
                found.put(sortKey(step, Integer.parseInt(start.group(3))),
                        new Task(id, step, Integer.parseInt(start.group(3)), start.group(4), List.copyOf(places)));
                i = end;
            }
        }
        Map<String, Task> byId = new LinkedHashMap<>();
        found.values().forEach(t -> byId.put(t.id(), t));
        return byId;
    }

    private static String sortKey(int step, int number) {
        return String.format("%02d-%04d", step, number);
    }

    /** The line of the task's {@code endtask}, after checking that the stub will be a method's last statement. */
    private static int endOf(String file, List<String> lines, int start) {
        for (int j = start + 1; j < lines.size(); j++) {
            if (TASK_START.matcher(lines.get(j)).matches()) {
                throw new IllegalStateException(file + ":" + (j + 1) + ": a task inside the task opened on line "
                        + (start + 1) + "; close that one with '// endtask' first (tasks do not nest)");
            }
            if (TASK_END.matcher(lines.get(j)).matches()) {
                int next = j + 1;
                while (next < lines.size() && lines.get(next).isBlank()) {
                    next++;
                }
                String indent = TASK_START.matcher(lines.get(start)).replaceAll("$1");
                if (next == lines.size() || !lines.get(next).startsWith(indent.length() >= 4
                        ? indent.substring(4) + "}" : "}")) {
                    throw new IllegalStateException(file + ":" + (j + 1) + ": the task opened on line " + (start + 1)
                            + " must end where its method ends (the next line is the method's closing '}'), "
                            + "so that its stub compiles");
                }
                return j;
            }
        }
        throw new IllegalStateException(file + ":" + (start + 1) + ": the task is never closed with '// endtask'");
    }

    /** The file's lines with each task from the given one on replaced by its stub. */
    static List<String> stub(Path root, String file, List<String> lines, int fromStep, int fromNumber) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher start = TASK_START.matcher(line);
            out.add(line);
            if (!start.matches()) {
                continue;
            }
            Task task = new Task(start.group(2) + "-" + start.group(3), Integer.parseInt(start.group(2)),
                    Integer.parseInt(start.group(3)), start.group(4), List.of());
            int end = endOf(file, lines, i);
            if (task.isBefore(fromStep, fromNumber)) {
                continue;
            }
            String indent = start.group(1);
            boolean thrown = false;
            for (int j = i + 1; j < end; j++) {
                String inner = lines.get(j);
                if (REGION_START.matcher(inner).matches() || REGION_END.matcher(inner).matches()) {
                    out.add(inner);         // the chapters may quote a region inside the task
                } else if (!thrown && !inner.isBlank()) {
                    out.add(indent + "throw new UnsupportedOperationException(\"Step " + task.step() + ", task "
                            + task.number() + ": " + task.title().replace("\"", "'") + ", yours to write; see "
                            + chapter(root, task) + "#" + task.anchor() + "\");");
                    thrown = true;
                }
            }
            i = end - 1;
        }
        return out;
    }

    /**
     * The chapter that explains a task: the one with the heading {@code ### Task 02-1: ...}, or else the
     * step's own chapter ({@code docs/02-router.md}, found by its number). A step may span chapters: step 5's
     * paginator is taught in chapter 7.
     */
    static String chapter(Path root, Task task) {
        String prefix = String.format("%02d-", task.step());
        try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
            List<String> names = docs.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("\\d{2}-.*\\.md")).sorted().toList();
            for (String name : names) {
                if (readLines(root.resolve("docs").resolve(name)).stream()
                        .anyMatch(l -> l.startsWith("### Task " + task.id() + ":"))) {
                    return "docs/" + name;
                }
            }
            return names.stream().filter(n -> n.startsWith(prefix)).findFirst().map(n -> "docs/" + n)
                    .orElseThrow(() -> new IllegalStateException("no chapter docs/" + prefix + "*.md for step "
                            + task.step()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies each excerpt of a changed file into the chapter again, from the edition's source. */
    private static void resyncExcerpts(Path target, Path chapter, Set<String> changed) throws IOException {
        List<String> lines = readLines(chapter);
        List<String> out = new ArrayList<>();
        boolean touched = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            out.add(line);
            Matcher open = FENCE_OPEN.matcher(line);
            if (!open.matches() || open.group(1).isEmpty()) {
                continue;
            }
            String file = null;
            String region = null;
            Matcher attribute = ATTRIBUTE.matcher(open.group(2));
            while (attribute.find()) {
                if (attribute.group(1).equals("file")) {
                    file = attribute.group(2);
                } else if (attribute.group(1).equals("region")) {
                    region = attribute.group(2);
                }
            }
            int close = i + 1;
            while (close < lines.size() && !lines.get(close).startsWith("```")) {
                close++;
            }
            if (file == null || !changed.contains(file)) {
                for (int j = i + 1; j < close; j++) {
                    out.add(lines.get(j));
                }
            } else {
                out.addAll(excerpt(readLines(target.resolve(file)), region));
                touched = true;
            }
            i = close - 1;
        }
        if (touched) {
            Files.writeString(chapter, String.join("\n", out), StandardCharsets.UTF_8);
        }
    }

    /** What a chapter shows of a file: the region (or the whole file) without marker lines, dedented. */
    static List<String> excerpt(List<String> lines, String region) {
        List<String> body = new ArrayList<>();
        int depth = region == null ? 1 : 0;
        for (String line : lines) {
            Matcher start = REGION_START.matcher(line);
            if (start.matches()) {
                if (depth > 0) {
                    depth++;
                } else if (start.group(1).equals(region)) {
                    depth = 1;
                }
            } else if (REGION_END.matcher(line).matches()) {
                if (depth > 0 && region != null) {
                    depth--;
                    if (depth == 0) {
                        break;
                    }
                }
            } else if (depth > 0 && !isTaskMarker(line)) {
                body.add(line);
            }
        }
        int indent = body.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
                .min().orElse(0);
        return body.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList();
    }

    /** Whether the line opens or closes a task: such lines never appear in an excerpt. */
    static boolean isTaskMarker(String line) {
        return TASK_START.matcher(line).matches() || TASK_END.matcher(line).matches();
    }

    private static List<Path> javaSources(Path root) throws IOException {
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path module : modules.filter(p -> p.getFileName().toString().startsWith("step-")).sorted().toList()) {
                Path main = module.resolve("src/main/java");
                if (Files.isDirectory(main)) {
                    try (Stream<Path> files = Files.walk(main)) {
                        files.filter(p -> p.toString().endsWith(".java")).sorted().forEach(sources::add);
                    }
                }
            }
        }
        return sources;
    }

    private static void copyTree(Path root, Path target) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (dir.equals(target) || (!dir.equals(root) && NOT_COPIED.contains(dir.getFileName().toString()))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(target.resolve(root.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (NOT_COPIED.contains(file.getFileName().toString())) {
                    return FileVisitResult.CONTINUE;      // a worktree's .git is a file: the edition is no clone
                }
                Files.copy(file, target.resolve(root.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static boolean isEmptyDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    static List<String> readLines(Path file) {
        try {
            return List.of(Files.readString(file, StandardCharsets.UTF_8).split("\r?\n", -1));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
