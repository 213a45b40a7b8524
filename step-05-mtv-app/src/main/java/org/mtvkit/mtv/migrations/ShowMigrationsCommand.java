package org.mtvkit.mtv.migrations;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.mtvkit.mtv.Command;
import org.mtvkit.mtv.CommandContext;
import org.mtvkit.mtv.Project;

/** {@code showmigrations [app ...]}: each migration, {@code [X]} when applied. */
public final class ShowMigrationsCommand implements Command {
    private final Function<Project, Map<String, List<Class<?>>>> apps;

    public ShowMigrationsCommand(Function<Project, Map<String, List<Class<?>>>> apps) {
        this.apps = apps;
    }

    @Override
    public String name() {
        return "showmigrations";
    }

    @Override
    public String help() {
        return "Lists the migrations and whether each is applied: showmigrations [app ...]";
    }

    @Override
    public void run(CommandContext context, List<String> args) {
        MigrationCommands.run(() -> MigrationCommands.migrations(context, apps).showMigrations(args, context.out()));
    }
}
