package org.mtvkit.orm.migrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtvkit.orm.migrations.Versions.V1;

/** A migration that fails half-way, and every kind of bad input: each a one-line error that says what to do. */
class FailuresTest {
    @TempDir
    Path folder;
    Workbench bench;
    Migrations polls;

    @BeforeEach
    void open() {
        bench = new Workbench(folder);
        polls = bench.polls(V1.Question.class);
        bench.make(polls);
    }

    @AfterEach
    void close() {
        bench.close();
    }

    private void write(String name, String json) throws Exception {
        Files.writeString(folder.resolve("polls/migrations/" + name + ".json"), json);
    }

    @Test
    @DisplayName("a migration that fails half-way leaves the schema and the record as they were")
    void failingMigrationLeavesNoTrace() throws Exception {
        bench.migrate(polls);
        write("0002_broken", "{\"dependencies\": [\"polls.0001_initial\"], \"operations\": [\n"
                + "  {\"op\": \"AddField\", \"model\": \"Question\", \"field\": {\"name\": \"author\", \"column\": \"author\","
                + " \"type\": \"String\", \"length\": 50, \"nullable\": true}},\n"
                + "  {\"op\": \"RunSQL\", \"sql\": [\"INSERT INTO \\\"nowhere\\\" VALUES (1)\"], \"reverseSql\": []}\n]}");
        MigrationError e = assertThrows(MigrationError.class, () -> bench.migrate(polls));
        assertTrue(e.getMessage().startsWith(TestDatabase.postgres()
                ? "Applying polls.0002_broken failed, and was rolled back whole (the database and mtv_migrations are as"
                + " they were): The database rejected a statement" : "Applying polls.0002_broken failed"), e.getMessage());
        assertTrue(TestDatabase.postgres() || e.getMessage().endsWith("This database cannot roll back DDL, so the 1 operation(s) that ran were undone by their"
                + " inverses; mtv_migrations is as it was."), e.getMessage());
        assertFalse(bench.hasColumn("question", "author"));
        assertEquals(List.of(List.of("polls", "0001_initial")), bench.recorded());
    }

    @Test
    @DisplayName("a dependency on a migration that does not exist is named with what the app has")
    void missingDependency() throws Exception {
        write("0002_next", "{\"dependencies\": [\"polls.0001_first\"], \"operations\": []}");
        MigrationError e = assertThrows(MigrationError.class, () -> bench.show(polls));
        assertEquals("Migration polls.0002_next (" + folder.resolve("polls/migrations/0002_next.json") + ") depends on"
                + " polls.0001_first, which does not exist (polls has 0001_initial, 0002_next). Restore the missing"
                + " file, or correct the dependency.", e.getMessage());
    }

    @Test
    @DisplayName("migrations that depend on each other in a cycle are listed in the cycle's order")
    void cycle() throws Exception {
        write("0001_initial", "{\"dependencies\": [\"polls.0002_next\"], \"operations\": []}");
        write("0002_next", "{\"dependencies\": [\"polls.0001_initial\"], \"operations\": []}");
        MigrationError e = assertThrows(MigrationError.class, () -> bench.show(polls));
        assertEquals("Migrations depend on each other in a cycle: polls.0001_initial -> polls.0002_next ->"
                + " polls.0001_initial. Remove one of these dependencies so that one migration can run first.", e.getMessage());
    }

    @Test
    @DisplayName("two leaf migrations in one app ask for a merge")
    void twoLeaves() throws Exception {
        write("0002_a", "{\"dependencies\": [\"polls.0001_initial\"], \"operations\": []}");
        write("0002_b", "{\"dependencies\": [\"polls.0001_initial\"], \"operations\": []}");
        MigrationError e = assertThrows(MigrationError.class, () -> bench.migrate(polls));
        assertEquals("Conflicting migrations detected; multiple leaf nodes in the migration graph: (0002_a, 0002_b in"
                + " polls). Django merges them with 'makemigrations --merge'; here, add the one as a dependency of the"
                + " other in its \"dependencies\".", e.getMessage());
    }

    @Test
    @DisplayName("a file that does not parse is named with its line and column")
    void doesNotParse() throws Exception {
        write("0002_bad", "{\n  \"dependencies\": [\"polls.0001_initial\"]\n  \"operations\": []\n}");
        MigrationError e = assertThrows(MigrationError.class, () -> bench.show(polls));
        assertEquals("Migration file " + folder.resolve("polls/migrations/0002_bad.json") + " does not parse at line 3,"
                + " column 3: expected ',' or '}' after a value in an object. Fix the file, or delete it and run"
                + " makemigrations again.", e.getMessage());
    }

    @Test
    @DisplayName("an operation that is not one names the operations there are")
    void unknownOperation() throws Exception {
        write("0002_bad", "{\"dependencies\": [], \"operations\": [{\"op\": \"AddColumn\"}]}");
        MigrationError e = assertThrows(MigrationError.class, () -> bench.show(polls));
        assertEquals("Migration file " + folder.resolve("polls/migrations/0002_bad.json") + ", operation 1 has \"op\":"
                + " \"AddColumn\", which is not an operation; use one of CreateModel, DeleteModel, AddField,"
                + " RemoveField, AlterField, RenameField, AddIndex, RemoveIndex, RunSQL.", e.getMessage());
    }

    @Test
    @DisplayName("an unknown target names the migrations the app has, and 'zero'")
    void unknownTarget() {
        MigrationError e = assertThrows(MigrationError.class, () -> bench.migrate(polls, "polls", "0007"));
        assertEquals("Cannot find a migration matching '0007' from app 'polls'; it has 0001_initial. Use one of those,"
                + " or 'zero'.", e.getMessage());
    }

    @Test
    @DisplayName("a RunSQL without reverse SQL cannot be migrated back, and says how to make it reversible")
    void irreversible() throws Exception {
        write("0002_data", "{\"dependencies\": [\"polls.0001_initial\"], \"operations\": [{\"op\": \"RunSQL\","
                + " \"sql\": [\"DELETE FROM \\\"question\\\"\"]}]}");
        bench.migrate(polls);
        MigrationError e = assertThrows(MigrationError.class, () -> bench.migrate(polls, "polls", "0001"));
        assertEquals("Migration polls.0002_data is not reversible: operation 1 (Raw SQL operation): A RunSQL operation"
                + " of app polls has no \"reverseSql\", so it cannot be undone. Add \"reverseSql\" (a list, [] if nothing"
                + " needs undoing) to the operation.", e.getMessage());
        assertEquals(2, bench.recorded().size());
    }

    @Test
    @DisplayName("the warnings for runserver and check: unapplied migrations, then model changes no migration holds")
    void warnings() {
        assertEquals(Optional.of("You have 1 unapplied migration(s). Your project may not work properly until you apply"
                + " the migrations for app(s): polls.\nRun 'migrate' to apply them."), polls.unappliedMigrations());
        bench.migrate(polls);
        assertEquals(Optional.empty(), polls.unappliedMigrations());
        assertEquals(Optional.empty(), polls.unmigratedChanges());
        assertEquals(Optional.of("Your models in app(s): 'polls' have changes that are not yet reflected in a migration,"
                + " and so won't be applied.\nRun 'makemigrations' to make new migrations, and then re-run 'migrate' to"
                + " apply them."), bench.polls(Versions.V2.Question.class).unmigratedChanges());
    }

    @Test
    @DisplayName("an operation on a model the migrations do not have says so, and where")
    void operationOnUnknownModel() throws Exception {
        write("0002_bad", "{\"dependencies\": [\"polls.0001_initial\"], \"operations\": [{\"op\": \"RemoveField\","
                + " \"model\": \"Poll\", \"name\": \"title\"}]}");
        MigrationError e = assertThrows(MigrationError.class, () -> bench.make(polls));
        assertEquals("Migration polls.0002_bad, operation 1: Cannot remove field title from poll: there is no model"
                + " polls.Poll at this point of the migrations (known: polls.Question). Check the migration's"
                + " dependencies.", e.getMessage());
    }

    @Test
    @DisplayName("an operation without a key it needs names the file, the operation and the key")
    void missingKey() throws Exception {
        write("0002_bad", "{\"dependencies\": [\"polls.0001_initial\"], \"operations\": [{\"op\": \"DeleteModel\"}]}");
        MigrationError e = assertThrows(MigrationError.class, () -> bench.show(polls));
        assertEquals("Migration file " + folder.resolve("polls/migrations/0002_bad.json") + ", operation 1 has no"
                + " \"name\"; it needs a string there.", e.getMessage());
    }

    @Test
    @DisplayName("a dependency not written app.name says how to write it")
    void badDependency() throws Exception {
        write("0002_bad", "{\"dependencies\": [\"0001_initial\"], \"operations\": []}");
        MigrationError e = assertThrows(MigrationError.class, () -> bench.show(polls));
        assertEquals("Migration file " + folder.resolve("polls/migrations/0002_bad.json") + " has the dependency"
                + " \"0001_initial\"; a dependency is written app.name, e.g. \"polls.0001_initial\".", e.getMessage());
    }

    @Test
    @DisplayName("a file not named like a migration is refused with the name to give it")
    void badFileName() throws Exception {
        write("initial", "{\"dependencies\": [], \"operations\": []}");
        MigrationError e = assertThrows(MigrationError.class, () -> bench.show(polls));
        assertEquals("Migration file " + folder.resolve("polls/migrations/initial.json") + " is not named like a"
                + " migration: rename it to four digits, '_' and a name (0002_question_author.json).", e.getMessage());
    }
}
