package org.mtvkit.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file database, as the application uses: the schema is created once and the rows survive a restart. */
class FileDatabaseTest {
    @TempDir
    Path dir;

    private Database open() {
        Database db = Database.open("jdbc:h2:" + dir.resolve("polls").toAbsolutePath()).register(Question.class, Choice.class);
        db.createSchemaIfMissing();
        return db;
    }

    @Test
    @DisplayName("rows saved to a file database are there after closing and opening it again")
    void survivesRestart() {
        try (Database db = open()) {
            db.save(new Question("still here?", Polls.NOW));
        }
        try (Database db = open()) {
            assertEquals("still here?", db.objects(Question.class).get().questionText);
            assertEquals(2L, db.save(new Question("and the keys go on", Polls.NOW)).id);
        }
    }
}
