package org.mtvkit.contrib.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import mysite.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mtvkit.mtv.CommandContext;
import org.mtvkit.mtv.CommandError;
import org.mtvkit.mtv.ManagementUtility;
import org.mtvkit.mtv.Project;
import org.mtvkit.mtv.Settings;
import org.mtvkit.orm.Database;

/** Exercise 08-clearsessions (chapter 8, exercise 3): the polls project's clearsessions command. */
@Tag("exercise")
@Tag("exercise-08-clearsessions")
class ClearSessionsExerciseTest {

    private Project project;
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @BeforeEach
    void setUp() {
        project = Main.builder(new Settings(0, false, "unused", "django")).database(Database.inMemory()).build();
        project.migrate();
    }

    @AfterEach
    void tearDown() {
        project.database().close();
    }

    private void manage(String... argv) {
        CommandContext context = new CommandContext(project, new PrintStream(output, true, StandardCharsets.UTF_8),
                new BufferedReader(new StringReader("")), Map.of());
        try {
            ManagementUtility.of(project).execute(context, List.of(argv));
        } catch (CommandError e) {
            fail("the polls project has no clearsessions command yet: write a Command named clearsessions that calls "
                    + "SessionStore.clearExpired(), and add it in mysite.Main.builder with .command(...); it said: "
                    + e.getMessage());
        }
    }

    private List<String> keys() {
        return project.database().objects(StoredSession.class).orderBy("sessionKey").list().stream()
                .map(StoredSession::sessionKey).toList();
    }

    @Test
    @DisplayName("clearsessions deletes the expired sessions and keeps the live ones")
    void deletesOnlyExpired() {
        Instant now = Instant.now();
        project.database().save(new StoredSession("a".repeat(32), "{}", now.minus(Duration.ofDays(1))));
        project.database().save(new StoredSession("b".repeat(32), "{}", now.plus(Duration.ofDays(1))));
        project.database().save(new StoredSession("c".repeat(32), "{}", now.minus(Duration.ofSeconds(1))));
        manage("clearsessions");
        assertEquals(List.of("b".repeat(32)), keys(),
                "clearsessions must delete the sessions whose expireDate has passed, and only those");
    }

    @Test
    @DisplayName("clearsessions is listed by help, with a line saying what it does")
    void listedByHelp() {
        manage("help");
        String help = output.toString(StandardCharsets.UTF_8);
        if (!help.contains("clearsessions")) {
            fail("help does not list clearsessions: give the command a name() and a help() line; help said:\n" + help);
        }
    }
}
