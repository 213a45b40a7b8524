package org.mtvkit.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * HTTP headers: names compare case-insensitively (HTTP says so), a name may repeat, order is kept.
 * Immutable: {@link #with} returns a copy.
 */
public final class Headers {

    private static final Headers EMPTY = new Headers(Map.of());

    // Keyed by the lower-cased name; each entry keeps the name as first written and its values.
    private final Map<String, Entry> entries;

    private record Entry(String name, List<String> values) {
    }

    private Headers(Map<String, Entry> entries) {
        this.entries = entries;
    }

    public static Headers empty() {
        return EMPTY;
    }

    /** Builds headers from name/value pairs: {@code Headers.of("Accept", "text/html", "X-A", "1")}. */
    public static Headers of(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Headers.of takes name/value pairs, got an odd number of strings");
        }
        Collector headers = new Collector();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            headers.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return headers.build();
    }

    /**
     * Gathers many headers into one map, checked as {@link #with} checks them: a request's headers are
     * read one by one, and a copy of the whole map per header would cost more than the request.
     */
    static final class Collector {
        private final Map<String, Entry> entries = new LinkedHashMap<>();

        Collector add(String name, String value) {
            check(name, value);
            String key = key(name);
            Entry entry = entries.get(key);
            if (entry == null) {
                entries.put(key, new Entry(name, new ArrayList<>(List.of(value))));
            } else {
                entry.values().add(value);
            }
            return this;
        }

        /** The headers gathered; the collector is not used again, so its map becomes theirs. */
        Headers build() {
            if (entries.isEmpty()) {
                return EMPTY;
            }
            entries.replaceAll((key, entry) -> new Entry(entry.name(), List.copyOf(entry.values())));
            return new Headers(Collections.unmodifiableMap(entries));
        }
    }

    /** The first value of the header, if present. */
    public Optional<String> first(String name) {
        Entry entry = entries.get(key(name));
        return entry == null ? Optional.empty() : Optional.of(entry.values().get(0));
    }

    /** Every value of the header, in the order received; empty if absent. */
    public List<String> all(String name) {
        Entry entry = entries.get(key(name));
        return entry == null ? List.of() : entry.values();
    }

    public boolean contains(String name) {
        return entries.containsKey(key(name));
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The header names, as first written. */
    public Set<String> names() {
        Set<String> names = new java.util.LinkedHashSet<>();
        entries.values().forEach(e -> names.add(e.name()));
        return Collections.unmodifiableSet(names);
    }

    /** Every name (as first written) and value, in order: the way out, without building a set of names. */
    void forEach(java.util.function.BiConsumer<String, String> action) {
        for (Entry e : entries.values()) {
            for (String value : e.values()) {
                action.accept(e.name(), value);
            }
        }
    }

    /** A copy with one more value for the header (an existing value is kept). */
    public Headers with(String name, String value) {
        check(name, value);
        String key = key(name);
        Map<String, Entry> copy = new LinkedHashMap<>(entries);
        Entry old = copy.get(key);
        List<String> values = new ArrayList<>(old == null ? List.of() : old.values());
        values.add(value);
        copy.put(key, new Entry(old == null ? name : old.name(), List.copyOf(values)));
        return new Headers(Collections.unmodifiableMap(copy));
    }

    /** These headers and then {@code more}, in one copy: as {@link #with} for each of them in turn. */
    public Headers withAll(Headers more) {
        if (more.entries.isEmpty()) {
            return this;
        }
        Map<String, Entry> copy = new LinkedHashMap<>(entries);
        more.entries.forEach((key, added) -> copy.merge(key, added, (old, extra) -> {
            List<String> values = new ArrayList<>(old.values());
            values.addAll(extra.values());
            return new Entry(old.name(), List.copyOf(values));
        }));
        return new Headers(Collections.unmodifiableMap(copy));
    }

    // The names a program writes ("X-Frame-Options", "Content-Type") come back on every response, so their
    // lower-cased keys are kept; bounded, since names read from the network arrive here too.
    private static final int KNOWN_KEYS = 256;
    private static final Map<String, String> KEYS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String key(String name) {
        String key = KEYS.get(name);
        if (key == null) {
            key = name.toLowerCase(Locale.ROOT);
            if (KEYS.size() < KNOWN_KEYS) {
                KEYS.put(name, key);
            }
        }
        return key;
    }

    private static void check(String name, String value) {
        checkToken(name);
        if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("header " + name + " has a line break in its value: "
                    + "that would let a value inject headers of its own");
        }
    }

    private static void checkToken(String name) {
        boolean valid = !name.isEmpty();
        for (int i = 0; valid && i < name.length(); i++) { // a loop, not a stream: every header passes here
            char c = name.charAt(i);
            valid = c > 32 && c < 127 && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0;
        }
        if (!valid) {
            throw new IllegalArgumentException("'" + name + "' is not a valid header name");
        }
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        entries.values().forEach(e -> e.values().forEach(v -> out.append(e.name()).append(": ").append(v).append('\n')));
        return out.toString();
    }
}
