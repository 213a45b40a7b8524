package mysite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtvkit.mtv.CommandContext;
import org.mtvkit.mtv.CommandError;
import org.mtvkit.mtv.ManagementUtility;
import org.mtvkit.mtv.Project;
import org.mtvkit.mtv.Settings;
import org.mtvkit.orm.Database;

/** {@code shell}: JShell with the project and its database ready, as {@code manage.py shell}. */
class ShellCommandTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("shell starts JShell with db and the models imported; the user's snippets query the database")
    void playingWithTheApi() {
        Settings settings = new Settings(0, false, "jdbc:h2:" + dir.toAbsolutePath() + "/polls", "django");
        Project project = Main.project(settings);
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        String typed = "db.save(new Question(\"What's up?\", java.time.Instant.now()));\n"
                + "System.out.println(\"questions: \" + db.objects(Question.class).count());\n/exit\n";
        try {
            ManagementUtility.of(project).execute(new CommandContext(project, new PrintStream(output, true, StandardCharsets.UTF_8),
                    new BufferedReader(new StringReader(typed)), Map.of()), List.of("shell"));
        } finally {
            project.database().close();
        }
        String shown = output.toString(StandardCharsets.UTF_8);
        assertTrue(shown.contains("The project is in 'project', its database in 'db', with Question, Choice, User, StoredSession, LogEntry."), shown);
        assertTrue(shown.contains("questions: 1"), shown);
    }

    @Test
    @DisplayName("a project that did not name its entry point is told how to, instead of a shell without a project")
    void needsAnEntryPoint() {
        Project project = Main.installedApps(Project.builder(new Settings(0, false, "unused", "django")).database(Database.inMemory()))
                .urls(RootUrls::urlpatterns).build();
        try {
            CommandError e = org.junit.jupiter.api.Assertions.assertThrows(CommandError.class, () -> ManagementUtility.of(project)
                    .execute(new CommandContext(project, System.out, null, Map.of()), List.of("shell")));
            assertEquals("shell needs to know how to build the project: name the class with the project's public static"
                    + " Project project(Settings) method, Project.builder(settings).entryPoint(Main.class)", e.getMessage());
        } finally {
            project.database().close();
        }
    }
}
