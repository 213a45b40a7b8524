package org.mtvkit.mtv.migrations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.mtvkit.mtv.CommandContext;
import org.mtvkit.mtv.CommandError;
import org.mtvkit.mtv.Project;
import org.mtvkit.orm.migrations.MigrationError;
import org.mtvkit.orm.migrations.MigrationSource;
import org.mtvkit.orm.migrations.Migrations;
import org.mtvkit.orm.migrations.Questioner;

/**
 * What the four migration commands share: where the migration files are, and the project's apps.
 *
 * <p>Files are read from the classpath ({@code polls/migrations/0001_initial.json}), as a built
 * application finds them, unless {@code MIGRATIONS_DIR} names a source folder holding
 * {@code <app>/migrations/}; makemigrations writes there, by default into {@code src/main/resources}.
 */
public final class MigrationCommands {
    /** The environment variable naming the folder that holds each app's {@code migrations/}. */
    public static final String MIGRATIONS_DIR = "MIGRATIONS_DIR";
    static final String DEFAULT_DIR = "src/main/resources";

    private MigrationCommands() {
    }

    /** The four commands, for the project's command registry; {@code apps} gives each app label's models, in order. */
    public static List<org.mtvkit.mtv.Command> all(Function<Project, Map<String, List<Class<?>>>> apps) {
        return List.of(new MakeMigrationsCommand(apps), new SqlMigrateCommand(apps), new MigrateCommand(apps),
                new ShowMigrationsCommand(apps));
    }

    // region: warnings
    /**
     * The warnings runserver and check print before they start, as Django's do: migrations not yet
     * applied, and model changes no migration holds. Empty when the database and the files are up to date.
     */
    public static List<String> warnings(Project project, Map<String, List<Class<?>>> apps, Map<String, String> environment) {
        Migrations migrations = Migrations.of(project.database(), apps, source(environment));
        List<String> warnings = new ArrayList<>();
        try {
            migrations.unappliedMigrations().ifPresent(warnings::add);
            migrations.unmigratedChanges().ifPresent(warnings::add);
        } catch (MigrationError e) {
            warnings.add(e.getMessage());
        }
        return warnings;
    }
    // endregion

    static Migrations migrations(CommandContext context, Function<Project, Map<String, List<Class<?>>>> apps) {
        return Migrations.of(context.project().database(), apps.apply(context.project()), source(context.environment()));
    }

    static MigrationSource source(Map<String, String> environment) {
        String dir = environment.get(MIGRATIONS_DIR);
        return dir == null || dir.isBlank() ? MigrationSource.classpath(MigrationCommands.class.getClassLoader())
                : MigrationSource.directory(Path.of(dir));
    }

    /** Where makemigrations writes: {@code MIGRATIONS_DIR}, or {@code src/main/resources} when that folder exists. */
    static Migrations writable(CommandContext context, Function<Project, Map<String, List<Class<?>>>> apps) {
        String dir = context.environment().getOrDefault(MIGRATIONS_DIR, DEFAULT_DIR);
        Path folder = Path.of(dir);
        if (!Files.isDirectory(folder)) {
            throw new CommandError("makemigrations writes into " + folder.toAbsolutePath() + ", which is not a folder."
                    + " Run it from the project's module folder, or set " + MIGRATIONS_DIR + " to the resources folder"
                    + " (MIGRATIONS_DIR=step-05-mtv-app/src/main/resources).");
        }
        return Migrations.of(context.project().database(), apps.apply(context.project()), MigrationSource.directory(folder));
    }

    /** Django's interactive questioner: the question on the output, y or yes on the input means yes. */
    static Questioner questioner(CommandContext context) {
        return question -> {
            context.out().print(question + " ");
            context.out().flush();
            try {
                String answer = context.in() == null ? null : context.in().readLine();
                return answer != null && (answer.trim().equalsIgnoreCase("y") || answer.trim().equalsIgnoreCase("yes"));
            } catch (IOException e) {
                return false;
            }
        };
    }

    /** Runs the migrations' work, turning its errors into the command's one-line error. */
    static void run(Runnable work) {
        try {
            work.run();
        } catch (MigrationError e) {
            throw new CommandError(e.getMessage(), e);
        }
    }

    static <T> T call(Supplier<T> work) {
        try {
            return work.get();
        } catch (MigrationError e) {
            throw new CommandError(e.getMessage(), e);
        }
    }

    static Optional<String> arg(List<String> args, int index) {
        return args.size() > index ? Optional.of(args.get(index)) : Optional.empty();
    }
}
