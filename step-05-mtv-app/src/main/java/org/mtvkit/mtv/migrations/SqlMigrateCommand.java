package org.mtvkit.mtv.migrations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.mtvkit.mtv.Command;
import org.mtvkit.mtv.CommandContext;
import org.mtvkit.mtv.CommandError;
import org.mtvkit.mtv.Project;

/** {@code sqlmigrate app migration [--backwards]}: prints the SQL of one migration for this database, without running it. */
public final class SqlMigrateCommand implements Command {
    private final Function<Project, Map<String, List<Class<?>>>> apps;

    public SqlMigrateCommand(Function<Project, Map<String, List<Class<?>>>> apps) {
        this.apps = apps;
    }

    @Override
    public String name() {
        return "sqlmigrate";
    }

    @Override
    public String help() {
        return "Prints the SQL of a migration: sqlmigrate <app> <migration> [--backwards]";
    }

    @Override
    public void run(CommandContext context, List<String> args) {
        List<String> words = new ArrayList<>(args);
        boolean backwards = words.remove("--backwards");
        if (words.size() != 2) {
            throw new CommandError("sqlmigrate needs an app and a migration, e.g. sqlmigrate polls 0001 (got "
                    + (args.isEmpty() ? "nothing" : String.join(" ", args)) + ").");
        }
        context.out().print(MigrationCommands.call(() -> MigrationCommands.migrations(context, apps)
                .sqlMigrate(words.get(0), words.get(1), backwards)));
    }
}
