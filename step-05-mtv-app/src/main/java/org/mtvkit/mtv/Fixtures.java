package org.mtvkit.mtv;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mtvkit.orm.Database;

/**
 * Django's JSON fixture format, read and written: a list of entries such as
 * {@code {"model": "polls.question", "pk": 1, "fields": {"question_text": "What's up?", "pub_date": "2026-04-01T12:00:00Z"}}}.
 * A field is named as in Django, the snake_case form of the Java field (the same name as its column:
 * {@code questionText} is {@code question_text}), a foreign key by its field name with the related
 * object's primary key as value; so a file written by Django's {@code dumpdata} loads unchanged, and
 * {@link #dump} writes what Django's {@code loaddata} reads.
 *
 * <p>Loading, the whole file is one transaction: either every entry is saved, or, at the first bad one,
 * nothing is, and the error names the file, the entry and the field.
 */
public final class Fixtures {

    /** Django's {@code DjangoJSONEncoder}: ISO 8601 in UTC, milliseconds when there are any, and {@code Z}. */
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

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
        Object pk = map.get("pk");
        String entryName = where + " (" + label + (pk == null ? "" : ", pk " + pk) + ")";
        Map<String, String> javaNames = djangoNames(model);
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<?, ?> field : fields.entrySet()) {
            String name = String.valueOf(field.getKey());
            String javaName = javaNames.get(name);
            if (javaName == null || javaName.equals("id")) {
                throw new CommandError(entryName + ": " + model.getSimpleName() + " has no field '" + name + "'; its"
                        + " fields are " + String.join(", ", javaNames.keySet().stream().filter(n -> !n.equals("id")).toList())
                        + " (Django's names: the snake_case form of each Java field)");
            }
            values.put(javaName, field.getValue() == Json.NULL ? null : field.getValue());
        }
        if (pk != null && pk != Json.NULL) {
            values.put("id", pk);
        }
        try {
            db.save(db.instantiate(model, values));
        } catch (RuntimeException e) {
            throw new CommandError(entryName + ": " + e.getMessage(), e);
        }
    }

    // region: dump
    /**
     * Every object of the models, in the order given and by primary key, as Django's {@code dumpdata}
     * writes them: with {@code indent < 0} on one line, otherwise one field per line, each entry starting
     * at the margin, exactly as Django lays it out.
     */
    public static String dump(Database db, Map<String, Class<?>> models, int indent) {
        List<String> entries = new ArrayList<>();
        models.forEach((label, model) -> {
            Map<String, String> names = djangoNames(model);
            for (Map<String, Object> row : db.objects(model).orderBy("id").values()) {
                Map<String, Object> fields = new LinkedHashMap<>();
                names.forEach((djangoName, javaName) -> {
                    // values() keys a foreign key by its column's value, questionId; Django's dumpdata names the field
                    String key = row.containsKey(javaName) ? javaName : javaName + "Id";
                    if (!javaName.equals("id") && row.containsKey(key)) {
                        fields.put(djangoName, jsonValue(row.get(key)));
                    }
                });
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("model", label);
                entry.put("pk", row.get("id"));
                entry.put("fields", fields);
                entries.add(Json.write(entry, indent));
            }
        });
        return indent < 0 ? "[" + String.join(", ", entries) + "]"
                : "[\n" + String.join(",\n", entries) + (entries.isEmpty() ? "]\n" : "\n]\n");
    }
    // endregion

    /** A field's value as Django's serializer writes it. */
    private static Object jsonValue(Object value) {
        if (value instanceof Instant instant) {
            Instant millis = instant.truncatedTo(ChronoUnit.MILLIS);
            return (millis.getNano() == 0 ? SECONDS : MILLIS).format(millis);
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();                    // Django writes a Decimal as a string
        }
        if (value instanceof Boolean || value instanceof Number || value instanceof String || value == null) {
            return value;
        }
        return value.toString();                               // dates and the like: their ISO 8601 form
    }

    /** Django's name for each field of the model (the snake_case of the Java name), to the Java name. */
    private static Map<String, String> djangoNames(Class<?> model) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Field field : model.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers)
                    && !Collection.class.isAssignableFrom(field.getType())) {   // a reverse relation is no column
                names.put(snakeCase(field.getName()), field.getName());
            }
        }
        return names;
    }

    /** {@code questionText} -> {@code question_text}: the rule the ORM uses for column names. */
    static String snakeCase(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean afterLower = i > 0 && !Character.isUpperCase(name.charAt(i - 1));
                boolean endsAcronym = i > 0 && i + 1 < name.length()
                        && Character.isUpperCase(name.charAt(i - 1)) && Character.isLowerCase(name.charAt(i + 1));
                if (afterLower || endsAcronym) {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
