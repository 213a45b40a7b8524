package org.mtvkit.orm.migrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtvkit.orm.OrmException;
import org.mtvkit.orm.SchemaAccess;

/**
 * The operations the autodetector does not write, in a file written by hand: an index, a unique index,
 * a unique field renamed to a new column, its constraint dropped; forwards, then all the way back.
 */
class HandWrittenOperationsTest {
    @TempDir
    Path folder;

    private static final String TAG = "{\"op\": \"CreateModel\", \"name\": \"Tag\", \"table\": \"tag\", \"fields\": ["
            + "{\"name\": \"id\", \"column\": \"id\", \"type\": \"Long\", \"primaryKey\": true},"
            + "{\"name\": \"slug\", \"column\": \"slug\", \"type\": \"String\", \"length\": 50, \"unique\": true},"
            + "{\"name\": \"rank\", \"column\": \"rank\", \"type\": \"Integer\", \"default\": \"0\"}]}";

    private void write(String name, String dependencies, String... operations) throws Exception {
        Files.createDirectories(folder.resolve("polls/migrations"));
        Files.writeString(folder.resolve("polls/migrations/" + name + ".json"), "{\"dependencies\": [" + dependencies
                + "], \"operations\": [" + String.join(",", operations) + "]}");
    }

    private static void insert(Workbench bench, String column, String slug) {
        SchemaAccess.update(bench.db, "INSERT INTO \"tag\" (\"" + column + "\") VALUES (?)", List.of(slug));
    }

    @Test
    @DisplayName("indexes, unique constraints and a renamed column run forwards and back on this dialect")
    void forwardsAndBack() throws Exception {
        write("0001_initial", "", TAG,
                "{\"op\": \"AddIndex\", \"model\": \"Tag\", \"index\": {\"name\": \"tag_rank_idx\", \"fields\": [\"rank\"]}}",
                "{\"op\": \"AddIndex\", \"model\": \"Tag\", \"index\": {\"name\": \"tag_slug_rank_uniq\","
                        + " \"fields\": [\"slug\", \"rank\"], \"unique\": true}}");
        write("0002_rename", "\"polls.0001_initial\"",
                "{\"op\": \"RenameField\", \"model\": \"Tag\", \"oldName\": \"slug\", \"newName\": \"label\", \"column\": \"label\"}");
        write("0003_not_unique", "\"polls.0002_rename\"",
                "{\"op\": \"AlterField\", \"model\": \"Tag\", \"field\": {\"name\": \"label\", \"column\": \"label\","
                        + " \"type\": \"String\", \"length\": 50}}",
                "{\"op\": \"RemoveIndex\", \"model\": \"Tag\", \"name\": \"tag_slug_rank_uniq\"}");
        try (Workbench bench = new Workbench(folder)) {
            Migrations polls = bench.polls();
            assertEquals("--\n-- Rename field slug on tag to label\n--\n"
                    + "ALTER TABLE \"tag\" RENAME COLUMN \"slug\" TO \"label\";\n"
                    + "ALTER TABLE \"tag\" RENAME CONSTRAINT \"tag_slug_uniq\" TO \"tag_label_uniq\";\n",
                    polls.sqlMigrate("polls", "0002", false).replace("BEGIN;\n", "").replace("COMMIT;\n", ""));
            bench.migrate(polls, "polls", "0002");
            insert(bench, "label", "java");
            assertThrows(OrmException.class, () -> insert(bench, "label", "java"), "the renamed constraint still holds");
            bench.migrate(polls);
            insert(bench, "label", "java");
            assertEquals(2L, ((Number) SchemaAccess.query(bench.db, "SELECT COUNT(*) FROM \"tag\"", List.of())
                    .get(0).get(0)).longValue(), "neither unique constraint is left");

            SchemaAccess.update(bench.db, "DELETE FROM \"tag\"", List.of());
            bench.migrate(polls, "polls", "0001");
            assertTrue(bench.hasColumn("tag", "slug"));
            insert(bench, "slug", "java");
            assertThrows(OrmException.class, () -> insert(bench, "slug", "java"), "the constraint is back");
            bench.migrate(polls, "polls", "zero");
            assertFalse(bench.hasColumn("tag", "id"));
            assertEquals(List.of(), bench.recorded());
        }
    }
}
