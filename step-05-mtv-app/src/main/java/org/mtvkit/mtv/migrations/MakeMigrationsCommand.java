package org.mtvkit.mtv.migrations;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.mtvkit.mtv.Command;
import org.mtvkit.mtv.CommandContext;
import org.mtvkit.mtv.Project;

/** {@code makemigrations [app ...]}: writes the next migration of each app whose models changed. */
public final class MakeMigrationsCommand implements Command {
    private final Function<Project, Map<String, List<Class<?>>>> apps;

    public MakeMigrationsCommand(Function<Project, Map<String, List<Class<?>>>> apps) {
        this.apps = apps;
    }

    @Override
    public String name() {
        return "makemigrations";
    }

    @Override
    public String help() {
        return "Creates new migrations from the changes to the models: makemigrations [app ...]";
    }

    @Override
    public void run(CommandContext context, List<String> args) {
        MigrationCommands.run(() -> MigrationCommands.writable(context, apps)
                .makeMigrations(args, MigrationCommands.questioner(context), context.out()));
    }
}
