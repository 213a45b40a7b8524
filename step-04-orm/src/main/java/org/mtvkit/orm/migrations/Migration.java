package org.mtvkit.orm.migrations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One migration file, read: the migrations it must come after, and its operations in order.
 *
 * <pre>{@code
 * {
 *   "dependencies": ["polls.0001_initial"],
 *   "operations": [
 *     {"op": "AddField", "model": "Question", "field": {"name": "author", "column": "author", "type": "String", "length": 100, "default": ""}}
 *   ]
 * }
 * }</pre>
 */
public record Migration(MigrationKey key, List<MigrationKey> dependencies, List<Operation> operations) {
    public Migration {
        dependencies = List.copyOf(dependencies);
        operations = List.copyOf(operations);
    }

    public String app() {
        return key.app();
    }

    public String name() {
        return key.name();
    }

    // region: migration-file
    static Migration read(MigrationKey key, String text, String file) {
        JsonObject json = JsonObject.of(MigrationJson.parse(text, file), "Migration file " + file);
        List<MigrationKey> dependencies = json.strings("dependencies").stream()
                .map(d -> MigrationKey.parse(d, "Migration file " + file)).toList();
        List<JsonObject> operations = json.objects("operations");
        List<Operation> parsed = new java.util.ArrayList<>();
        for (int i = 0; i < operations.size(); i++) {
            parsed.add(Operation.fromJson(new JsonObject(operations.get(i).map(), "Migration file " + file
                    + ", operation " + (i + 1))));
        }
        return new Migration(key, dependencies, parsed);
    }

    String write() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("dependencies", dependencies.stream().map(MigrationKey::toString).toList());
        json.put("operations", operations.stream().map(Operation::toJson).toList());
        return MigrationJson.write(json);
    }
    // endregion
}
