package org.mtvkit.orm.migrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtvkit.orm.SchemaAccess;

/**
 * Chapter 4b, exercise 1: the operation {@code RenameModel}, in a migration file written by hand (the
 * autodetector's question is not part of the exercise's tests). Runs on the suite's dialect: H2, and
 * PostgreSQL in the suite's second run when MTVKIT_POSTGRES_URL is set.
 */
@Tag("exercise")
@Tag("exercise-04b-rename-model")
@DisplayName("Exercise 04b-rename-model: RenameModel renames the model and its table, and back")
class RenameModelExerciseTest {
    @TempDir
    Path folder;
    Workbench bench;
    Migrations polls;

    private void write(String name, String dependencies, String... operations) throws Exception {
        Files.createDirectories(folder.resolve("polls/migrations"));
        Files.writeString(folder.resolve("polls/migrations/" + name + ".json"), "{\"dependencies\": [" + dependencies
                + "], \"operations\": [" + String.join(",", operations) + "]}");
    }

    @BeforeEach
    void open() throws Exception {
        write("0001_initial", "", "{\"op\": \"CreateModel\", \"name\": \"Question\", \"table\": \"question\", \"fields\": ["
                + "{\"name\": \"id\", \"column\": \"id\", \"type\": \"Long\", \"primaryKey\": true},"
                + "{\"name\": \"text\", \"column\": \"text\", \"type\": \"String\", \"length\": 200}]}");
        write("0002_rename_question_poll", "\"polls.0001_initial\"",
                "{\"op\": \"RenameModel\", \"oldName\": \"Question\", \"newName\": \"Poll\", \"table\": \"poll\"}");
        // names the model by its new name: only a state that RenameModel changed knows it
        write("0003_poll_votes", "\"polls.0002_rename_question_poll\"", "{\"op\": \"AddField\", \"model\": \"Poll\","
                + " \"field\": {\"name\": \"votes\", \"column\": \"votes\", \"type\": \"Integer\", \"default\": \"0\"}}");
        bench = new Workbench(folder);
        polls = bench.polls();
    }

    @AfterEach
    void close() {
        bench.close();
    }

    /** Runs one step of the test; the kit without RenameModel refuses the file, and the learner reads what to add. */
    private <T> T expectingRenameModel(Supplier<T> step) {
        try {
            return step.get();
        } catch (MigrationError e) {
            if (e.getMessage().contains("\"RenameModel\", which is not an operation")) {
                return fail("The kit has no RenameModel operation yet: add Operation.RenameModel(oldName, newName,"
                        + " table) with its apply, inverse and describe, read it from the JSON as \"RenameModel\","
                        + " and give it its SQL in SchemaEditor (" + e.getMessage() + ")");
            }
            throw e;
        }
    }

    private String sql(String name, boolean backwards) {
        return expectingRenameModel(() -> polls.sqlMigrate("polls", name, backwards))
                .replace("BEGIN;\n", "").replace("COMMIT;\n", "");
    }

    private static long count(Workbench bench, String table) {
        return ((Number) SchemaAccess.query(bench.db, "SELECT COUNT(*) FROM \"" + table + "\"", List.of()).get(0).get(0))
                .longValue();
    }

    @Test
    @DisplayName("sqlmigrate shows ALTER TABLE ... RENAME TO under Django's description of the operation")
    void sqlForwards() {
        assertEquals("--\n-- Rename model Question to Poll\n--\nALTER TABLE \"question\" RENAME TO \"poll\";\n",
                sql("0002", false), "RenameModel's describe() should read 'Rename model Question to Poll', as Django's,"
                        + " and its SQL should rename the old table to the new one");
    }

    @Test
    @DisplayName("backwards, sqlmigrate shows the inverse: the new table renamed to the old one")
    void sqlBackwards() {
        assertEquals("--\n-- Rename model Poll to Question\n--\nALTER TABLE \"poll\" RENAME TO \"question\";\n",
                sql("0002", true), "the inverse of RenameModel, from the state before, should rename the table back");
    }

    @Test
    @DisplayName("the state after it knows the model by its new name and table")
    void stateFollows() {
        assertEquals("--\n-- Add field votes to poll\n--\nALTER TABLE \"poll\" ADD COLUMN \"votes\" INTEGER DEFAULT 0 NOT NULL;\n",
                sql("0003", false), "after RenameModel, the state should hold polls.Poll with the table poll, and no"
                        + " polls.Question");
    }

    @Test
    @DisplayName("migrate runs it forwards and back, and the rows go with the table")
    void forwardsAndBack() {
        // the first migrate reads every file of the app, 0002 included
        expectingRenameModel(() -> bench.migrate(polls, "polls", "0001"));
        SchemaAccess.update(bench.db, "INSERT INTO \"question\" (\"text\") VALUES (?)", List.of("What's new?"));
        bench.migrate(polls);
        assertTrue(bench.hasColumn("poll", "votes"), "after migrate, the table poll should have the column votes");
        assertFalse(bench.hasColumn("question", "id"), "after migrate, the table question should be gone");
        assertEquals(1L, count(bench, "poll"), "renaming the table should keep its rows");

        bench.migrate(polls, "polls", "0001");
        assertTrue(bench.hasColumn("question", "text"), "back at 0001, the table should be question again");
        assertFalse(bench.hasColumn("poll", "id"), "back at 0001, the table poll should be gone");
        assertEquals(1L, count(bench, "question"), "renaming the table back should keep its rows");
        bench.migrate(polls, "polls", "zero");
        assertEquals(List.of(), bench.recorded());
    }
}
