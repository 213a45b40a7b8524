package org.mtvkit.orm.migrations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An index over some fields of a model; a unique one is how a migration states a multi-column unique constraint. */
public record IndexState(String name, List<String> fields, boolean unique) {
    public IndexState {
        fields = List.copyOf(fields);
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", name);
        json.put("fields", fields);
        if (unique) {
            json.put("unique", true);
        }
        return json;
    }

    static IndexState fromJson(JsonObject json) {
        return new IndexState(json.string("name"), json.strings("fields"), json.flag("unique"));
    }
}
