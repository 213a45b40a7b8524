package org.mtvkit.orm.migrations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One step of a migration, as data and independent of any database: it changes the project state
 * ({@link #apply}), says what it does ({@link #describe}), and knows its inverse given the state
 * before it ({@link #inverse}), which is how a migration runs backwards. The SQL is written from the
 * states by {@link SchemaEditor}, per dialect.
 */
// region: operation
public sealed interface Operation {

    ProjectState apply(String app, ProjectState state);

    /** The operation that undoes this one, given the state this one was applied to. */
    Operation inverse(String app, ProjectState before);

    /** One line, as makemigrations prints it: {@code Add field author to question}. */
    String describe();

    record CreateModel(String name, String table, List<FieldState> fields) implements Operation {
        public ProjectState apply(String app, ProjectState state) {
            if (state.model(app + "." + name).isPresent()) {
                throw new MigrationError("Cannot create model " + app + "." + name + ": it exists already at this"
                        + " point of the migrations.");
            }
            return state.with(new ModelState(app, name, table, fields, List.of()));
        }

        public Operation inverse(String app, ProjectState before) {
            return new DeleteModel(name);
        }

        public String describe() {
            return "Create model " + name;
        }
    }

    record DeleteModel(String name) implements Operation {
        public ProjectState apply(String app, ProjectState state) {
            state.require(app + "." + name, "delete model " + name);
            return state.without(app + "." + name);
        }

        public Operation inverse(String app, ProjectState before) {
            ModelState model = before.require(app + "." + name, "undo deleting model " + name);
            return new CreateModel(name, model.table(), model.fields());
        }

        public String describe() {
            return "Delete model " + name;
        }
    }
    // endregion

    // region: add-field
    record AddField(String model, FieldState field) implements Operation {
        public ProjectState apply(String app, ProjectState state) {
            ModelState m = state.require(app + "." + model, describe());
            if (m.field(field.name()).isPresent()) {
                throw new MigrationError("Cannot " + ProjectState.lower(describe()) + ": " + m.key() + " has that field already.");
            }
            List<FieldState> fields = new ArrayList<>(m.fields());
            fields.add(field);
            return state.with(m.withFields(fields));
        }

        public Operation inverse(String app, ProjectState before) {
            return new RemoveField(model, field.name());
        }

        public String describe() {
            return "Add field " + field.name() + " to " + model.toLowerCase(Locale.ROOT);
        }
    }
    // endregion

    record RemoveField(String model, String name) implements Operation {
        public ProjectState apply(String app, ProjectState state) {
            ModelState m = state.require(app + "." + model, describe());
            m.requireField(name, describe());
            return state.with(m.withFields(m.fields().stream().filter(f -> !f.name().equals(name)).toList()));
        }

        public Operation inverse(String app, ProjectState before) {
            return new AddField(model, before.require(app + "." + model, describe()).requireField(name, describe()));
        }

        public String describe() {
            return "Remove field " + name + " from " + model.toLowerCase(Locale.ROOT);
        }
    }

    record AlterField(String model, FieldState field) implements Operation {
        public ProjectState apply(String app, ProjectState state) {
            ModelState m = state.require(app + "." + model, describe());
            m.requireField(field.name(), describe());
            return state.with(m.replacing(field.name(), field));
        }

        public Operation inverse(String app, ProjectState before) {
            return new AlterField(model, before.require(app + "." + model, describe())
                    .requireField(field.name(), describe()));
        }

        public String describe() {
            return "Alter field " + field.name() + " on " + model.toLowerCase(Locale.ROOT);
        }
    }

    record RenameField(String model, String oldName, String newName, String newColumn) implements Operation {
        public ProjectState apply(String app, ProjectState state) {
            ModelState m = state.require(app + "." + model, describe());
            FieldState old = m.requireField(oldName, describe());
            if (m.field(newName).isPresent()) {
                throw new MigrationError("Cannot " + ProjectState.lower(describe()) + ": " + m.key() + " has a field " + newName
                        + " already.");
            }
            List<IndexState> indexes = m.indexes().stream().map(i -> new IndexState(i.name(), i.fields().stream()
                    .map(f -> f.equals(oldName) ? newName : f).toList(), i.unique())).toList();
            return state.with(m.replacing(oldName, old.withName(newName, newColumn)).withIndexes(indexes));
        }

        public Operation inverse(String app, ProjectState before) {
            FieldState old = before.require(app + "." + model, describe()).requireField(oldName, describe());
            return new RenameField(model, newName, oldName, old.column());
        }

        public String describe() {
            return "Rename field " + oldName + " on " + model.toLowerCase(Locale.ROOT) + " to " + newName;
        }
    }

    record AddIndex(String model, IndexState index) implements Operation {
        public ProjectState apply(String app, ProjectState state) {
            ModelState m = state.require(app + "." + model, describe());
            index.fields().forEach(f -> m.requireField(f, describe()));
            if (m.indexes().stream().anyMatch(i -> i.name().equals(index.name()))) {
                throw new MigrationError("Cannot " + ProjectState.lower(describe()) + ": " + m.key() + " has an index of that name.");
            }
            List<IndexState> indexes = new ArrayList<>(m.indexes());
            indexes.add(index);
            return state.with(m.withIndexes(indexes));
        }

        public Operation inverse(String app, ProjectState before) {
            return new RemoveIndex(model, index.name());
        }

        public String describe() {
            return "Create " + (index.unique() ? "unique " : "") + "index " + index.name() + " on field(s) "
                    + String.join(", ", index.fields()) + " of model " + model.toLowerCase(Locale.ROOT);
        }
    }

    record RemoveIndex(String model, String name) implements Operation {
        public ProjectState apply(String app, ProjectState state) {
            ModelState m = state.require(app + "." + model, describe());
            index(m);
            return state.with(m.withIndexes(m.indexes().stream().filter(i -> !i.name().equals(name)).toList()));
        }

        IndexState index(ModelState m) {
            return m.indexes().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow(() ->
                    new MigrationError("Cannot " + ProjectState.lower(describe()) + ": " + m.key() + " has no index of that name."));
        }

        public Operation inverse(String app, ProjectState before) {
            return new AddIndex(model, index(before.require(app + "." + model, describe())));
        }

        public String describe() {
            return "Remove index " + name + " from " + model.toLowerCase(Locale.ROOT);
        }
    }

    // region: run-sql
    /** The escape hatch: SQL written by hand, with the SQL that undoes it when there is one. */
    record RunSQL(List<String> sql, Optional<List<String>> reverseSql) implements Operation {
        public RunSQL {
            sql = List.copyOf(sql);
            reverseSql = reverseSql.map(List::copyOf);
        }

        public ProjectState apply(String app, ProjectState state) {
            return state; // the state cannot see into hand-written SQL
        }

        public Operation inverse(String app, ProjectState before) {
            return new RunSQL(reverseSql.orElseThrow(() -> new MigrationError("A RunSQL operation of app " + app
                    + " has no \"reverseSql\", so it cannot be undone. Add \"reverseSql\" (a list, [] if nothing"
                    + " needs undoing) to the operation.")), Optional.of(sql));
        }

        public String describe() {
            return "Raw SQL operation";
        }
    }
    // endregion

    // region: operation-json
    static Map<String, Object> toJson(Operation operation) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("op", operation.getClass().getSimpleName());
        if (operation instanceof CreateModel c) {
            json.put("name", c.name());
            json.put("table", c.table());
            json.put("fields", c.fields().stream().map(FieldState::toJson).toList());
        } else if (operation instanceof DeleteModel d) {
            json.put("name", d.name());
        } else if (operation instanceof AddField a) {
            json.put("model", a.model());
            json.put("field", a.field().toJson());
        } else if (operation instanceof RemoveField r) {
            json.put("model", r.model());
            json.put("name", r.name());
        } else if (operation instanceof AlterField a) {
            json.put("model", a.model());
            json.put("field", a.field().toJson());
        } else if (operation instanceof RenameField r) {
            json.put("model", r.model());
            json.put("oldName", r.oldName());
            json.put("newName", r.newName());
            json.put("column", r.newColumn());
        } else if (operation instanceof AddIndex a) {
            json.put("model", a.model());
            json.put("index", a.index().toJson());
        } else if (operation instanceof RemoveIndex r) {
            json.put("model", r.model());
            json.put("name", r.name());
        } else if (operation instanceof RunSQL r) {
            json.put("sql", r.sql());
            r.reverseSql().ifPresent(s -> json.put("reverseSql", s));
        }
        return json;
    }

    static Operation fromJson(JsonObject json) {
        String op = json.string("op");
        return switch (op) {
            case "CreateModel" -> new CreateModel(json.string("name"), json.string("table"),
                    json.objects("fields").stream().map(FieldState::fromJson).toList());
            case "DeleteModel" -> new DeleteModel(json.string("name"));
            case "AddField" -> new AddField(json.string("model"), FieldState.fromJson(json.object("field")));
            case "RemoveField" -> new RemoveField(json.string("model"), json.string("name"));
            case "AlterField" -> new AlterField(json.string("model"), FieldState.fromJson(json.object("field")));
            case "RenameField" -> new RenameField(json.string("model"), json.string("oldName"),
                    json.string("newName"), json.string("column"));
            case "AddIndex" -> new AddIndex(json.string("model"), IndexState.fromJson(json.object("index")));
            case "RemoveIndex" -> new RemoveIndex(json.string("model"), json.string("name"));
            case "RunSQL" -> new RunSQL(json.strings("sql"),
                    json.has("reverseSql") ? Optional.of(json.strings("reverseSql")) : Optional.empty());
            default -> throw new MigrationError(json.where() + " has \"op\": \"" + op + "\", which is not an"
                    + " operation; use one of CreateModel, DeleteModel, AddField, RemoveField, AlterField,"
                    + " RenameField, AddIndex, RemoveIndex, RunSQL.");
        };
    }
    // endregion
}
