package org.mtvkit.mtv;

import java.util.List;

/** {@code migrate}: creates the tables of every model that do not exist yet; existing ones are left alone. */
final class MigrateCommand implements Command {

    @Override
    public String name() {
        return "migrate";
    }

    @Override
    public String help() {
        return "Creates the tables of every model that has none yet (existing tables are left as they are).";
    }

    @Override
    public void run(CommandContext context, List<String> args) {
        if (!args.isEmpty()) {
            throw new CommandError("migrate takes no arguments, got " + args);
        }
        context.project().migrate();
        context.out().println("Tables are in place for " + String.join(", ", context.project().models().keySet()) + ".");
    }
}
