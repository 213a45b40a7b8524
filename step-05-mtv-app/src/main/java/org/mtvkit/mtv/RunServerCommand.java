package org.mtvkit.mtv;

import java.util.List;
import org.mtvkit.http.WebServer;
import org.mtvkit.mtv.migrations.MigrationCommands;

/**
 * {@code runserver}: checks the project, applies its migrations (and creates the tables of apps that have none), loads the project's initial data into
 * an empty database, and serves until the process stops.
 */
final class RunServerCommand implements Command {

    @Override
    public String name() {
        return "runserver";
    }

    @Override
    public String help() {
        return "Checks the project, creates missing tables, loads the initial data into an empty database, and serves"
                + " on PORT (default 8000).";
    }

    // region: runserver
    @Override
    public void run(CommandContext context, List<String> args) {
        if (!args.isEmpty()) {
            throw new CommandError("runserver takes no arguments (the port is the PORT setting), got " + args);
        }
        Project project = context.project();
        CheckCommand.failOnProblems(project);           // a template typo stops the start, not the tenth request
        project.migrate();
        MigrationCommands.warnings(project, project.appModels(), context.environment()).forEach(context.out()::println);
        project.initialData().ifPresent(fixture -> {
            if (project.models().values().stream().allMatch(model -> project.database().objects(model).count() == 0)) {
                int loaded = project.loadData(fixture);
                context.out().println("The database was empty: loaded " + loaded + " objects from " + fixture + ".");
            }
        });
        WebServer server = project.serve("127.0.0.1");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {   // CONTROL-C: finish the requests, close the files
            server.stop();
            project.database().close();
        }));
        context.out().println("Starting development server at http://127.0.0.1:" + server.port() + "/"
                + (project.settings().debug() ? " (DEBUG on)" : "") + "\nQuit the server with CONTROL-C.");
        try {
            server.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
    // endregion
}
