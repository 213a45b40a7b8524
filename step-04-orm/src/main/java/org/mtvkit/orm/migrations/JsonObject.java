package org.mtvkit.orm.migrations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One JSON object of a migration file, read key by key; a missing or mistyped key is an error naming
 * {@code where} (the file and the operation), the key, and what it should hold.
 */
record JsonObject(Map<String, Object> map, String where) {

    static JsonObject of(Object value, String where) {
        if (!(value instanceof Map<?, ?> m)) {
            throw new MigrationError(where + " should be a JSON object {...}, but is " + kind(value) + ".");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) m;
        return new JsonObject(map, where);
    }

    String string(String key) {
        return optionalString(key).orElseThrow(() -> missing(key, "a string"));
    }

    Optional<String> optionalString(String key) {
        Object value = map.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String s)) {
            throw wrong(key, "a string", value);
        }
        return Optional.of(s);
    }

    boolean flag(String key) {
        Object value = map.getOrDefault(key, Boolean.FALSE);
        if (!(value instanceof Boolean b)) {
            throw wrong(key, "true or false", value);
        }
        return b;
    }

    int integer(String key, int otherwise) {
        Object value = map.get(key);
        if (value == null) {
            return otherwise;
        }
        if (!(value instanceof Long n) || n < 0 || n > Integer.MAX_VALUE) {
            throw wrong(key, "a whole number from 0", value);
        }
        return (int) (long) n;
    }

    List<String> strings(String key) {
        List<String> strings = new ArrayList<>();
        for (Object item : list(key)) {
            if (!(item instanceof String s)) {
                throw wrong(key, "a list of strings", item);
            }
            strings.add(s);
        }
        return strings;
    }

    List<JsonObject> objects(String key) {
        List<JsonObject> objects = new ArrayList<>();
        List<Object> items = list(key);
        for (int i = 0; i < items.size(); i++) {
            objects.add(of(items.get(i), where + ", \"" + key + "\" item " + (i + 1)));
        }
        return objects;
    }

    JsonObject object(String key) {
        Object value = map.get(key);
        if (value == null) {
            throw missing(key, "an object");
        }
        return of(value, where + ", \"" + key + "\"");
    }

    boolean has(String key) {
        return map.containsKey(key);
    }

    private List<Object> list(String key) {
        Object value = map.get(key);
        if (value == null) {
            throw missing(key, "a list");
        }
        if (!(value instanceof List<?> l)) {
            throw wrong(key, "a list [...]", value);
        }
        return new ArrayList<>(l);
    }

    private MigrationError missing(String key, String what) {
        return new MigrationError(where + " has no \"" + key + "\"; it needs " + what + " there.");
    }

    private MigrationError wrong(String key, String what, Object value) {
        return new MigrationError(where + ": \"" + key + "\" should be " + what + ", but is " + kind(value) + ".");
    }

    private static String kind(Object value) {
        if (value instanceof String s) {
            return "the string \"" + s + "\"";
        } else if (value instanceof Map) {
            return "an object";
        } else if (value instanceof List) {
            return "a list";
        }
        return String.valueOf(value);
    }
}
