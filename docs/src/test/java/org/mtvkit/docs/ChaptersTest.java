package org.mtvkit.docs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The chapters tell the truth: every quoted excerpt matches its source, every relative link resolves. */
@DisplayName("The chapters quote their excerpts exactly and link only to files that exist")
class ChaptersTest {

    static final Path ROOT = Path.of(System.getProperty("kit.root", "..")).toAbsolutePath().normalize();

    static List<Path> markdownFiles() throws IOException {
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            List<Path> files = new java.util.ArrayList<>(docs.filter(p -> p.toString().endsWith(".md")).sorted().toList());
            files.add(ROOT.resolve("README.md"));
            return files;
        }
    }

    @Test
    @DisplayName("the docs folder holds the opening chapter and a table of contents")
    void chaptersExist() throws IOException {
        List<String> names = markdownFiles().stream().map(p -> p.getFileName().toString()).toList();
        assertTrue(names.contains("README.md"), "docs/README.md is missing");
        assertTrue(names.stream().anyMatch(n -> n.startsWith("00-")), "the opening chapter docs/00-*.md is missing");
    }

    @TestFactory
    @DisplayName("every code excerpt in a chapter is identical to the region of the source it names")
    Stream<DynamicTest> excerptsMatchTheirSource() throws IOException {
        return markdownFiles().stream()
                .flatMap(chapter -> Excerpts.find(chapter).stream())
                .map(excerpt -> DynamicTest.dynamicTest(excerpt.describe(), () -> {
                    Optional<String> problem = Excerpts.check(ROOT, excerpt);
                    problem.ifPresent(message -> fail(message));
                }));
    }

    @TestFactory
    @DisplayName("every relative link in the docs and the README points at a file that exists")
    Stream<DynamicTest> relativeLinksResolve() throws IOException {
        return markdownFiles().stream().map(file -> DynamicTest.dynamicTest(ROOT.relativize(file).toString(), () -> {
            List<String> broken = Links.broken(file);
            assertFalse(!broken.isEmpty(), () -> String.join("\n", broken));
        }));
    }
}
