package org.mtvkit.orm.migrations;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every model of every app at one point of the migration history, keyed {@code app.Model}. Immutable:
 * each operation returns a new state, so the state before an operation is still there to undo it.
 */
public final class ProjectState {
    private final Map<String, ModelState> models;

    private ProjectState(Map<String, ModelState> models) {
        this.models = java.util.Collections.unmodifiableMap(models);
    }

    public static ProjectState empty() {
        return new ProjectState(new LinkedHashMap<>());
    }

    public Collection<ModelState> models() {
        return models.values();
    }

    public Optional<ModelState> model(String key) {
        return Optional.ofNullable(models.get(key));
    }

    ModelState require(String key, String doing) {
        ModelState model = models.get(key);
        if (model == null) {
            throw new MigrationError("Cannot " + lower(doing) + ": there is no model " + key + " at this point of the"
                    + " migrations (known: " + (models.isEmpty() ? "none" : String.join(", ", models.keySet()))
                    + "). Check the migration's dependencies.");
        }
        return model;
    }

    ProjectState with(ModelState model) {
        Map<String, ModelState> copy = new LinkedHashMap<>(models);
        copy.put(model.key(), model);
        return new ProjectState(copy);
    }

    ProjectState without(String key) {
        Map<String, ModelState> copy = new LinkedHashMap<>(models);
        copy.remove(key);
        return new ProjectState(copy);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProjectState s && s.models.equals(models);
    }

    @Override
    public int hashCode() {
        return models.hashCode();
    }

    @Override
    public String toString() {
        return models.values().toString();
    }

    /** {@code Add field ...} as it reads inside a sentence: {@code Cannot add field ...}. */
    static String lower(String doing) {
        return doing.isEmpty() ? doing : Character.toLowerCase(doing.charAt(0)) + doing.substring(1);
    }
}
