package org.mtvkit.mtv.migrations;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.mtvkit.mtv.Command;
import org.mtvkit.mtv.CommandContext;
import org.mtvkit.mtv.CommandError;
import org.mtvkit.mtv.Project;

/**
 * {@code migrate [app] [migration|zero] [--fake-initial]}: applies the pending migrations, or unapplies
 * back to a target. {@code --fake-initial} adopts tables made before the app had migrations.
 */
public final class MigrateCommand implements Command {
    private final Function<Project, Map<String, List<Class<?>>>> apps;

    public MigrateCommand(Function<Project, Map<String, List<Class<?>>>> apps) {
        this.apps = apps;
    }

    @Override
    public String name() {
        return "migrate";
    }

    @Override
    public String help() {
        return "Brings the database to the migrations: migrate [app] [migration|zero] [--fake-initial]";
    }

    @Override
    public void run(CommandContext context, List<String> words) {
        List<String> args = new java.util.ArrayList<>(words);
        boolean fakeInitial = args.remove("--fake-initial");
        if (args.size() > 2) {
            throw new CommandError("migrate takes at most an app and a target, e.g. migrate polls 0001 (got "
                    + String.join(" ", args) + ").");
        }
        MigrationCommands.run(() -> MigrationCommands.migrations(context, apps)
                .migrate(MigrationCommands.arg(args, 0), MigrationCommands.arg(args, 1), fakeInitial, context.out()));
    }
}
