package org.mtvkit.orm.migrations;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.mtvkit.orm.Database;

/**
 * The four management commands of Django's tutorial part 2, over one database, the project's apps
 * with their models (by app label, in order), and the place the migration files live.
 *
 * <pre>{@code
 * Migrations migrations = Migrations.of(db, Map.of("polls", List.of(Question.class, Choice.class)),
 *         MigrationSource.directory(Path.of("src/main/resources")));
 * migrations.makeMigrations(List.of("polls"), Questioner.NO, System.out);
 * migrations.migrate(Optional.empty(), Optional.empty(), System.out);
 * }</pre>
 */
public final class Migrations {
    private final Database database;
    private final Map<String, List<Class<?>>> apps;
    private final MigrationSource source;
    private final Clock clock;

    private Migrations(Database database, Map<String, List<Class<?>>> apps, MigrationSource source, Clock clock) {
        this.database = database;
        this.apps = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(apps));
        this.source = source;
        this.clock = clock;
    }

    public static Migrations of(Database database, Map<String, List<Class<?>>> apps, MigrationSource source) {
        return new Migrations(database, apps, source, Clock.systemUTC());
    }

    /** As {@link #of}, with the clock that names {@code auto_...} migrations. */
    public static Migrations of(Database database, Map<String, List<Class<?>>> apps, MigrationSource source, Clock clock) {
        return new Migrations(database, apps, source, clock);
    }

    private MigrationGraph graph() {
        return MigrationGraph.load(source, List.copyOf(apps.keySet()));
    }

    private List<String> checkApps(List<String> labels) {
        for (String label : labels) {
            if (!apps.containsKey(label)) {
                throw new MigrationError("App '" + label + "' could not be found; the project's apps are "
                        + String.join(", ", apps.keySet()) + ".");
            }
        }
        return labels.isEmpty() ? List.copyOf(apps.keySet()) : labels;
    }

    // region: makemigrations
    /** Writes the next migration of each app whose models changed, and prints what each holds. */
    public void makeMigrations(List<String> appLabels, Questioner questioner, PrintStream out) {
        List<String> labels = checkApps(appLabels);
        MigrationGraph graph = graph();
        Map<String, List<Operation>> changes = new Autodetector(graph.finalState(),
                ModelStates.fromModels(database, apps), questioner).changes(labels);
        if (changes.isEmpty()) {
            out.println(appLabels.isEmpty() ? "No changes detected" : appLabels.size() == 1
                    ? "No changes detected in app '" + appLabels.get(0) + "'"
                    : "No changes detected in apps '" + String.join("', '", appLabels) + "'");
            return;
        }
        Map<String, MigrationKey> newLeaves = new HashMap<>();
        changes.forEach((app, operations) -> newLeaves.put(app, new MigrationKey(app, nextName(graph, app, operations))));
        for (Map.Entry<String, List<Operation>> change : changes.entrySet()) {
            String app = change.getKey();
            Migration migration = new Migration(newLeaves.get(app), dependencies(graph, app, change.getValue(), newLeaves),
                    change.getValue());
            String file = source.write(app, migration.name(), migration.write());
            out.println("Migrations for '" + app + "':");
            out.println("  " + file);
            migration.operations().forEach(o -> out.println("    - " + o.describe()));
        }
    }
    // endregion

    private static List<MigrationKey> dependencies(MigrationGraph graph, String app, List<Operation> operations,
                                                   Map<String, MigrationKey> newLeaves) {
        Set<MigrationKey> dependencies = new TreeSet<>();
        graph.leaf(app).ifPresent(dependencies::add);
        for (Operation operation : operations) {
            List<FieldState> fields = operation instanceof Operation.CreateModel c ? c.fields()
                    : operation instanceof Operation.AddField a ? List.of(a.field())
                    : operation instanceof Operation.AlterField a ? List.of(a.field()) : List.of();
            for (FieldState field : fields) {
                field.references().map(r -> r.substring(0, r.indexOf('.'))).filter(other -> !other.equals(app))
                        .flatMap(other -> Optional.ofNullable(newLeaves.get(other)).or(() -> graph.leaf(other)))
                        .ifPresent(dependencies::add);
            }
        }
        return List.copyOf(dependencies);
    }

    // region: naming
    /** {@code 0001_initial}, then a name from the one operation ({@code 0002_question_author}), else {@code auto_<time>}. */
    private String nextName(MigrationGraph graph, String app, List<Operation> operations) {
        int number = graph.migrations(app).stream().mapToInt(m -> Integer.parseInt(m.name().substring(0, 4))).max()
                .orElse(0) + 1;
        String name;
        if (number == 1) {
            name = "initial";
        } else if (operations.size() == 1) {
            name = fragment(operations.get(0));
        } else if (operations.stream().allMatch(o -> o instanceof Operation.CreateModel)) {
            name = String.join("_", operations.stream().map(Migrations::fragment).sorted().toList());
        } else {
            name = "auto_" + LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmm"));
        }
        return String.format("%04d_%s", number, name);
    }

    private static String fragment(Operation operation) {
        String text;
        if (operation instanceof Operation.CreateModel c) {
            text = c.name();
        } else if (operation instanceof Operation.DeleteModel d) {
            text = "delete_" + d.name();
        } else if (operation instanceof Operation.AddField a) {
            text = a.model() + "_" + a.field().name();
        } else if (operation instanceof Operation.RemoveField r) {
            text = "remove_" + r.model() + "_" + r.name();
        } else if (operation instanceof Operation.AlterField a) {
            text = "alter_" + a.model() + "_" + a.field().name();
        } else if (operation instanceof Operation.RenameField r) {
            text = "rename_" + r.oldName() + "_" + r.model() + "_" + r.newName();
        } else if (operation instanceof Operation.AddIndex a) {
            text = a.model() + "_" + a.index().name();
        } else if (operation instanceof Operation.RemoveIndex r) {
            text = "remove_" + r.model() + "_" + r.name();
        } else {
            text = "auto";
        }
        return text.toLowerCase(Locale.ROOT);
    }
    // endregion

    // region: sqlmigrate
    /** The SQL a migration runs on this database's dialect, without running it. */
    public String sqlMigrate(String app, String name, boolean backwards) {
        MigrationGraph graph = graph();
        MigrationKey key = graph.find(app, name);
        Set<MigrationKey> before = new java.util.HashSet<>(graph.forwardsPlan(key).stream().map(Migration::key).toList());
        before.remove(key);
        MigrationExecutor executor = new MigrationExecutor(database, graph);
        List<MigrationExecutor.Change> changes = executor.changes(new MigrationExecutor.Step(graph.get(key), backwards),
                graph.state(before));
        boolean atomic = database.dialect().canRollbackDdl();
        StringBuilder out = new StringBuilder(atomic ? "BEGIN;\n" : "");
        for (MigrationExecutor.Change change : changes) {
            out.append("--\n-- ").append(change.operation().describe()).append("\n--\n");
            change.sql().forEach(sql -> out.append(sql).append(";\n"));
        }
        return out.append(atomic ? "COMMIT;\n" : "").toString();
    }
    // endregion

    // region: migrate
    /** Applies, or unapplies down to {@code target}, and prints each migration as it runs. */
    public void migrate(Optional<String> app, Optional<String> target, PrintStream out) {
        migrate(app, target, false, out);
    }

    /**
     * As {@link #migrate(Optional, Optional, PrintStream)}; with {@code fakeInitial}, an initial migration
     * whose tables all exist is recorded without running (Django's {@code --fake-initial}).
     */
    public void migrate(Optional<String> app, Optional<String> target, boolean fakeInitial, PrintStream out) {
        MigrationGraph graph = graph();
        app.ifPresent(a -> checkApps(List.of(a)));
        List<MigrationKey> forwards = new ArrayList<>();
        List<String> zero = new ArrayList<>();
        List<MigrationKey> backTo = new ArrayList<>();
        String heading;
        MigrationExecutor executor = new MigrationExecutor(database, graph);
        if (app.isPresent() && target.isPresent()) {
            if (target.get().equals("zero")) {
                zero.add(app.get());
                heading = "  Unapply all migrations: " + app.get();
            } else {
                MigrationKey key = graph.find(app.get(), target.get());
                (executor.applied().contains(key) ? backTo : forwards).add(key);
                heading = "  Target specific migration: " + key.name() + ", from " + key.app();
            }
        } else {
            List<String> labels = app.map(List::of).orElse(graph.apps());
            if (app.isPresent() && graph.leaf(app.get()).isEmpty()) {
                throw new MigrationError("App '" + app.get() + "' does not have migrations. Run makemigrations "
                        + app.get() + " first.");
            }
            labels.forEach(a -> graph.leaf(a).ifPresent(forwards::add));
            heading = "  Apply all migrations: " + String.join(", ", new TreeSet<>(forwards.stream()
                    .map(MigrationKey::app).toList()));
        }
        List<MigrationExecutor.Step> steps = executor.plan(forwards, zero, backTo);
        out.println("Operations to perform:");
        out.println(heading);
        out.println("Running migrations:");
        if (steps.isEmpty()) {
            out.println("  No migrations to apply.");
            unmigratedChanges(graph).ifPresent(w -> w.lines().forEach(l -> out.println("  " + l)));
            return;
        }
        executor.run(steps, fakeInitial, out::print);
    }
    // endregion

    // region: showmigrations
    /** Each app's migrations, {@code [X]} when applied. */
    public void showMigrations(List<String> appLabels, PrintStream out) {
        List<String> labels = checkApps(appLabels);
        MigrationGraph graph = graph();
        Set<MigrationKey> applied = new MigrationExecutor(database, graph).applied();
        for (String app : labels) {
            out.println(app);
            List<Migration> migrations = graph.migrations(app);
            if (migrations.isEmpty()) {
                out.println(" (no migrations)");
            }
            migrations.forEach(m -> out.println(" [" + (applied.contains(m.key()) ? "X" : " ") + "] " + m.name()));
        }
    }
    // endregion

    // region: warnings
    /**
     * Django's warning when the models have changes that no migration holds yet, for runserver and
     * check to print; empty when the migrations describe the models exactly.
     */
    public Optional<String> unmigratedChanges() {
        return unmigratedChanges(graph());
    }

    private Optional<String> unmigratedChanges(MigrationGraph graph) {
        List<String> changed;
        try {
            changed = List.copyOf(new Autodetector(graph.finalState(), ModelStates.fromModels(database, apps),
                    Questioner.NO).changes(graph.apps()).keySet());
        } catch (MigrationError needsADecision) {
            changed = graph.apps(); // e.g. a new NOT NULL field without a default: a change, still to be made
        }
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Your models in app(s): " + String.join(", ", changed.stream().sorted().map(a -> "'" + a + "'")
                .toList()) + " have changes that are not yet reflected in a migration, and so won't be applied.\n"
                + "Run 'makemigrations' to make new migrations, and then re-run 'migrate' to apply them.");
    }

    /** Django's runserver warning when migrations wait to be applied; empty when none do. */
    public Optional<String> unappliedMigrations() {
        MigrationGraph graph = graph();
        MigrationExecutor executor = new MigrationExecutor(database, graph);
        List<MigrationKey> leaves = graph.apps().stream().flatMap(a -> graph.leaf(a).stream()).toList();
        List<MigrationExecutor.Step> plan = executor.plan(leaves, List.of(), List.of());
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("You have " + plan.size() + " unapplied migration(s). Your project may not work properly"
                + " until you apply the migrations for app(s): " + String.join(", ", new TreeSet<>(plan.stream()
                .map(s -> s.migration().app()).toList())) + ".\nRun 'migrate' to apply them.");
    }
    // endregion
}
