package mysite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import mysite.polls.models.Choice;
import mysite.polls.models.Question;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtvkit.mtv.CommandError;
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
        project = Project.builder(new Settings(0, false, "unused", "django"))
                .database(Database.inMemory())
                .app("polls", Question.class, Choice.class)
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

    private CommandError loadFails(String json) throws Exception {
        String file = fixture(json);
        CommandError e = assertThrows(CommandError.class, () -> project.execute(out, "loaddata", file));
        assertEquals(0, rows(), "a bad fixture loads nothing");
        return e;
    }

    @Test
    @DisplayName("migrate creates the tables, and running it again changes nothing")
    void migrate() {
        project.execute(out, "migrate");
        project.execute(out, "migrate");
        assertEquals(0, rows());
        assertTrue(output.toString(StandardCharsets.UTF_8).contains("Tables are in place for polls.question, polls.choice."));
    }

    @Test
    @DisplayName("loaddata loads Django's fixture format, keeping primary keys and foreign keys")
    void loaddata() throws Exception {
        String file = fixture("""
                [{"model": "polls.question", "pk": 5, "fields": {"questionText": "Q?", "pubDate": "2026-01-02T03:04:05Z"}},
                 {"model": "polls.choice", "pk": 9, "fields": {"question": 5, "choiceText": "A", "votes": 3}}]
                """);
        project.execute(out, "loaddata", file);
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
                + " this project's models are [polls.question, polls.choice]"), e.getMessage());
    }

    @Test
    @DisplayName("a bad field value in a later entry: the error names entry and field, and nothing is loaded")
    void badFieldValue() throws Exception {
        CommandError e = loadFails("""
                [{"model": "polls.question", "pk": 1, "fields": {"questionText": "Q", "pubDate": "2026-01-02T03:04:05Z"}},
                 {"model": "polls.question", "pk": 2, "fields": {"questionText": "R", "pubDate": "last tuesday"}}]
                """);
        assertTrue(e.getMessage().endsWith("polls.json, entry 2 (polls.question, pk 2): Question.pubDate needs an ISO"
                + " 8601 instant such as \"2026-04-01T12:00:00Z\", not \"last tuesday\""), e.getMessage());
    }

    @Test
    @DisplayName("an unknown field: the error names the entry, the field and the model's fields")
    void unknownField() throws Exception {
        CommandError e = loadFails("[{\"model\": \"polls.question\", \"pk\": 1, \"fields\": {\"question_text\": \"Q\"}}]");
        assertTrue(e.getMessage().contains("entry 1 (polls.question, pk 1): Question has no field 'question_text'"),
                e.getMessage());
    }

    @Test
    @DisplayName("a foreign key to a row that does not exist: the database refuses it and nothing is loaded")
    void danglingForeignKey() throws Exception {
        CommandError e = loadFails("""
                [{"model": "polls.question", "pk": 1, "fields": {"questionText": "Q", "pubDate": "2026-01-02T03:04:05Z"}},
                 {"model": "polls.choice", "pk": 1, "fields": {"question": 77, "choiceText": "A", "votes": 0}}]
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
        CommandError e = assertThrows(CommandError.class, () -> project.execute(out, "loaddata", "nope.json"));
        assertTrue(e.getMessage().startsWith("No fixture named 'nope.json'"), e.getMessage());
    }

    @Test
    @DisplayName("loaddata without a file, and an unknown command, say what is available")
    void badCommands() {
        assertEquals("loaddata needs the fixture file to load: loaddata <file>",
                assertThrows(CommandError.class, () -> project.execute(out, "loaddata")).getMessage());
        assertEquals("Unknown command 'makemigrations'. Available commands: migrate, loaddata <file>, runserver.",
                assertThrows(CommandError.class, () -> project.execute(out, "makemigrations")).getMessage());
    }
}
