package org.mtvkit.mtv;

import java.util.List;

/** {@code loaddata <fixture>...}: saves the objects of Django-format JSON fixtures, each file in one transaction. */
final class LoadDataCommand implements Command {

    @Override
    public String name() {
        return "loaddata";
    }

    @Override
    public String help() {
        return "Loads Django-format JSON fixtures (files, or resources on the class path): loaddata <fixture>...";
    }

    @Override
    public void run(CommandContext context, List<String> args) {
        if (args.isEmpty()) {
            throw new CommandError("loaddata needs the fixture file to load: loaddata <file>");
        }
        context.project().migrate();
        int count = 0;
        for (String fixture : args) {
            count += context.project().loadData(fixture);
        }
        context.out().println("Installed " + count + " object(s) from " + args.size() + " fixture(s)");
    }
}
