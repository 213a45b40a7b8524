package org.mtvkit.orm.migrations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.mtvkit.orm.Database;
import org.mtvkit.orm.SchemaAccess;

/**
 * Runs migrations forwards and backwards, one migration at a time, and records each in the
 * {@link Recorder}'s table. Where DDL is transactional (PostgreSQL) one migration is one transaction, its
 * record included. Where it is not (H2 commits at every CREATE and ALTER), a failure is undone by
 * running the inverse of each operation that ran, newest first; what an inverse cannot bring back (the
 * rows of a dropped column or table, a RunSQL without reverse SQL) is said in the error.
 */
final class MigrationExecutor {
    /** One migration to run, and in which direction. */
    record Step(Migration migration, boolean backwards) {
    }

    private final Database database;
    private final MigrationGraph graph;
    private final Recorder recorder;
    private final SchemaEditor editor;

    MigrationExecutor(Database database, MigrationGraph graph) {
        this.database = database;
        this.graph = graph;
        this.recorder = new Recorder(database);
        this.editor = new SchemaEditor(database.dialect());
    }

    Set<MigrationKey> applied() {
        return recorder.applied();
    }

    // region: plan
    /** The steps that bring the database to {@code targets}: an app's leaf, a named migration, or none (zero). */
    List<Step> plan(List<MigrationKey> forwardsTargets, List<String> zeroApps, List<MigrationKey> backTo) {
        Set<MigrationKey> applied = new HashSet<>(applied());
        List<Step> steps = new ArrayList<>();
        List<MigrationKey> undo = new ArrayList<>();
        for (String app : zeroApps) {
            graph.migrations(app).stream().filter(m -> m.dependencies().stream().noneMatch(d -> d.app().equals(app)))
                    .forEach(m -> undo.add(m.key()));
        }
        for (MigrationKey target : backTo) {
            // undo what comes after the target in its app: the migrations that depend on it directly
            graph.migrations(target.app()).stream().filter(m -> m.dependencies().contains(target))
                    .forEach(m -> undo.add(m.key()));
        }
        for (MigrationKey first : undo) {
            for (Migration migration : graph.backwardsPlan(first)) {
                if (applied.remove(migration.key())) {
                    steps.add(new Step(migration, true));
                }
            }
        }
        for (MigrationKey target : forwardsTargets) {
            for (Migration migration : graph.forwardsPlan(target)) {
                if (applied.add(migration.key())) {
                    steps.add(new Step(migration, false));
                }
            }
        }
        return steps;
    }
    // endregion

    /** Runs the steps in order, telling {@code progress} before and after each. */
    void run(List<Step> steps, boolean fakeInitial, Consumer<String> progress) {
        Set<MigrationKey> applied = new HashSet<>(applied());
        for (Step step : steps) {
            progress.accept((step.backwards() ? "  Unapplying " : "  Applying ") + step.migration().key() + "...");
            if (fakeInitial && !step.backwards() && tablesExist(step.migration())) {
                recorder.record(step.migration().key());
                applied.add(step.migration().key());
                progress.accept(" FAKED\n");
                continue;
            }
            Set<MigrationKey> without = new HashSet<>(applied);
            without.remove(step.migration().key());
            List<Change> changes = changes(step, graph.state(without));
            runOne(step, changes);
            if (step.backwards()) {
                applied.remove(step.migration().key());
            } else {
                applied.add(step.migration().key());
            }
            progress.accept(" OK\n");
        }
    }

    /** One operation, ready to run: its SQL, and how to undo it if a later one fails on H2. */
    record Change(Operation operation, List<String> sql, ProjectState before, ProjectState after) {
    }

    // region: changes
    /**
     * The operations of one step with their SQL. Backwards, each operation is replaced by its inverse,
     * last first, computed from the state the forward operation was applied to.
     */
    List<Change> changes(Step step, ProjectState before) {
        Migration migration = step.migration();
        String app = migration.app();
        List<ProjectState> states = new ArrayList<>(List.of(before));
        for (Operation operation : migration.operations()) {
            states.add(MigrationGraph.apply(migration, operation, states.get(states.size() - 1)));
        }
        List<Change> changes = new ArrayList<>();
        if (!step.backwards()) {
            for (int i = 0; i < migration.operations().size(); i++) {
                Operation operation = migration.operations().get(i);
                changes.add(change(migration, i, operation, states.get(i), states.get(i + 1)));
            }
        } else {
            for (int i = migration.operations().size() - 1; i >= 0; i--) {
                Operation inverse = inverse(migration, i, states.get(i));
                changes.add(change(migration, i, inverse, states.get(i + 1), states.get(i)));
            }
        }
        return changes;
    }
    // endregion

    private Operation inverse(Migration migration, int index, ProjectState before) {
        try {
            return migration.operations().get(index).inverse(migration.app(), before);
        } catch (MigrationError e) {
            throw new MigrationError("Migration " + migration.key() + " is not reversible: operation " + (index + 1)
                    + " (" + migration.operations().get(index).describe() + "): " + e.getMessage(), e);
        }
    }

    private Change change(Migration migration, int index, Operation operation, ProjectState before, ProjectState after) {
        try {
            return new Change(operation, editor.sql(operation, migration.app(), before, after), before, after);
        } catch (MigrationError e) {
            throw new MigrationError("Migration " + migration.key() + ", operation " + (index + 1) + ": "
                    + e.getMessage(), e);
        }
    }

    // region: run-one
    private void runOne(Step step, List<Change> changes) {
        MigrationKey key = step.migration().key();
        Runnable record = () -> {
            if (step.backwards()) {
                recorder.unrecord(key);
            } else {
                recorder.record(key);
            }
        };
        if (database.dialect().canRollbackDdl()) {
            try {
                database.atomic(() -> {
                    changes.forEach(c -> c.sql().forEach(this::execute));
                    record.run();
                });
            } catch (RuntimeException e) {
                throw new MigrationError((step.backwards() ? "Unapplying " : "Applying ") + key + " failed, and was"
                        + " rolled back whole (the database and " + Recorder.TABLE + " are as they were): "
                        + e.getMessage(), e);
            }
            return;
        }
        List<Change> done = new ArrayList<>();
        try {
            for (Change change : changes) {
                change.sql().forEach(this::execute);
                done.add(change);
            }
            record.run();
        } catch (RuntimeException e) {
            throw new MigrationError((step.backwards() ? "Unapplying " : "Applying ") + key + " failed: "
                    + e.getMessage() + " " + undo(step, done), e);
        }
    }
    // endregion

    /** H2 cannot roll DDL back: run the inverse of each change that ran, newest first, and say what that cannot restore. */
    private String undo(Step step, List<Change> done) {
        if (done.isEmpty()) {
            return "Nothing had run yet; the database and " + Recorder.TABLE + " are as they were.";
        }
        List<String> lost = new ArrayList<>();
        for (int i = done.size() - 1; i >= 0; i--) {
            Change change = done.get(i);
            try {
                Operation inverse = change.operation().inverse(step.migration().app(), change.before());
                editor.sql(inverse, step.migration().app(), change.after(), change.before()).forEach(this::execute);
                if (change.operation() instanceof Operation.RemoveField || change.operation() instanceof Operation.DeleteModel) {
                    lost.add("the rows of '" + change.operation().describe() + "' are not restored");
                }
            } catch (RuntimeException undoFailed) {
                return "This database cannot roll back DDL, and undoing '" + change.operation().describe()
                        + "' failed too (" + undoFailed.getMessage() + "): the schema is between two states; compare it"
                        + " with sqlmigrate's output and repair it by hand.";
            }
        }
        return "This database cannot roll back DDL, so the " + done.size() + " operation(s) that ran were undone by"
                + " their inverses" + (lost.isEmpty() ? "" : " (" + String.join("; ", lost) + ")") + "; "
                + Recorder.TABLE + " is as it was.";
    }

    // region: fake-initial
    /**
     * Django's {@code --fake-initial}: an app's first migration whose every table exists already (made
     * before the app had migrations) is recorded as applied without running it.
     */
    private boolean tablesExist(Migration migration) {
        boolean initial = migration.dependencies().stream().noneMatch(d -> d.app().equals(migration.app()));
        List<Operation> operations = migration.operations();
        if (!initial || operations.isEmpty() || !operations.stream().allMatch(o -> o instanceof Operation.CreateModel)) {
            return false;
        }
        return operations.stream().allMatch(o -> SchemaAccess.tableExists(database, ((Operation.CreateModel) o).table()));
    }
    // endregion

    private void execute(String sql) {
        SchemaAccess.update(database, sql, List.of());
    }
}
