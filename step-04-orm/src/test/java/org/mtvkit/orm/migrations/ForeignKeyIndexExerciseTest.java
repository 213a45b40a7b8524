package org.mtvkit.orm.migrations;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtvkit.orm.OrmException;
import org.mtvkit.orm.SchemaAccess;
import org.mtvkit.orm.migrations.Versions.V1;

/**
 * Chapter 4b, exercise 2: an index on every foreign key, as Django creates one, named
 * {@code <table>_<column>_idx} as the kit names its constraints. Runs on the suite's dialect: H2, and
 * PostgreSQL in the suite's second run when MTVKIT_POSTGRES_URL is set.
 */
@Tag("exercise")
@Tag("exercise-04b-fk-index")
@DisplayName("Exercise 04b-fk-index: every foreign key gets an index, in CreateModel and in AddField")
class ForeignKeyIndexExerciseTest {
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

    private void write(String name, String dependencies, String... operations) throws Exception {
        Files.createDirectories(folder.resolve("polls/migrations"));
        Files.writeString(folder.resolve("polls/migrations/" + name + ".json"), "{\"dependencies\": [" + dependencies
                + "], \"operations\": [" + String.join(",", operations) + "]}");
    }

    /** Two models, then a foreign key added to one of them. */
    private Migrations addedForeignKey() throws Exception {
        write("0001_initial", "",
                "{\"op\": \"CreateModel\", \"name\": \"Author\", \"table\": \"author\", \"fields\": ["
                        + "{\"name\": \"id\", \"column\": \"id\", \"type\": \"Long\", \"primaryKey\": true}]}",
                "{\"op\": \"CreateModel\", \"name\": \"Question\", \"table\": \"question\", \"fields\": ["
                        + "{\"name\": \"id\", \"column\": \"id\", \"type\": \"Long\", \"primaryKey\": true}]}");
        write("0002_question_author", "\"polls.0001_initial\"", "{\"op\": \"AddField\", \"model\": \"Question\","
                + " \"field\": {\"name\": \"author\", \"column\": \"author_id\", \"type\": \"Long\", \"nullable\": true,"
                + " \"references\": \"polls.Author\"}}");
        return bench.polls();
    }

    private void dropIndex(String name) {
        SchemaAccess.update(bench.db, "DROP INDEX " + bench.db.dialect().quote(name), List.of());
    }

    @Test
    @DisplayName("sqlmigrate of a CreateModel with a foreign key shows CREATE INDEX right after its table")
    void createModel() {
        bench.make(bench.polls(V1.Question.class, V1.Choice.class));
        String sql = bench.polls(V1.Question.class, V1.Choice.class).sqlMigrate("polls", "0001", false);
        assertTrue(sql.contains("    \"votes\" INTEGER NOT NULL\n);\n"
                        + "CREATE INDEX \"choice_question_id_idx\" ON \"choice\" (\"question_id\");\n"),
                "CreateModel of Choice should write, right after CREATE TABLE \"choice\", the statement"
                        + " CREATE INDEX \"choice_question_id_idx\" ON \"choice\" (\"question_id\"); sqlmigrate printed:\n" + sql);
    }

    @Test
    @DisplayName("sqlmigrate of an AddField of a foreign key shows CREATE INDEX right after ADD COLUMN")
    void addField() throws Exception {
        String sql = addedForeignKey().sqlMigrate("polls", "0002", false).replace("BEGIN;\n", "").replace("COMMIT;\n", "");
        assertTrue(sql.endsWith(" REFERENCES \"author\" (\"id\");\n"
                        + "CREATE INDEX \"question_author_id_idx\" ON \"question\" (\"author_id\");\n"),
                "AddField of a foreign key should write, after its ADD COLUMN, the statement"
                        + " CREATE INDEX \"question_author_id_idx\" ON \"question\" (\"author_id\"); sqlmigrate printed:\n" + sql);
    }

    @Test
    @DisplayName("migrate creates the index in the database")
    void inTheDatabase() throws Exception {
        Migrations polls = addedForeignKey();
        bench.migrate(polls);
        assertDoesNotThrow(() -> dropIndex("question_author_id_idx"),
                "after migrate, the database should have an index question_author_id_idx to drop");
    }

    @Test
    @DisplayName("going back drops the column and its index with it, and migrating again creates both")
    void droppingTheColumn() throws Exception {
        Migrations polls = addedForeignKey();
        bench.migrate(polls);
        bench.migrate(polls, "polls", "0001");
        assertThrows(OrmException.class, () -> dropIndex("question_author_id_idx"),
                "back at 0001, the index question_author_id_idx should be gone with its column");
        bench.migrate(polls);
        assertDoesNotThrow(() -> dropIndex("question_author_id_idx"),
                "migrating forwards again should create the index again");
    }
}
