package mysite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import mysite.polls.models.Choice;
import mysite.polls.models.Question;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.mtvkit.mtv.Command;
import org.mtvkit.mtv.CommandContext;
import org.mtvkit.mtv.CommandError;
import org.mtvkit.mtv.Project;
import org.mtvkit.mtv.Settings;
import org.mtvkit.mtv.migrations.MigrationCommands;
import org.mtvkit.orm.Database;
import org.mtvkit.testing.TestPostgres;

/** Part 2 of Django's tutorial through the four commands, exactly as chapter 4b prints it. */
class MigrationCommandsTest {
    /** What the lead's Project accessor will give; the tests list the polls app's models themselves. */
    static final Function<Project, Map<String, List<Class<?>>>> APPS =
            p -> Map.of("polls", List.of(Question.class, Choice.class));

    @TempDir
    Path dir;
    private Project project;

    private Project project(Database database) {
        project = Main.installedApps(Project.builder(new Settings(0, false, "unused", "django")).database(database)).urls(RootUrls::urlpatterns).build();
        return project;
    }

    @AfterEach
    void close() {
        if (project != null) {
            project.database().close();
        }
    }

    private String run(String command, Map<String, String> environment, String input, String... args) {
        Command found = MigrationCommands.all(APPS).stream().filter(c -> c.name().equals(command)).findFirst().orElseThrow();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        found.run(new CommandContext(project, new PrintStream(bytes, true, StandardCharsets.UTF_8),
                new BufferedReader(new StringReader(input)), environment), List.of(args));
        return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    private String run(String command, String... args) {
        return run(command, Map.of(), "", args);
    }

    /** The chapter quotes these files whole, so what it shows is what the commands print. */
    private static String golden(String name) {
        try {
            return Files.readString(Path.of("src/test/resources/tutorial/" + name), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The chapter runs makemigrations on the source folder; the tests on a temporary copy of it. */
    private String asInChapter(String output) {
        return output.replace(dir.toString(), "step-05-mtv-app/src/main/resources");
    }

    @Test
    @DisplayName("tutorial part 2 on H2: sqlmigrate polls 0001, migrate, showmigrations, from the committed 0001_initial")
    void tutorialOnH2() {
        project(Database.inMemory());
        assertEquals(golden("sqlmigrate-h2.txt"), run("sqlmigrate", "polls", "0001"));
        tutorial();
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "MTVKIT_POSTGRES_URL", matches = ".+")
    @DisplayName("tutorial part 2 on PostgreSQL: the same flow, the DDL in one transaction")
    void tutorialOnPostgres() throws Exception {
        try {
            project(Database.open(TestPostgres.freshSchemaUrl()));
            assertEquals(golden("sqlmigrate-postgresql.txt"), run("sqlmigrate", "polls", "0001"));
            tutorial();
        } finally {
            project.database().close();
            project = null;
        }
    }

    private void tutorial() {
        assertEquals(golden("showmigrations-before.txt"), run("showmigrations"));
        assertEquals(golden("migrate.txt"), run("migrate"));
        assertEquals(golden("showmigrations.txt"), run("showmigrations"));
        Question saved = project.database().save(new Question("What's new?", java.time.Instant.now()));
        project.database().save(new Choice(saved, "Not much"));
        assertEquals(1, project.database().objects(Choice.class).count(), "the tables fit the models");
        assertEquals(List.of(), MigrationCommands.warnings(project, APPS.apply(project), Map.of()));
    }

    @Test
    @DisplayName("makemigrations polls writes exactly the committed 0001_initial, and then has nothing to do")
    void makemigrationsMakesTheCommittedFile() throws Exception {
        project(Database.inMemory());
        Map<String, String> env = Map.of("MIGRATIONS_DIR", dir.toString());
        assertEquals(golden("makemigrations.txt"), asInChapter(run("makemigrations", env, "", "polls")));
        assertEquals(Files.readString(Path.of("src/main/resources/polls/migrations/0001_initial.json")),
                Files.readString(dir.resolve("polls/migrations/0001_initial.json")));
        assertEquals("No changes detected in app 'polls'\n", run("makemigrations", env, "", "polls"));
    }

    /** Part 2's next step: the models gain a field, as a learner would add it to mysite.polls.models. */
    static final class WithAuthor {
        static class Question {
            Long id;
            @org.mtvkit.orm.Column(length = 200)
            String questionText;
            java.time.Instant pubDate;
            @org.mtvkit.orm.Column(length = 100, defaultValue = "anonymous")
            String author;
        }

        static class Choice {
            Long id;
            org.mtvkit.orm.ForeignKey<Question> question;
            @org.mtvkit.orm.Column(length = 200)
            String choiceText;
            int votes;
        }
    }

    @Test
    @DisplayName("a field added to Question: makemigrations writes 0002_question_author, migrate applies it, migrate polls 0001 undoes it")
    void addedField() throws Exception {
        project = Main.installedApps(Project.builder(new Settings(0, false, "unused", "django")).database(Database.inMemory()))
                .app("polls", WithAuthor.Question.class, WithAuthor.Choice.class)   // the models as edited, under their names
                .urls(RootUrls::urlpatterns).build();
        Files.copy(Path.of("src/main/resources/polls/migrations/0001_initial.json"),
                Files.createDirectories(dir.resolve("polls/migrations")).resolve("0001_initial.json"));
        Map<String, String> env = Map.of("MIGRATIONS_DIR", dir.toString());
        Command makemigrations = new org.mtvkit.mtv.migrations.MakeMigrationsCommand(
                p -> Map.of("polls", List.of(WithAuthor.Question.class, WithAuthor.Choice.class)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        makemigrations.run(new CommandContext(project, new PrintStream(bytes, true, StandardCharsets.UTF_8),
                new BufferedReader(new StringReader("")), env), List.of("polls"));
        assertEquals(golden("makemigrations-author.txt"), asInChapter(bytes.toString(StandardCharsets.UTF_8)));
        assertEquals(golden("sqlmigrate-author-h2.txt"), run("sqlmigrate", env, "", "polls", "0002"));
        assertEquals(golden("migrate-author.txt"), run("migrate", env, ""));
        assertEquals(golden("migrate-back.txt"), run("migrate", env, "", "polls", "0001"));
    }

    @Test
    @DisplayName("migrate --fake-initial adopts tables made before the app had migrations, then applies the rest")
    void fakeInitial() {
        project(Database.inMemory());
        project.database().createSchemaIfMissing();
        assertEquals("Operations to perform:\n  Apply all migrations: polls\nRunning migrations:\n"
                + "  Applying polls.0001_initial... FAKED\n", run("migrate", "--fake-initial"));
        assertEquals(golden("showmigrations.txt"), run("showmigrations"));
    }

    @Test
    @DisplayName("runserver's warning lists the unapplied migration until migrate runs")
    void unappliedWarning() {
        project(Database.inMemory());
        assertEquals(List.of("You have 1 unapplied migration(s). Your project may not work properly until you apply"
                + " the migrations for app(s): polls.\nRun 'migrate' to apply them."),
                MigrationCommands.warnings(project, APPS.apply(project), Map.of()));
    }

    @Test
    @DisplayName("sqlmigrate without its two words says what it needs")
    void sqlmigrateNeedsTwoWords() {
        project(Database.inMemory());
        CommandError e = assertThrows(CommandError.class, () -> run("sqlmigrate", "polls"));
        assertEquals("sqlmigrate needs an app and a migration, e.g. sqlmigrate polls 0001 (got polls).", e.getMessage());
    }

    @Test
    @DisplayName("migrate with three words says it takes an app and a target")
    void migrateTakesTwoWords() {
        project(Database.inMemory());
        CommandError e = assertThrows(CommandError.class, () -> run("migrate", "polls", "0001", "extra"));
        assertEquals("migrate takes at most an app and a target, e.g. migrate polls 0001 (got polls 0001 extra).",
                e.getMessage());
    }

    @Test
    @DisplayName("migrate to an unknown target is a one-line command error naming what exists")
    void unknownTarget() {
        project(Database.inMemory());
        CommandError e = assertThrows(CommandError.class, () -> run("migrate", "polls", "0002"));
        assertEquals("Cannot find a migration matching '0002' from app 'polls'; it has 0001_initial. Use one of those,"
                + " or 'zero'.", e.getMessage());
    }

    @Test
    @DisplayName("makemigrations into a folder that does not exist says where it looked and how to point it")
    void makemigrationsNeedsAFolder() {
        project(Database.inMemory());
        Path missing = dir.resolve("nowhere");
        CommandError e = assertThrows(CommandError.class,
                () -> run("makemigrations", Map.of("MIGRATIONS_DIR", missing.toString()), ""));
        assertEquals("makemigrations writes into " + missing.toAbsolutePath() + ", which is not a folder. Run it from"
                + " the project's module folder, or set MIGRATIONS_DIR to the resources folder"
                + " (MIGRATIONS_DIR=step-05-mtv-app/src/main/resources).", e.getMessage());
    }

    @Test
    @DisplayName("makemigrations asks about a rename on the terminal, and a 'y' makes it one")
    void renameAskedOnTheTerminal() throws Exception {
        project(Database.inMemory());
        Path app = Files.createDirectories(dir.resolve("polls/migrations"));
        Files.writeString(app.resolve("0001_initial.json"), Files.readString(
                Path.of("src/main/resources/polls/migrations/0001_initial.json")).replace("\"choiceText\"", "\"text\""));
        String out = run("makemigrations", Map.of("MIGRATIONS_DIR", dir.toString()), "y\n", "polls");
        assertTrue(out.startsWith("Did you rename choice.text to choice.choiceText (a String(200))? [y/N] Migrations for"
                + " 'polls':\n"), out);
        assertTrue(out.endsWith("    - Rename field text on choice to choiceText\n"), out);
    }
}
