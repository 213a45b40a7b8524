package org.mtvkit.orm.migrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtvkit.orm.SchemaAccess;
import org.mtvkit.orm.migrations.Versions.V1;
import org.mtvkit.orm.migrations.Versions.V2;
import org.mtvkit.orm.migrations.Versions.V3;

/** Each kind of field change through makemigrations, sqlmigrate, migrate and migrate back, on this run's dialect. */
class RoundTripTest {
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

    private String begin() {
        return TestDatabase.postgres() ? "BEGIN;\n" : "";
    }

    private String commit() {
        return TestDatabase.postgres() ? "COMMIT;\n" : "";
    }

    @Test
    @DisplayName("migrate applies 0001_initial and records it; showmigrations marks it [X]")
    void initial() {
        bench.make(bench.polls(V1.Question.class, V1.Choice.class));
        Migrations migrations = bench.polls(V1.Question.class, V1.Choice.class);
        assertEquals("polls\n [ ] 0001_initial\n", bench.show(migrations));
        assertEquals("Operations to perform:\n  Apply all migrations: polls\nRunning migrations:\n"
                + "  Applying polls.0001_initial... OK\n", bench.migrate(migrations));
        assertTrue(bench.hasColumn("choice", "question_id"));
        assertEquals(List.of(List.of("polls", "0001_initial")), bench.recorded());
        assertEquals("polls\n [X] 0001_initial\n", bench.show(migrations));
        assertEquals("Operations to perform:\n  Apply all migrations: polls\nRunning migrations:\n"
                + "  No migrations to apply.\n", bench.migrate(migrations));
    }

    @Test
    @DisplayName("an added field: sqlmigrate shows ADD COLUMN with its default, migrate adds it, migrate back drops it")
    void addedField() {
        bench.make(bench.polls(V1.Question.class));
        bench.migrate(bench.polls(V1.Question.class));
        Migrations v2 = bench.polls(V2.Question.class);
        bench.make(v2);
        assertEquals(begin() + "--\n-- Add field author to question\n--\n"
                + "ALTER TABLE \"question\" ADD COLUMN \"author\" VARCHAR(100) DEFAULT 'anonymous' NOT NULL;\n"
                + commit(), v2.sqlMigrate("polls", "0002", false));
        SchemaAccess.update(bench.db, "INSERT INTO \"question\" (\"question_text\", \"pub_date\") VALUES ('What?', CURRENT_TIMESTAMP)", List.of());
        assertEquals("Operations to perform:\n  Apply all migrations: polls\nRunning migrations:\n"
                + "  Applying polls.0002_question_author... OK\n", bench.migrate(v2));
        assertEquals("anonymous", SchemaAccess.query(bench.db, "SELECT \"author\" FROM \"question\"", List.of()).get(0).get(0));

        assertEquals("Operations to perform:\n  Target specific migration: 0001_initial, from polls\n"
                + "Running migrations:\n  Unapplying polls.0002_question_author... OK\n", bench.migrate(v2, "polls", "0001"));
        assertFalse(bench.hasColumn("question", "author"));
        assertEquals(List.of(List.of("polls", "0001_initial")), bench.recorded());
    }

    @Test
    @DisplayName("an altered field: sqlmigrate shows the dialect's type change and DROP NOT NULL, and back again")
    void alteredField() {
        bench.make(bench.polls(V1.Question.class));
        Migrations v2 = bench.polls(V2.Question.class);
        bench.make(v2);
        bench.migrate(v2);
        Migrations v3 = bench.polls(V3.Question.class);
        assertEquals("Migrations for 'polls':\n  " + folder.resolve("polls/migrations/0003_alter_question_author.json")
                + "\n    - Alter field author on question\n", bench.make(v3));
        String type = TestDatabase.postgres() ? "TYPE VARCHAR(300) USING \"author\"::VARCHAR(300)" : "SET DATA TYPE VARCHAR(300)";
        assertEquals(begin() + "--\n-- Alter field author on question\n--\n"
                + "ALTER TABLE \"question\" ALTER COLUMN \"author\" " + type + ";\n"
                + "ALTER TABLE \"question\" ALTER COLUMN \"author\" DROP DEFAULT;\n"
                + "ALTER TABLE \"question\" ALTER COLUMN \"author\" DROP NOT NULL;\n" + commit(),
                v3.sqlMigrate("polls", "0003", false));
        bench.migrate(v3);
        SchemaAccess.update(bench.db, "INSERT INTO \"question\" (\"question_text\", \"pub_date\", \"author\")"
                + " VALUES ('Long?', CURRENT_TIMESTAMP, ?)", List.of("x".repeat(300)));
        SchemaAccess.update(bench.db, "DELETE FROM \"question\"", List.of());

        String back = v3.sqlMigrate("polls", "0003", true);
        assertTrue(back.contains("ALTER TABLE \"question\" ALTER COLUMN \"author\" SET NOT NULL;\n"),
                "going back from 0003, sqlmigrate does not make author NOT NULL again; it printed:\n" + back);
        bench.migrate(v3, "polls", "0002");
        assertEquals(List.of(List.of("polls", "0001_initial"), List.of("polls", "0002_question_author")), bench.recorded());
        SchemaAccess.update(bench.db, "INSERT INTO \"question\" (\"question_text\", \"pub_date\") VALUES ('Default?', CURRENT_TIMESTAMP)", List.of());
        assertEquals("anonymous", SchemaAccess.query(bench.db, "SELECT \"author\" FROM \"question\"", List.of()).get(0).get(0));
    }

    @Test
    @DisplayName("a removed field: sqlmigrate shows DROP COLUMN, migrate drops it, migrate back brings the column back")
    void removedField() {
        bench.make(bench.polls(V1.Question.class));
        Migrations v2 = bench.polls(V2.Question.class);
        bench.make(v2);
        bench.migrate(v2);
        Migrations v1 = bench.polls(V1.Question.class);
        assertEquals("Migrations for 'polls':\n  " + folder.resolve("polls/migrations/0003_remove_question_author.json")
                + "\n    - Remove field author from question\n", bench.make(v1));
        assertEquals(begin() + "--\n-- Remove field author from question\n--\n"
                + "ALTER TABLE \"question\" DROP COLUMN \"author\";\n" + commit(), v1.sqlMigrate("polls", "0003", false));
        bench.migrate(v1);
        assertFalse(bench.hasColumn("question", "author"));
        assertEquals("Operations to perform:\n  Target specific migration: 0002_question_author, from polls\n"
                + "Running migrations:\n  Unapplying polls.0003_remove_question_author... OK\n",
                bench.migrate(v1, "polls", "0002_question_author"));
        assertTrue(bench.hasColumn("question", "author"));
    }

    @Test
    @DisplayName("migrate polls zero unapplies everything, children first, and empties the record")
    void zero() {
        bench.make(bench.polls(V1.Question.class));
        Migrations v2 = bench.polls(V2.Question.class);
        bench.make(v2);
        bench.migrate(v2);
        assertEquals("Operations to perform:\n  Unapply all migrations: polls\nRunning migrations:\n"
                + "  Unapplying polls.0002_question_author... OK\n  Unapplying polls.0001_initial... OK\n",
                bench.migrate(v2, "polls", "zero"));
        assertFalse(bench.hasColumn("question", "id"));
        assertEquals(List.of(), bench.recorded());
    }

    @Test
    @DisplayName("sqlmigrate of the initial migration prints CREATE TABLE with named constraints")
    void sqlOfInitial() {
        bench.make(bench.polls(V1.Question.class, V1.Choice.class));
        String sql = bench.polls(V1.Question.class, V1.Choice.class).sqlMigrate("polls", "0001_initial", false);
        assertTrue(sql.contains("\"question_id\" BIGINT NOT NULL CONSTRAINT \"choice_question_id_fk\" REFERENCES"
                + " \"question\" (\"id\")"), sql);
        assertTrue(sql.startsWith(begin() + "--\n-- Create model Question\n--\nCREATE TABLE \"question\" (\n"), sql);
    }

    @Test
    @DisplayName("a model added and then deleted: 0002_choice creates its table, 0003_delete_choice drops it, and back")
    void modelAddedAndDeleted() {
        bench.make(bench.polls(V1.Question.class));
        Migrations both = bench.polls(V1.Question.class, V1.Choice.class);
        assertEquals("Migrations for 'polls':\n  " + folder.resolve("polls/migrations/0002_choice.json")
                + "\n    - Create model Choice\n", bench.make(both));
        bench.migrate(both);
        assertTrue(bench.hasColumn("choice", "question_id"));
        Migrations one = bench.polls(V1.Question.class);
        assertEquals("Migrations for 'polls':\n  " + folder.resolve("polls/migrations/0003_delete_choice.json")
                + "\n    - Delete model Choice\n", bench.make(one));
        assertEquals(begin() + "--\n-- Delete model Choice\n--\nDROP TABLE \"choice\";\n" + commit(),
                one.sqlMigrate("polls", "0003", false));
        bench.migrate(one);
        assertFalse(bench.hasColumn("choice", "id"));
        bench.migrate(one, "polls", "0002");
        assertTrue(bench.hasColumn("choice", "question_id"), "the table is back, with its foreign key column");
    }

    @Test
    @DisplayName("migrate with nothing to apply warns when the models have changes no migration holds")
    void migrateWarnsAboutUnmigratedChanges() {
        bench.make(bench.polls(V1.Question.class));
        bench.migrate(bench.polls(V1.Question.class));
        assertEquals("Operations to perform:\n  Apply all migrations: polls\nRunning migrations:\n"
                + "  No migrations to apply.\n  Your models in app(s): 'polls' have changes that are not yet reflected"
                + " in a migration, and so won't be applied.\n  Run 'makemigrations' to make new migrations, and then"
                + " re-run 'migrate' to apply them.\n", bench.migrate(bench.polls(V2.Question.class)));
    }
}
