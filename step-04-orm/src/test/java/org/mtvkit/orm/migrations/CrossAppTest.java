package org.mtvkit.orm.migrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtvkit.orm.migrations.Versions.CrossApp;

class CrossAppTest {
    @TempDir
    Path folder;

    @Test
    @DisplayName("a foreign key to another app's model makes a dependency on that app, and migrate polls runs it first")
    void dependencyOnAnotherApp() throws Exception {
        try (Workbench bench = new Workbench(folder)) {
            Map<String, List<Class<?>>> apps = new LinkedHashMap<>();
            apps.put("polls", List.of(CrossApp.Question.class));
            apps.put("library", List.of(CrossApp.Author.class));
            Migrations migrations = Migrations.of(bench.db, apps, MigrationSource.directory(folder));
            Workbench.output(out -> migrations.makeMigrations(List.of(), Questioner.NO, out));
            assertTrue(Files.readString(folder.resolve("polls/migrations/0001_initial.json"))
                    .contains("\"dependencies\": [\"library.0001_initial\"]"));
            assertEquals("Operations to perform:\n  Apply all migrations: polls\nRunning migrations:\n"
                    + "  Applying library.0001_initial... OK\n  Applying polls.0001_initial... OK\n",
                    Workbench.output(out -> migrations.migrate(java.util.Optional.of("polls"), java.util.Optional.empty(), out)));
            assertEquals("polls\n [X] 0001_initial\nlibrary\n [X] 0001_initial\n",
                    Workbench.output(out -> migrations.showMigrations(List.of(), out)));
        }
    }

    @Test
    @DisplayName("an app whose migration another app depends on is still listed, and migrated, by a plain migrate")
    void dependedOnAppIsStillALeaf() throws Exception {
        try (Workbench bench = new Workbench(folder)) {
            Map<String, List<Class<?>>> apps = new LinkedHashMap<>();
            apps.put("polls", List.of(CrossApp.Question.class));
            apps.put("library", List.of(CrossApp.Author.class));
            Migrations migrations = Migrations.of(bench.db, apps, MigrationSource.directory(folder));
            Workbench.output(out -> migrations.makeMigrations(List.of(), Questioner.NO, out));
            assertEquals("Operations to perform:\n  Apply all migrations: library, polls\nRunning migrations:\n"
                    + "  Applying library.0001_initial... OK\n  Applying polls.0001_initial... OK\n",
                    Workbench.output(out -> migrations.migrate(java.util.Optional.empty(), java.util.Optional.empty(), out)));
        }
    }
}
