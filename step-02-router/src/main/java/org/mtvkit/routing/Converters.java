package org.mtvkit.routing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The converters a router knows by name: Django's five built-in ones, plus any registered. */
final class Converters {

    // region: builtin-converters
    // As in Django, to-URL is the value's text: reverse checks that text against the regex, so "2024"
    // does for <int:> as well as 2024 does, and -1 or 3.5 do for none.
    static final Converter INT = Converter.of("[0-9]+",
            Long::valueOf,                         // beyond a long: NumberFormatException, "no match"
            String::valueOf);
    static final Converter STR = Converter.of("[^/]+", text -> text, String::valueOf);
    static final Converter SLUG = Converter.of("[-a-zA-Z0-9_]+", text -> text, String::valueOf);
    static final Converter UUID_ = Converter.of(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
            UUID::fromString,
            String::valueOf);
    static final Converter PATH = Converter.of(".+", text -> text, String::valueOf);
    // endregion

    private final Map<String, Converter> byName;

    /** Whether this is one of Django's five: each turns a value into its text and nothing else. */
    static boolean isBuiltIn(Converter converter) {
        return converter == INT || converter == STR || converter == SLUG || converter == UUID_ || converter == PATH;
    }

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
        if (!Identifiers.isValid(name)) {
            throw new ImproperlyConfigured("'" + name + "' is not a valid converter name: use " + Identifiers.RULE);
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
}
