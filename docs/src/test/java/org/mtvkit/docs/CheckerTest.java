package org.mtvkit.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks themselves: each failure they can report, reported with chapter, block and file. */
@DisplayName("The excerpt and link checks report each failure with chapter, block and file")
class CheckerTest {

    @TempDir
    Path root;

    private static final String SOURCE = """
            class Greeter {
                // region: greet
                String greet(String name) {
                    // region: body
                    return "Hello, " + name;
                    // endregion
                }
                // endregion
            }
            """;

    private Path chapter(String text) throws IOException {
        Files.createDirectories(root.resolve("src"));
        Files.writeString(root.resolve("src/Greeter.java"), SOURCE);
        return Files.writeString(root.resolve("01-test.md"), text);
    }

    private static String block(String attributes, String body) {
        return "Some prose.\n\n```java " + attributes + "\n" + body + "```\n";
    }

    @Test
    @DisplayName("a block equal to its region passes, with nested markers removed and indentation stripped")
    void matchingRegionPasses() throws IOException {
        Path md = chapter(block("file=src/Greeter.java region=greet", """
                String greet(String name) {
                    return "Hello, " + name;
                }
                """));
        List<Excerpts.Excerpt> found = Excerpts.find(md);
        assertEquals(1, found.size());
        assertEquals(java.util.Optional.empty(), Excerpts.check(root, found.get(0)));
    }

    @Test
    @DisplayName("the learner's edition's task markers inside a region never appear in its excerpt")
    void taskMarkersAreNotQuoted() {
        List<String> source = List.of("// region: r", "int f() {", "    // task: 02-1 f", "    return 1;",
                "    // endtask", "}", "// endregion");
        assertEquals(List.of("int f() {", "    return 1;", "}"), Excerpts.region(source, "r"));
    }

    @Test
    @DisplayName("an inner region can be quoted on its own")
    void nestedRegionPasses() throws IOException {
        Path md = chapter(block("file=src/Greeter.java region=body", "return \"Hello, \" + name;\n"));
        assertEquals(java.util.Optional.empty(), Excerpts.check(root, Excerpts.find(md).get(0)));
    }

    @Test
    @DisplayName("a block that drifted from its source fails, naming chapter, line, file and the differing line")
    void driftedBlockFails() throws IOException {
        Path md = chapter(block("file=src/Greeter.java region=body", "return \"Hi, \" + name;\n"));
        String message = Excerpts.check(root, Excerpts.find(md).get(0)).orElseThrow();
        assertTrue(message.startsWith("01-test.md:3 (block quoting src/Greeter.java, region 'body')"), message);
        assertTrue(message.contains("source:  return \"Hello, \" + name;"), message);
        assertTrue(message.contains("chapter: return \"Hi, \" + name;"), message);
    }

    @Test
    @DisplayName("a block quoting a region that does not exist fails, naming the region and the file")
    void missingRegionFails() throws IOException {
        Path md = chapter(block("file=src/Greeter.java region=farewell", "x\n"));
        String message = Excerpts.check(root, Excerpts.find(md).get(0)).orElseThrow();
        assertTrue(message.contains("no region named 'farewell' in src/Greeter.java"), message);
    }

    @Test
    @DisplayName("a block quoting a file that does not exist fails, naming the file")
    void missingFileFails() throws IOException {
        Path md = chapter(block("file=src/Nope.java region=greet", "x\n"));
        String message = Excerpts.check(root, Excerpts.find(md).get(0)).orElseThrow();
        assertTrue(message.contains("the file src/Nope.java does not exist"), message);
    }

    @Test
    @DisplayName("a region that is never closed is reported with the line it opens on")
    void unclosedRegionFails() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Excerpts.region(List.of("a", "// region: open", "b"), "open"));
        assertEquals("region 'open' opened on line 2 is never closed with an 'endregion' comment", e.getMessage());
    }

    @Test
    @DisplayName("plain code blocks without file= are prose, not excerpts")
    void plainBlocksAreIgnored() throws IOException {
        Path md = chapter("```bash\nmvn verify\n```\n");
        assertEquals(0, Excerpts.find(md).size());
    }

    @Test
    @DisplayName("a relative link to a missing file is reported; existing files, anchors and web links are not")
    void brokenLinksAreReported() throws IOException {
        Path md = chapter("[ok](src/Greeter.java) [anchor](#top) [web](https://example.org) [bad](src/Gone.java#L3)\n");
        List<String> broken = Links.broken(md);
        assertEquals(1, broken.size(), broken.toString());
        assertTrue(broken.get(0).startsWith("01-test.md:1: link to 'src/Gone.java#L3' points at nothing"), broken.get(0));
    }
}
