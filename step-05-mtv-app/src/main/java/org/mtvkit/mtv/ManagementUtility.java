package org.mtvkit.mtv;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.mtvkit.mtv.migrations.MigrationCommands;

/**
 * The command registry, Django's {@code ManagementUtility}: every management command by name, the kit's
 * own and the project's, and the one place that reads a command line and runs what it names.
 */
public final class ManagementUtility {

    private final Map<String, Command> commands = new TreeMap<>();

    // region: registry
    private ManagementUtility(Project project) {
        List<Command> all = new ArrayList<>(List.of(new RunServerCommand(), new LoadDataCommand(),
                new DumpDataCommand(), new FlushCommand(), new CheckCommand(), new ShellCommand(), new HelpCommand(this)));
        all.addAll(MigrationCommands.all(Project::appModels));  // makemigrations, sqlmigrate, migrate, showmigrations
        all.addAll(project.commands());
        for (Command command : all) {
            if (commands.putIfAbsent(command.name(), command) != null) {
                throw new IllegalStateException("two commands are named '" + command.name() + "': "
                        + commands.get(command.name()).getClass().getName() + " and " + command.getClass().getName());
            }
        }
    }

    /** The kit's commands and those the project registered with {@link Project.Builder#command}. */
    public static ManagementUtility of(Project project) {
        return new ManagementUtility(project);
    }
    // endregion

    /** The commands, by name. */
    public Map<String, Command> commands() {
        return java.util.Collections.unmodifiableMap(commands);
    }

    // region: execute
    /**
     * Runs the command the first word names, with the words after it.
     *
     * @throws CommandError for an unknown command (listing the known ones) and whatever the command refuses
     */
    public void execute(CommandContext context, List<String> argv) {
        if (argv.isEmpty()) {
            throw new CommandError("Name a command. " + available());
        }
        Command command = commands.get(argv.get(0).toLowerCase(Locale.ROOT));
        if (command == null) {
            throw new CommandError("Unknown command: '" + argv.get(0) + "'. " + available());
        }
        try {
            command.run(context, argv.subList(1, argv.size()));
        } catch (RuntimeException e) {
            throw databaseInUse(e, context.project().settings().databaseUrl())
                    .or(() -> tableMissing(e)).orElseThrow(() -> e);
        }
    }
    // endregion

    String available() {
        return "Available commands: " + String.join(", ", commands.keySet()) + " (help <command> tells more).";
    }

    /** H2 refuses a file another process has open (error 90020); a newcomer should read what to do, in one line. */
    private static java.util.Optional<CommandError> databaseInUse(RuntimeException e, String url) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == 90020) {
                return java.util.Optional.of(new CommandError("Another server is using the database "
                        + databaseFile(url) + ": stop it (CONTROL-C in its terminal), or set DATABASE_URL to another"
                        + " database.", e));
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * A command that reads a table {@code migrate} has not made yet (H2's 42102 and 42104, PostgreSQL's
     * SQLSTATE 42P01): say which step was skipped, as the tutorial's order is migrate first.
     */
    private static java.util.Optional<CommandError> tableMissing(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && (sql.getErrorCode() == 42102 || sql.getErrorCode() == 42104
                    || "42P01".equals(sql.getSQLState()))) {
                return java.util.Optional.of(new CommandError("The database has no tables for this yet ("
                        + sql.getMessage().lines().findFirst().orElse("").replaceFirst(";? *SQL statement:.*$", "")
                        + "). Run migrate first.", e));
            }
        }
        return java.util.Optional.empty();
    }

    /** {@code jdbc:h2:./data/polls;WRITE_DELAY=0} is the file {@code ./data/polls.mv.db}. */
    static String databaseFile(String url) {
        String path = url.replaceFirst("^jdbc:h2:(file:)?", "");
        int options = path.indexOf(';');
        return (options < 0 ? path : path.substring(0, options)) + ".mv.db";
    }
}
