package org.mtvkit.orm.migrations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** One model as the migrations know it: its app, name, table, fields (primary key first) and indexes. */
public record ModelState(String app, String name, String table, List<FieldState> fields, List<IndexState> indexes) {
    public ModelState {
        fields = List.copyOf(fields);
        indexes = List.copyOf(indexes);
    }

    /** {@code polls.Question}: how foreign keys and the project state name a model. */
    public String key() {
        return app + "." + name;
    }

    /** {@code question}: how Django's messages name a model. */
    String lowerName() {
        return name.toLowerCase(Locale.ROOT);
    }

    Optional<FieldState> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }

    FieldState primaryKey() {
        return fields.stream().filter(FieldState::primaryKey).findFirst().orElseThrow(() -> new MigrationError(
                "Model " + key() + " has no primary key in its migrations; its CreateModel needs a field with"
                        + " \"primaryKey\": true."));
    }

    FieldState requireField(String fieldName, String doing) {
        return field(fieldName).orElseThrow(() -> new MigrationError("Cannot " + lower(doing) + ": model " + key()
                + " has no field '" + fieldName + "' at this point of its migrations (it has "
                + String.join(", ", fields.stream().map(FieldState::name).toList()) + ")."));
    }

    ModelState withFields(List<FieldState> newFields) {
        return new ModelState(app, name, table, newFields, indexes);
    }

    ModelState withIndexes(List<IndexState> newIndexes) {
        return new ModelState(app, name, table, fields, newIndexes);
    }

    ModelState replacing(String fieldName, FieldState field) {
        List<FieldState> list = new ArrayList<>(fields);
        list.replaceAll(f -> f.name().equals(fieldName) ? field : f);
        return withFields(list);
    }

    /** {@code Add field ...} as it reads inside a sentence: {@code Cannot add field ...}. */
    static String lower(String doing) {
        return doing.isEmpty() ? doing : Character.toLowerCase(doing.charAt(0)) + doing.substring(1);
    }
}
