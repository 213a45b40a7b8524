package mysite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import mysite.polls.models.Choice;
import mysite.polls.models.Question;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mtvkit.mtv.CommandContext;
import org.mtvkit.mtv.ManagementUtility;
import org.mtvkit.mtv.Project;
import org.mtvkit.mtv.Settings;
import org.mtvkit.orm.Database;

/**
 * Fixtures in Django's own JSON, both ways, against files Django 3.2 wrote and read
 * ({@code conformance/django_fixtures.py} makes them; its {@code --check} loads the kit's output into Django).
 */
class FixturesDjangoFormatTest {

    private final Project project = Main.installedApps(Project.builder(new Settings(0, false, "unused", "django"))
            .database(Database.inMemory())).urls(RootUrls::urlpatterns).build();
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @AfterEach
    void close() {
        project.database().close();
    }

    private static String resource(String name) throws Exception {
        try (InputStream in = FixturesDjangoFormatTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private String dumpdata(String... args) {
        output.reset();
        ManagementUtility.of(project).execute(new CommandContext(project, new PrintStream(output, true, StandardCharsets.UTF_8),
                null, Map.of()), List.of(args));
        return output.toString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("a fixture written by Django's dumpdata loads unchanged: Django's field names and model labels")
    void loadsDjangosOutput() {
        project.migrate();
        assertEquals(5, project.loadData("fixtures/django-polls.json"));
        Question q = project.database().objects(Question.class).get("id", 2L);
        assertEquals("Café, \"quotes\" and a \\ backslash: which one?", q.getQuestionText());
        assertEquals(Instant.parse("2021-04-02T08:30:15.123Z"), q.getPubDate());
        Choice c = project.database().objects(Choice.class).selectRelated("question").get("id", 3L);
        assertEquals("Ünïcödé", c.getChoiceText());
        assertEquals(2L, c.getQuestion().getId());
        assertEquals(42, c.getVotes());
    }

    @Test
    @DisplayName("dumpdata --indent 2 writes Django's own file back, byte for byte")
    void dumpsWhatDjangoDumps() throws Exception {
        project.migrate();
        project.loadData("fixtures/django-polls.json");
        assertEquals(resource("fixtures/django-polls.json"), dumpdata("dumpdata", "polls", "--indent", "2"));
    }

    @Test
    @DisplayName("dumpdata of the demo questions is the file Django's loaddata was shown to read")
    void dumpsTheDemoAsRecorded() throws Exception {
        project.migrate();
        project.loadData(Main.DEMO_FIXTURE);
        assertEquals(resource("fixtures/kit-dumpdata-demo.json"), dumpdata("dumpdata", "--indent", "2"));
    }

    @Test
    @DisplayName("without --indent, dumpdata writes one line, as Django does")
    void oneLine() {
        project.migrate();
        project.loadData("fixtures/django-polls.json");
        String line = dumpdata("dumpdata", "polls.choice");
        assertEquals("[{\"model\": \"polls.choice\", \"pk\": 1, \"fields\": {\"question\": 1, \"choice_text\": \"Not much\","
                + " \"votes\": 3}}, {\"model\": \"polls.choice\", \"pk\": 2, \"fields\": {\"question\": 1, \"choice_text\":"
                + " \"The sky\", \"votes\": 0}}, {\"model\": \"polls.choice\", \"pk\": 3, \"fields\": {\"question\": 2,"
                + " \"choice_text\": \"Ünïcödé\", \"votes\": 42}}]", line);
    }
}
