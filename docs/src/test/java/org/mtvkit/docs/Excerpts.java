package org.mtvkit.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the code excerpts out of a chapter and compares each with the source it claims to quote.
 *
 * <p>A chapter quotes code with a fenced block whose opening line names a file (relative to the
 * repository root) and, usually, a region in it:
 *
 * <pre>
 * ```java file=step-01-servlet/src/main/java/org/mtvkit/http/Handler.java region=handler
 * ...the lines of that region...
 * ```
 * </pre>
 *
 * In the source, a region is marked by a comment line {@code region: name} and closed by a comment
 * line {@code endregion}, in whatever comment syntax the file uses ({@code //}, {@code #},
 * {@code <!--}, <code>{#</code>, {@code <#--}). Regions may nest; marker lines, and the task markers
 * of the learner's edition ({@code // task: 02-1 title} ... {@code // endtask}, see
 * {@link LearnersEdition}), never appear in an excerpt, and the excerpt is compared after removing the region's common indentation. Without
 * {@code region=}, the block quotes the whole file.
 */
final class Excerpts {

    private static final Pattern FENCE_OPEN = Pattern.compile("^```(\\S*)(.*)$");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=(\\S+)");
    private static final String COMMENT = "(?://|#|<!--|\\{#|<#--|/\\*)";
    private static final Pattern REGION_START = Pattern.compile("^\\s*" + COMMENT + "\\s*region:\\s*([\\w.-]+).*$");
    private static final Pattern REGION_END = Pattern.compile("^\\s*" + COMMENT + "\\s*endregion\\b.*$");

    private Excerpts() {
    }

    /** One fenced block of a chapter that declares the file it quotes. */
    record Excerpt(Path chapter, int line, String file, Optional<String> region, List<String> body) {
        String describe() {
            return chapter.getFileName() + ":" + line + " (block quoting " + file
                    + region.map(r -> ", region '" + r + "'").orElse("") + ")";
        }
    }

    /** Every block in the chapter whose opening fence carries {@code file=}. */
    static List<Excerpt> find(Path chapter) {
        List<String> lines = readLines(chapter);
        List<Excerpt> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher open = FENCE_OPEN.matcher(lines.get(i));
            if (!open.matches()) {
                continue;
            }
            String file = null;
            String region = null;
            Matcher attribute = ATTRIBUTE.matcher(open.group(2));
            while (attribute.find()) {
                switch (attribute.group(1)) {
                    case "file" -> file = attribute.group(2);
                    case "region" -> region = attribute.group(2);
                    default -> { }
                }
            }
            int start = i;
            List<String> body = new ArrayList<>();
            i++;
            while (i < lines.size() && !lines.get(i).startsWith("```")) {
                body.add(lines.get(i));
                i++;
            }
            if (i == lines.size()) {
                throw new AssertionError(chapter.getFileName() + ":" + (start + 1)
                        + ": this code block is never closed with ```");
            }
            if (file != null) {
                found.add(new Excerpt(chapter, start + 1, file, Optional.ofNullable(region), body));
            }
        }
        return found;
    }

    /**
     * Checks one excerpt against the source.
     *
     * @return empty when the block matches, otherwise a message saying what differs and where
     */
    static Optional<String> check(Path root, Excerpt excerpt) {
        Path source = root.resolve(excerpt.file()).normalize();
        if (!Files.isRegularFile(source)) {
            return Optional.of(excerpt.describe() + ": the file " + excerpt.file()
                    + " does not exist (paths are relative to the repository root)");
        }
        List<String> expected;
        try {
            expected = excerpt.region().isPresent()
                    ? region(readLines(source), excerpt.region().get())
                    : withoutMarkers(readLines(source));
        } catch (IllegalArgumentException e) {
            return Optional.of(excerpt.describe() + ": " + e.getMessage() + " in " + excerpt.file());
        }
        List<String> actual = stripTrailing(excerpt.body());
        expected = stripTrailing(expected);
        for (int i = 0; i < Math.max(actual.size(), expected.size()); i++) {
            String want = i < expected.size() ? expected.get(i) : "<end of region>";
            String got = i < actual.size() ? actual.get(i) : "<end of block>";
            if (!want.equals(got)) {
                return Optional.of(excerpt.describe() + ": differs from " + excerpt.file()
                        + " at line " + (i + 1) + " of the excerpt\n  source:  " + want + "\n  chapter: " + got
                        + "\n  Copy the region from the source into the chapter again.");
            }
        }
        return Optional.empty();
    }

    /** The lines of the named region, markers removed and common indentation stripped. */
    static List<String> region(List<String> lines, String name) {
        for (int i = 0; i < lines.size(); i++) {
            Matcher start = REGION_START.matcher(lines.get(i));
            if (start.matches() && start.group(1).equals(name)) {
                int depth = 1;
                List<String> body = new ArrayList<>();
                for (int j = i + 1; j < lines.size(); j++) {
                    String line = lines.get(j);
                    if (REGION_START.matcher(line).matches()) {
                        depth++;
                    } else if (REGION_END.matcher(line).matches()) {
                        depth--;
                        if (depth == 0) {
                            return dedent(body);
                        }
                    } else if (!LearnersEdition.isTaskMarker(line)) {
                        body.add(line);
                    }
                }
                throw new IllegalArgumentException("region '" + name + "' opened on line " + (i + 1)
                        + " is never closed with an 'endregion' comment");
            }
        }
        throw new IllegalArgumentException("no region named '" + name + "'");
    }

    private static List<String> withoutMarkers(List<String> lines) {
        return lines.stream()
                .filter(l -> !REGION_START.matcher(l).matches() && !REGION_END.matcher(l).matches())
                .filter(l -> !LearnersEdition.isTaskMarker(l))
                .toList();
    }

    private static List<String> dedent(List<String> lines) {
        int indent = lines.stream()
                .filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length())
                .min()
                .orElse(0);
        return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList();
    }

    private static List<String> stripTrailing(List<String> lines) {
        List<String> out = new ArrayList<>(lines.stream().map(String::stripTrailing).toList());
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        while (!out.isEmpty() && out.get(0).isEmpty()) {
            out.remove(0);
        }
        return out;
    }

    static List<String> readLines(Path file) {
        try {
            return List.of(Files.readString(file, StandardCharsets.UTF_8).split("\r?\n", -1));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
