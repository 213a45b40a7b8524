package org.mtvkit.orm.migrations;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.mtvkit.orm.Database;
import org.mtvkit.orm.OrmException;
import org.mtvkit.orm.SchemaAccess;

/** One test's project: a fresh database, a migrations folder in a temporary directory, and the commands' output as text. */
final class Workbench implements AutoCloseable {
    final Database db = TestDatabase.fresh().register(Versions.V1.Question.class, Versions.V1.Choice.class,
            Versions.V2.Question.class, Versions.V3.Question.class, Versions.NoDefault.Question.class,
            Versions.Renamed.Question.class, Versions.CrossApp.Author.class, Versions.CrossApp.Question.class);
    final Path folder;

    Workbench(Path folder) {
        this.folder = folder;
    }

    Migrations polls(Class<?>... models) {
        return Migrations.of(db, Map.of("polls", List.of(models)), MigrationSource.directory(folder));
    }

    static String output(Consumer<PrintStream> command) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        command.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    String make(Migrations migrations) {
        return output(out -> migrations.makeMigrations(List.of("polls"), Questioner.NO, out));
    }

    String migrate(Migrations migrations, String... appAndTarget) {
        return output(out -> migrations.migrate(appAndTarget.length > 0 ? Optional.of(appAndTarget[0]) : Optional.empty(),
                appAndTarget.length > 1 ? Optional.of(appAndTarget[1]) : Optional.empty(), out));
    }

    String show(Migrations migrations) {
        return output(out -> migrations.showMigrations(List.of(), out));
    }

    /** Whether the table has the column: a query naming it works or fails. */
    boolean hasColumn(String table, String column) {
        try {
            SchemaAccess.query(db, "SELECT " + db.dialect().quote(column) + " FROM " + db.dialect().quote(table), List.of());
            return true;
        } catch (OrmException e) {
            return false;
        }
    }

    List<List<Object>> recorded() {
        return SchemaAccess.query(db, "SELECT \"app\", \"name\" FROM \"mtv_migrations\" ORDER BY \"id\"", List.of());
    }

    @Override
    public void close() {
        db.close();
    }
}
