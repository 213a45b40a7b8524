package org.mtvkit.mtv;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mtvkit.orm.Database;

/**
 * Loads Django's JSON fixture format: a list of entries such as
 * {@code {"model": "polls.question", "pk": 1, "fields": {"questionText": "What's up?", "pubDate": "2026-04-01T12:00:00Z"}}}.
 *
 * <p>The whole file is one transaction: either every entry is saved, or, at the first bad one,
 * nothing is, and the error names the file, the entry and the field.
 */
public final class Fixtures {

    private Fixtures() {
    }

    // region: load-fixture
    /**
     * @param models the models by label, {@code "polls.question"} -> {@code Question.class}
     * @param source the file's name, for error messages
     * @return how many objects were saved
     * @throws CommandError naming the file, the entry and what was wrong with it
     */
    public static int load(Database db, Map<String, Class<?>> models, String source, String json) {
        Object document;
        try {
            document = Json.parse(json, source);
        } catch (IllegalArgumentException e) {
            throw new CommandError("Invalid fixture " + e.getMessage(), e);
        }
        if (!(document instanceof List<?> entries)) {
            throw new CommandError(source + ": a fixture is a JSON list of entries, [{\"model\": ..., \"fields\": {...}}, ...]");
        }
        return db.atomic(() -> {
            int number = 0;
            for (Object entry : entries) {
                number++;
                save(db, models, source + ", entry " + number, entry);
            }
            return number;
        });
    }
    // endregion

    private static void save(Database db, Map<String, Class<?>> models, String where, Object entry) {
        if (!(entry instanceof Map<?, ?> map)) {
            throw new CommandError(where + ": an entry is an object with \"model\", \"pk\" and \"fields\"");
        }
        Object label = map.get("model");
        Class<?> model = models.get(label);
        if (model == null) {
            throw new CommandError(where + ": unknown model " + (label instanceof String ? "\"" + label + "\"" : "(missing)")
                    + "; this project's models are " + models.keySet());
        }
        if (!(map.get("fields") instanceof Map<?, ?> fields)) {
            throw new CommandError(where + " (" + label + "): \"fields\" must be an object of field names to values");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        fields.forEach((name, value) -> values.put(String.valueOf(name), value == Json.NULL ? null : value));
        Object pk = map.get("pk");
        if (pk != null && pk != Json.NULL) {
            values.put("id", pk);
        }
        String entryName = where + " (" + label + (pk == null ? "" : ", pk " + pk) + ")";
        try {
            db.save(db.instantiate(model, values));
        } catch (RuntimeException e) {
            throw new CommandError(entryName + ": " + e.getMessage(), e);
        }
    }
}
