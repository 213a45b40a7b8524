package org.mtvkit.mtv;

import java.util.List;

/** {@code help [command]}: lists the commands with their help text, or tells one command's. */
final class HelpCommand implements Command {

    private final ManagementUtility registry;

    HelpCommand(ManagementUtility registry) {
        this.registry = registry;
    }

    @Override
    public String name() {
        return "help";
    }

    @Override
    public String help() {
        return "Lists the commands, or tells what one does: help [command]";
    }

    @Override
    public void run(CommandContext context, List<String> args) {
        if (args.size() == 1) {
            Command command = registry.commands().get(args.get(0));
            if (command == null) {
                throw new CommandError("Unknown command: '" + args.get(0) + "'. " + registry.available());
            }
            context.out().println(command.name() + ": " + command.help());
            return;
        }
        context.out().println("Type 'help <command>' for help on a specific command.\n\nAvailable commands:");
        int width = registry.commands().keySet().stream().mapToInt(String::length).max().orElse(0);
        registry.commands().values().forEach(c ->
                context.out().println("  " + c.name() + " ".repeat(width - c.name().length() + 2) + c.help()));
    }
}
