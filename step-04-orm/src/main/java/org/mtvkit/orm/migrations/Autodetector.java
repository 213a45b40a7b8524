package org.mtvkit.orm.migrations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares the state the migration files build with the state the models describe, and lists the
 * operations that turn the one into the other, per app (Django's {@code MigrationAutodetector}). Renames
 * cannot be told from a removal plus an addition, so they are asked about.
 */
final class Autodetector {
    private final ProjectState from;
    private final ProjectState to;
    private final Questioner questioner;

    Autodetector(ProjectState from, ProjectState to, Questioner questioner) {
        this.from = from;
        this.to = to;
        this.questioner = questioner;
    }

    // region: changes
    /** The operations per app, in the order they must run; apps without changes are absent. */
    Map<String, List<Operation>> changes(List<String> apps) {
        Map<String, List<Operation>> changes = new LinkedHashMap<>();
        for (String app : apps) {
            List<Operation> operations = new ArrayList<>();
            for (ModelState model : createOrder(app)) {
                operations.add(new Operation.CreateModel(model.name(), model.table(), model.fields()));
            }
            for (ModelState model : to.models()) {
                Optional<ModelState> old = from.model(model.key());
                if (model.app().equals(app) && old.isPresent()) {
                    operations.addAll(fieldChanges(old.get(), model));
                }
            }
            for (ModelState model : from.models()) {
                if (model.app().equals(app) && to.model(model.key()).isEmpty()) {
                    operations.add(new Operation.DeleteModel(model.name()));
                }
            }
            if (!operations.isEmpty()) {
                changes.put(app, operations);
            }
        }
        return changes;
    }
    // endregion

    /** New models of an app, each after the new models its foreign keys point at. */
    private List<ModelState> createOrder(String app) {
        List<ModelState> created = to.models().stream().filter(m -> m.app().equals(app) && from.model(m.key()).isEmpty())
                .toList();
        List<ModelState> ordered = new ArrayList<>();
        java.util.Set<String> visiting = new java.util.HashSet<>();
        for (ModelState model : created) {
            addAfterTargets(model, created, ordered, visiting);
        }
        return ordered;
    }

    private void addAfterTargets(ModelState model, List<ModelState> created, List<ModelState> ordered,
                                 java.util.Set<String> visiting) {
        if (ordered.contains(model) || !visiting.add(model.key())) {
            return; // done already, or a self-reference or cycle: the table of the first one comes first
        }
        for (FieldState field : model.fields()) {
            field.references().flatMap(to::model).filter(created::contains)
                    .ifPresent(target -> addAfterTargets(target, created, ordered, visiting));
        }
        ordered.add(model);
    }

    // region: field-changes
    private List<Operation> fieldChanges(ModelState old, ModelState now) {
        List<FieldState> removed = new ArrayList<>(old.fields().stream().filter(f -> now.field(f.name()).isEmpty()).toList());
        List<FieldState> added = new ArrayList<>(now.fields().stream().filter(f -> old.field(f.name()).isEmpty()).toList());
        List<Operation> renames = new ArrayList<>();
        for (FieldState field : List.copyOf(added)) {
            for (FieldState gone : List.copyOf(removed)) {
                if (gone.sameDefinition(field) && questioner.ask("Did you rename " + now.lowerName() + "." + gone.name()
                        + " to " + now.lowerName() + "." + field.name() + " (" + field.describe() + ")? [y/N]")) {
                    renames.add(new Operation.RenameField(now.name(), gone.name(), field.name(), field.column()));
                    removed.remove(gone);
                    added.remove(field);
                    break;
                }
            }
        }
        List<Operation> operations = new ArrayList<>(renames);
        removed.forEach(f -> operations.add(new Operation.RemoveField(now.name(), f.name())));
        for (FieldState field : added) {
            operations.add(new Operation.AddField(now.name(), requireDefault(now, field)));
        }
        for (FieldState field : now.fields()) {
            Optional<FieldState> before = old.field(field.name());
            if (before.isPresent() && !before.get().equals(field)) {
                if (before.get().primaryKey() != field.primaryKey() || !before.get().references().equals(field.references())) {
                    operations.add(new Operation.RemoveField(now.name(), field.name()));
                    operations.add(new Operation.AddField(now.name(), requireDefault(now, field)));
                } else {
                    operations.add(new Operation.AlterField(now.name(), field));
                }
            }
        }
        return operations;
    }
    // endregion

    // region: non-nullable
    /** Existing rows need a value for a new NOT NULL column: refuse, as Django does, and say the two ways out. */
    private static FieldState requireDefault(ModelState model, FieldState field) {
        if (!field.nullable() && field.defaultValue().isEmpty()) {
            throw new MigrationError("You are trying to add a non-nullable field '" + field.name() + "' to "
                    + model.lowerName() + " without a default; we can't do that (the database needs something to"
                    + " populate existing rows). Either give the field a default (@Column(defaultValue = \"...\")),"
                    + " or make it nullable (@Column(nullable = true)), then run makemigrations again.");
        }
        return field;
    }
    // endregion
}
