package org.mtvkit.forms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a browser submitted: each field name with its values, in order. It is the form's only view of
 * a request, so forms stay free of HTTP; a view makes one with {@code FormData.of(name -> ...)} or
 * from a map.
 */
public final class FormData {

    private static final FormData EMPTY = new FormData(Map.of());

    private final Map<String, List<String>> values;

    private FormData(Map<String, List<String>> values) {
        this.values = values;
    }

    public static FormData of(Map<String, List<String>> values) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        values.forEach((name, list) -> copy.put(name, List.copyOf(list)));
        return new FormData(java.util.Collections.unmodifiableMap(copy));
    }

    /** One value per name, for tests and simple callers. */
    public static FormData single(Map<String, String> values) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        values.forEach((name, value) -> lists.put(name, List.of(value)));
        return of(lists);
    }

    public static FormData empty() {
        return EMPTY;
    }

    /** The last value sent under this name, as Django's {@code QueryDict.get} answers. */
    public Optional<String> get(String name) {
        List<String> list = values.getOrDefault(name, List.of());
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(list.size() - 1));
    }

    public List<String> getList(String name) {
        return values.getOrDefault(name, List.of());
    }

    public boolean contains(String name) {
        return values.containsKey(name);
    }
}
