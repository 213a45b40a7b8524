package org.mtvkit.orm.migrations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mtvkit.orm.Database;
import org.mtvkit.orm.SchemaAccess;

/** The project state the models describe now, read from the ORM's mapping: the autodetector's right-hand side. */
final class ModelStates {
    private ModelStates() {
    }

    // region: from-models
    static ProjectState fromModels(Database database, Map<String, List<Class<?>>> apps) {
        ProjectState state = ProjectState.empty();
        for (Map.Entry<String, List<Class<?>>> app : apps.entrySet()) {
            for (Class<?> model : app.getValue()) {
                SchemaAccess.ModelInfo info = SchemaAccess.describe(database, model);
                List<FieldState> fields = new ArrayList<>();
                for (SchemaAccess.FieldInfo f : info.fields()) {
                    Optional<String> references = f.related().map(r -> appOf(apps, r) + "." + r.getSimpleName());
                    Class<?> stored = f.related().isPresent()
                            ? SchemaAccess.describe(database, f.related().get()).fields().get(0).type() : f.type();
                    fields.add(new FieldState(f.name(), f.column(), FieldState.typeName(stored), f.primaryKey(),
                            f.nullable(), f.unique(), f.length(), f.precision(), f.scale(),
                            f.defaultValue().isEmpty() ? Optional.empty() : Optional.of(f.defaultValue()), references));
                }
                state = state.with(new ModelState(app.getKey(), model.getSimpleName(), info.table(), fields, List.of()));
            }
        }
        return state;
    }
    // endregion

    private static String appOf(Map<String, List<Class<?>>> apps, Class<?> model) {
        return apps.entrySet().stream().filter(e -> e.getValue().contains(model)).map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new MigrationError("Model " + model.getName() + " is the target of a foreign key"
                        + " but belongs to no app; list it with its app's models."));
    }
}
