package mysite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import mysite.polls.models.Choice;
import mysite.polls.models.Question;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtvkit.mtv.Command;
import org.mtvkit.mtv.CommandContext;
import org.mtvkit.mtv.CommandError;
import org.mtvkit.mtv.ManagementUtility;
import org.mtvkit.mtv.Project;
import org.mtvkit.mtv.Settings;
import org.mtvkit.orm.Database;

/** The management commands and the fixture loader, including every way a fixture file can be wrong. */
class CommandsTest {

    @TempDir
    Path dir;

    private Project project;
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

    @BeforeEach
    void setUp() {
        project = Main.installedApps(Project.builder(new Settings(0, false, "unused", "django"))
                .database(Database.inMemory()))
                .urls(RootUrls::urlpatterns)
                .build();
    }

    @AfterEach
    void tearDown() {
        project.database().close();
    }

    private String fixture(String json) throws Exception {
        return Files.writeString(dir.resolve("polls.json"), json).toString();
    }

    private long rows() {
        return project.database().objects(Question.class).count() + project.database().objects(Choice.class).count();
    }

    /** Runs a command as {@code manage} would, with this text as what the user types. */
    private void runTyping(String input, String... argv) {
        CommandContext context = new CommandContext(project, out, new BufferedReader(new StringReader(input)), Map.of());
        ManagementUtility.of(project).execute(context, List.of(argv));
    }

    private void run(String... argv) {
        runTyping("", argv);
    }

    private String output() {
        return output.toString(StandardCharsets.UTF_8);
    }

    private CommandError loadFails(String json) throws Exception {
        String file = fixture(json);
        CommandError e = assertThrows(CommandError.class, () -> run("loaddata", file));
        assertEquals(0, rows(), "a bad fixture loads nothing");
        return e;
    }

    @Test
    @DisplayName("migrate creates the tables, and running it again changes nothing")
    void migrate() {
        run("migrate");
        run("migrate");
        assertEquals(0, rows());
        assertTrue(output().contains("Applying polls.0001_initial... OK"), output());
        assertTrue(output().endsWith("No migrations to apply.\n"), output());
    }

    @Test
    @DisplayName("loaddata loads Django's fixture format, keeping primary keys and foreign keys")
    void loaddata() throws Exception {
        String file = fixture("""
                [{"model": "polls.question", "pk": 5, "fields": {"question_text": "Q?", "pub_date": "2026-01-02T03:04:05Z"}},
                 {"model": "polls.choice", "pk": 9, "fields": {"question": 5, "choice_text": "A", "votes": 3}}]
                """);
        run("loaddata", file);
        assertTrue(output.toString(StandardCharsets.UTF_8).contains("Installed 2 object(s) from 1 fixture(s)"));
        Choice choice = project.database().objects(Choice.class).selectRelated("question").get("id", 9L);
        assertEquals("Q?", choice.getQuestion().getQuestionText());
        assertEquals(3, choice.getVotes());
    }

    @Test
    @DisplayName("the bundled demo fixture loads from the classpath")
    void demoFixture() {
        project.migrate();
        assertEquals(11, project.loadData(Main.DEMO_FIXTURE));
    }

    @Test
    @DisplayName("a fixture that is not valid JSON: the error names the file, line and column")
    void invalidJson() throws Exception {
        CommandError e = loadFails("[{\"model\": \"polls.question\",}]");
        assertTrue(e.getMessage().matches("Invalid fixture .*polls\\.json:1:29: expected a quoted key"), e.getMessage());
    }

    @Test
    @DisplayName("an unknown model: the error names the entry and lists the project's models")
    void unknownModel() throws Exception {
        CommandError e = loadFails("[{\"model\": \"polls.answer\", \"pk\": 1, \"fields\": {}}]");
        assertTrue(e.getMessage().endsWith("polls.json, entry 1: unknown model \"polls.answer\";"
                + " this project's models are [polls.question, polls.choice, auth.user, sessions.storedsession, admin.logentry]"), e.getMessage());
    }

    @Test
    @DisplayName("a bad field value in a later entry: the error names entry and field, and nothing is loaded")
    void badFieldValue() throws Exception {
        CommandError e = loadFails("""
                [{"model": "polls.question", "pk": 1, "fields": {"question_text": "Q", "pub_date": "2026-01-02T03:04:05Z"}},
                 {"model": "polls.question", "pk": 2, "fields": {"question_text": "R", "pub_date": "last tuesday"}}]
                """);
        assertTrue(e.getMessage().endsWith("polls.json, entry 2 (polls.question, pk 2): Question.pubDate needs an ISO"
                + " 8601 instant such as \"2026-04-01T12:00:00Z\", not \"last tuesday\""), e.getMessage());
    }

    @Test
    @DisplayName("an unknown field, or a Java name where Django's is expected: the error lists Django's names")
    void unknownField() throws Exception {
        CommandError e = loadFails("[{\"model\": \"polls.question\", \"pk\": 1, \"fields\": {\"questionText\": \"Q\"}}]");
        assertTrue(e.getMessage().endsWith("entry 1 (polls.question, pk 1): Question has no field 'questionText'; its fields"
                + " are question_text, pub_date (Django's names: the snake_case form of each Java field)"), e.getMessage());
    }

    @Test
    @DisplayName("a foreign key to a row that does not exist: the database refuses it and nothing is loaded")
    void danglingForeignKey() throws Exception {
        CommandError e = loadFails("""
                [{"model": "polls.question", "pk": 1, "fields": {"question_text": "Q", "pub_date": "2026-01-02T03:04:05Z"}},
                 {"model": "polls.choice", "pk": 1, "fields": {"question": 77, "choice_text": "A", "votes": 0}}]
                """);
        assertTrue(e.getMessage().contains("entry 2 (polls.choice, pk 1)"), e.getMessage());
    }

    @Test
    @DisplayName("entries of the wrong shape are refused with what an entry must look like")
    void wrongShapes() throws Exception {
        assertTrue(loadFails("{\"model\": \"polls.question\"}").getMessage().contains("a fixture is a JSON list of entries"));
        assertTrue(loadFails("[{\"model\": \"polls.question\", \"fields\": 3}]").getMessage()
                .contains("\"fields\" must be an object"));
        assertTrue(loadFails("[42]").getMessage().contains("entry 1: an entry is an object"));
    }

    @Test
    @DisplayName("a URLconf that calls reverse while it is being built is told to call it from a view instead")
    void reverseTooEarly() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Project.builder(new Settings(0, false, "unused", "django"))
                .database(Database.inMemory())
                .urls((db, shortcuts) -> {
                    shortcuts.reverse("polls:index");
                    return RootUrls.urlpatterns(db, shortcuts);
                })
                .build());
        assertTrue(e.getMessage().startsWith("reverse(\"polls:index\") was called while the URLconf was being built"),
                e.getMessage());
    }

    @Test
    @DisplayName("a fixture that is neither a file nor on the classpath is named in the error")
    void missingFixture() {
        CommandError e = assertThrows(CommandError.class, () -> run("loaddata", "nope.json"));
        assertTrue(e.getMessage().startsWith("No fixture named 'nope.json'"), e.getMessage());
    }

    @Test
    @DisplayName("loaddata without a file says what it needs")
    void loaddataWithoutFile() {
        assertEquals("loaddata needs the fixture file to load: loaddata <file>",
                assertThrows(CommandError.class, () -> run("loaddata")).getMessage());
    }

    @Test
    @DisplayName("an unknown command says so and lists the commands there are")
    void unknownCommand() {
        assertEquals("Unknown command: 'makemigration'. Available commands: check, dumpdata, flush,"
                + " help, loaddata, makemigrations, migrate, runserver, shell, showmigrations, sqlmigrate"
                + " (help <command> tells more).",
                assertThrows(CommandError.class, () -> run("makemigration")).getMessage());
    }

    @Test
    @DisplayName("help lists every command with its line of help, and tells one command's")
    void help() {
        run("help");
        for (String name : List.of("check", "dumpdata", "flush", "help", "loaddata", "makemigrations", "migrate",
                "runserver", "shell", "showmigrations", "sqlmigrate")) {
            assertTrue(output().contains("\n  " + name + " "), name + " in:\n" + output());
        }
        assertTrue(output().matches("(?s).*\n  flush +Deletes all data from the database \\(asks first, unless --no-input\\).*"),
                output());
        output.reset();
        run("help", "migrate");
        assertEquals("migrate: Brings the database to the migrations: migrate [app] [migration|zero] [--fake-initial]\n",
                output());
    }

    @Test
    @DisplayName("a project's own command is registered beside the kit's, and may not take a kit's name")
    void projectCommands() {
        Command hello = new Command() {
            public String name() {
                return "hello";
            }

            public String help() {
                return "Says hello.";
            }

            public void run(CommandContext context, List<String> args) {
                context.out().println("hello " + args);
            }
        };
        Project withCommand = Project.builder(new Settings(0, false, "unused", "django")).database(project.database())
                .urls(RootUrls::urlpatterns).command(hello).build();
        ManagementUtility.of(withCommand).execute(new CommandContext(withCommand, out, null, Map.of()), List.of("hello", "a"));
        assertEquals("hello [a]\n", output());
        Command clash = new Command() {
            public String name() {
                return "migrate";
            }

            public String help() {
                return "";
            }

            public void run(CommandContext context, List<String> args) {
            }
        };
        Project clashing = Project.builder(new Settings(0, false, "unused", "django")).database(project.database())
                .urls(RootUrls::urlpatterns).command(clash).build();
        assertTrue(assertThrows(IllegalStateException.class, () -> ManagementUtility.of(clashing)).getMessage()
                .startsWith("two commands are named 'migrate'"));
    }

    @Test
    @DisplayName("a command that reads a table migrate has not made yet says to run migrate first, in one line")
    void tableNotMigratedYet() {
        Command count = new Command() {
            public String name() {
                return "count";
            }

            public String help() {
                return "Counts the questions.";
            }

            public void run(CommandContext context, List<String> args) {
                context.out().println(context.project().database().objects(Question.class).count());
            }
        };
        Project withCommand = Project.builder(new Settings(0, false, "unused", "django")).database(project.database())
                .urls(RootUrls::urlpatterns).command(count).build();
        CommandError e = assertThrows(CommandError.class, () -> ManagementUtility.of(withCommand)
                .execute(new CommandContext(withCommand, out, null, Map.of()), List.of("count")));
        assertTrue(e.getMessage().matches("The database has no tables for this yet \\(Table \"question\" not found.*\\)\\."
                + " Run migrate first\\."), e.getMessage());
    }

    @Test
    @DisplayName("flush asks first, and anything but 'yes' keeps the data")
    void flushAsks() {
        project.migrate();
        project.loadData(Main.DEMO_FIXTURE);
        runTyping("no\n", "flush");
        assertTrue(output().contains("Type 'yes' to continue, or 'no' to cancel: "), output());
        assertTrue(output().endsWith("Flush cancelled.\n"), output());
        assertEquals(11, rows());
        runTyping("yes\n", "flush");
        assertEquals(0, rows());
    }

    @Test
    @DisplayName("flush --no-input deletes every row without asking")
    void flushNoInput() {
        project.migrate();
        project.loadData(Main.DEMO_FIXTURE);
        run("flush", "--no-input");
        assertEquals(0, rows());
        assertEquals("Deleted every row of polls.question, polls.choice, auth.user, sessions.storedsession, admin.logentry.\n", output());
        assertEquals("Unknown argument --force for flush; it takes only --no-input",
                assertThrows(CommandError.class, () -> run("flush", "--force")).getMessage());
    }

    @Test
    @DisplayName("dumpdata app.Model writes only that model; unknown apps and models are named")
    void dumpdataLabels() {
        project.migrate();
        project.loadData(Main.DEMO_FIXTURE);
        run("dumpdata", "polls.Question");
        assertTrue(output().startsWith("[{\"model\": \"polls.question\", \"pk\": 1, \"fields\": {\"question_text\": "),
                output());
        assertFalse(output().contains("polls.choice"), output());
        assertEquals("No installed app with label 'blog'. This project's models are [polls.question, polls.choice, auth.user, sessions.storedsession, admin.logentry]",
                assertThrows(CommandError.class, () -> run("dumpdata", "blog")).getMessage());
        assertEquals("Unknown model: polls.Answer. This project's models are [polls.question, polls.choice, auth.user, sessions.storedsession, admin.logentry]",
                assertThrows(CommandError.class, () -> run("dumpdata", "polls.Answer")).getMessage());
        assertEquals("--indent needs a number of spaces, 0 or more, not 'two'",
                assertThrows(CommandError.class, () -> run("dumpdata", "--indent", "two")).getMessage());
    }

    @Test
    @DisplayName("check passes a folder of good templates, inheritance included")
    void checkPasses() {
        Project good = Project.builder(new Settings(0, false, "unused", "django")).database(project.database())
                .templates("checks/good").urls(RootUrls::urlpatterns).build();
        ManagementUtility.of(good).execute(new CommandContext(good, out, null, Map.of()), List.of("check"));
        assertEquals("System check identified no issues (0 silenced).\n", output());
    }

    @Test
    @DisplayName("check reports every broken template at once, each with its file and line")
    void checkReportsAll() {
        Project bad = Project.builder(new Settings(0, false, "unused", "django")).database(project.database())
                .templates("checks/bad").urls(RootUrls::urlpatterns).build();
        CommandError e = assertThrows(CommandError.class,
                () -> ManagementUtility.of(bad).execute(new CommandContext(bad, out, null, Map.of()), List.of("check")));
        assertTrue(e.getMessage().startsWith("System check identified some issues:\n\nERRORS:\napp/one.html: "), e.getMessage());
        assertTrue(e.getMessage().contains("\napp/two.html: "), e.getMessage());
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
        assertFalse(e.getMessage().contains("three.html"), e.getMessage());
        assertTrue(e.getMessage().endsWith("System check identified 2 issues (0 silenced)."), e.getMessage());
    }
}
