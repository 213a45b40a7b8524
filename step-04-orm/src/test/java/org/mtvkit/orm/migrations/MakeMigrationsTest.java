package org.mtvkit.orm.migrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtvkit.orm.migrations.Versions.NoDefault;
import org.mtvkit.orm.migrations.Versions.Renamed;
import org.mtvkit.orm.migrations.Versions.V1;
import org.mtvkit.orm.migrations.Versions.V2;

class MakeMigrationsTest {
    @TempDir
    Path folder;
    Workbench bench;

    @BeforeEach
    void open() {
        bench = new Workbench(folder);
    }

    @AfterEach
    void close() {
        bench.close();
    }

    @Test
    @DisplayName("the first makemigrations writes 0001_initial, creating each model after the models it points at")
    void initial() throws Exception {
        String out = bench.make(bench.polls(V1.Choice.class, V1.Question.class));
        assertEquals("Migrations for 'polls':\n  " + folder.resolve("polls/migrations/0001_initial.json") + "\n"
                + "    - Create model Question\n    - Create model Choice\n", out);
        String file = Files.readString(folder.resolve("polls/migrations/0001_initial.json"));
        assertTrue(file.contains("{\"name\": \"question\", \"column\": \"question_id\", \"type\": \"Long\","
                + " \"references\": \"polls.Question\"}"), file);
        assertTrue(file.startsWith("{\n  \"dependencies\": [],\n  \"operations\": ["), file);
    }

    @Test
    @DisplayName("makemigrations with nothing new says No changes detected in app 'polls'")
    void noChanges() {
        bench.make(bench.polls(V1.Question.class, V1.Choice.class));
        assertEquals("No changes detected in app 'polls'\n", bench.make(bench.polls(V1.Question.class, V1.Choice.class)));
    }

    @Test
    @DisplayName("an added field becomes 0002_question_author, depending on 0001_initial")
    void addedField() throws Exception {
        bench.make(bench.polls(V1.Question.class));
        String out = bench.make(bench.polls(V2.Question.class));
        assertEquals("Migrations for 'polls':\n  " + folder.resolve("polls/migrations/0002_question_author.json")
                + "\n    - Add field author to question\n", out);
        assertTrue(Files.readString(folder.resolve("polls/migrations/0002_question_author.json"))
                .contains("\"dependencies\": [\"polls.0001_initial\"]"));
    }

    @Test
    @DisplayName("a new non-null field without a default is refused with the two ways out")
    void nonNullableWithoutDefault() {
        bench.make(bench.polls(V1.Question.class));
        MigrationError e = assertThrows(MigrationError.class, () -> bench.make(bench.polls(NoDefault.Question.class)));
        assertEquals("You are trying to add a non-nullable field 'rank' to question without a default; we can't do"
                + " that (the database needs something to populate existing rows). Either give the field a default"
                + " (@Column(defaultValue = \"...\")), or make it nullable (@Column(nullable = true)), then run"
                + " makemigrations again.", e.getMessage());
        assertEquals(List.of("0001_initial"), MigrationSource.directory(folder).names("polls"));
    }

    @Test
    @DisplayName("a field with the same definition under a new name is a rename when the user says yes")
    void renameAskedAndAccepted() {
        bench.make(bench.polls(V1.Question.class));
        List<String> asked = new java.util.ArrayList<>();
        String out = Workbench.output(o -> bench.polls(Renamed.Question.class).makeMigrations(List.of("polls"), q -> {
            asked.add(q);
            return true;
        }, o));
        assertEquals(List.of("Did you rename question.questionText to question.title (a String(200))? [y/N]"), asked);
        assertTrue(out.endsWith("0002_rename_questiontext_question_title.json\n"
                + "    - Rename field questionText on question to title\n"), out);
    }

    @Test
    @DisplayName("without a yes, a renamed field counts as a new one, which then needs a default")
    void renameRefused() {
        bench.make(bench.polls(V1.Question.class));
        MigrationError e = assertThrows(MigrationError.class, () -> bench.make(bench.polls(Renamed.Question.class)));
        assertTrue(e.getMessage().startsWith("You are trying to add a non-nullable field 'title' to question"), e.getMessage());
    }

    @Test
    @DisplayName("makemigrations for an app the project does not have names the apps it has")
    void unknownApp() {
        MigrationError e = assertThrows(MigrationError.class, () -> bench.polls(V1.Question.class)
                .makeMigrations(List.of("poll"), Questioner.NO, System.out));
        assertEquals("App 'poll' could not be found; the project's apps are polls.", e.getMessage());
    }
}
