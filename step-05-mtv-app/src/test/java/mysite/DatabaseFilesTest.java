package mysite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's default H2 file as a newcomer meets it: from the command line, in processes of their own. */
class DatabaseFilesTest {

    @TempDir
    Path workDir;

    @Test
    @DisplayName("commands close the database cleanly: no polls.trace.db is left beside polls.mv.db")
    void noTraceFile() throws Exception {
        List<String> migrate = ChildServer.run(workDir, "migrate");
        assertTrue(migrate.get(0).contains("Applying polls.0001_initial... OK"), migrate.get(0));
        assertEquals("0", migrate.get(1));
        assertEquals("0", ChildServer.run(workDir, "dumpdata").get(1));
        assertTrue(Files.exists(workDir.resolve("data/polls.mv.db")));
        assertFalse(Files.exists(workDir.resolve("data/polls.trace.db")), "a trace file was left");
    }

    @Test
    @DisplayName("a server stopped as CONTROL-C stops it closes the database cleanly too: no trace file")
    void stoppedServerLeavesNoTrace() throws Exception {
        ChildServer server = ChildServer.start(workDir, Map.of());
        server.stop();
        assertTrue(Files.exists(workDir.resolve("data/polls.mv.db")));
        assertFalse(Files.exists(workDir.resolve("data/polls.trace.db")), "a trace file was left:\n" + server.output());
    }

    @Test
    @DisplayName("a second program on the same file is told in one line which file is in use and what to do")
    void fileInUse() throws Exception {
        try (ChildServer server = ChildServer.start(workDir, Map.of())) {
            List<String> second = ChildServer.run(workDir, "migrate");
            assertEquals("CommandError: Another server is using the database ./data/polls.mv.db: stop it (CONTROL-C in"
                    + " its terminal), or set DATABASE_URL to another database.\n", second.get(0));
            assertEquals("1", second.get(1));
        }
    }
}
