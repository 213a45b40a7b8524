package org.mtvkit.routing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The converters a router knows by name: Django's five built-in ones, plus any registered. */
final class Converters {

    // region: builtin-converters
    static final Converter INT = Converter.of("[0-9]+",
            Integer::valueOf,                      // too large for an int: NumberFormatException, "no match"
            value -> nonNegative(value).toString());
    static final Converter STR = Converter.of("[^/]+", text -> text, Converters::nonEmptyString);
    static final Converter SLUG = Converter.of("[-a-zA-Z0-9_]+", text -> text, Converters::nonEmptyString);
    static final Converter UUID_ = Converter.of(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
            UUID::fromString,
            value -> uuid(value).toString());
    static final Converter PATH = Converter.of(".+", text -> text, Converters::nonEmptyString);
    // endregion

    private final Map<String, Converter> byName;

    private Converters(Map<String, Converter> byName) {
        this.byName = byName;
    }

    static Converters builtIn() {
        Map<String, Converter> map = new LinkedHashMap<>();
        map.put("int", INT);
        map.put("str", STR);
        map.put("slug", SLUG);
        map.put("uuid", UUID_);
        map.put("path", PATH);
        return new Converters(map);
    }

    Converters with(String name, Converter converter) {
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new ImproperlyConfigured("'" + name + "' is not a valid converter name: use letters, digits and _");
        }
        if (byName.containsKey(name)) {
            throw new ImproperlyConfigured("a converter named '" + name + "' is already registered; pick another name");
        }
        Map<String, Converter> map = new LinkedHashMap<>(byName);
        map.put(name, converter);
        return new Converters(map);
    }

    Optional<Converter> get(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    Set<String> names() {
        return byName.keySet();
    }

    private static Number nonNegative(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            long n = ((Number) value).longValue();
            if (n >= 0 && n <= Integer.MAX_VALUE) {     // what toJava can read back
                return n;
            }
        }
        throw new IllegalArgumentException("a whole number from 0 to " + Integer.MAX_VALUE);
    }

    private static UUID uuid(Object value) {
        if (value instanceof UUID uuid) {
            return uuid;
        }
        throw new IllegalArgumentException("a java.util.UUID");
    }

    private static String nonEmptyString(Object value) {
        String text = String.valueOf(value);
        if (text.isEmpty()) {
            throw new IllegalArgumentException("a non-empty value");
        }
        return text;
    }
}
