package org.mtvkit.http;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * HTTP headers: names compare case-insensitively (HTTP says so), a name may repeat, order is kept.
 * Immutable: {@link #with} returns a copy.
 *
 * <p>Held as two arrays, one slot per value in the order added: a request or a response carries a dozen
 * headers at most, so a scan finds one sooner than a hash map would, and a copy is two array copies.
 * A name that repeats keeps the spelling it was first written with, and its values come out together.
 */
public final class Headers {

    private static final Headers EMPTY = new Headers(new String[0], new String[0]);

    private final String[] names;   // as written
    private final String[] values;  // values[i] is a value of names[i]

    private Headers(String[] names, String[] values) {
        this.names = names;
        this.values = values;
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
     * Gathers many headers, checked as {@link #with} checks them: a request's headers are read one by one,
     * and a copy of all of them per header would cost more than the request.
     */
    static final class Collector {
        private String[] names = new String[8];
        private String[] values = new String[8];
        private int size;

        Collector add(String name, String value) {
            check(name, value);
            if (size == names.length) {
                names = Arrays.copyOf(names, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            names[size] = name;
            values[size] = value;
            size++;
            return this;
        }

        /** The headers gathered. */
        Headers build() {
            return size == 0 ? EMPTY : new Headers(Arrays.copyOf(names, size), Arrays.copyOf(values, size));
        }
    }

    /** The first value of the header, if present. */
    public Optional<String> first(String name) {
        int at = indexOf(name, 0);
        return at < 0 ? Optional.empty() : Optional.of(values[at]);
    }

    /** Every value of the header, in the order received; empty if absent. */
    public List<String> all(String name) {
        int at = indexOf(name, 0);
        if (at < 0) {
            return List.of();
        }
        int next = indexOf(name, at + 1);
        if (next < 0) {
            return List.of(values[at]);           // the commonest case: a header sent once
        }
        List<String> all = new ArrayList<>(List.of(values[at], values[next]));
        for (int i = indexOf(name, next + 1); i >= 0; i = indexOf(name, i + 1)) {
            all.add(values[i]);
        }
        return Collections.unmodifiableList(all);
    }

    public boolean contains(String name) {
        return indexOf(name, 0) >= 0;
    }

    public boolean isEmpty() {
        return names.length == 0;
    }

    /** The header names, as first written. */
    public Set<String> names() {
        Set<String> distinct = new LinkedHashSet<>();
        for (int i = 0; i < names.length; i++) {
            if (isFirstOfName(i)) {
                distinct.add(names[i]);
            }
        }
        return Collections.unmodifiableSet(distinct);
    }

    /**
     * Every name (as first written) and value: the names in the order they first came, each with all its
     * values in order. The way out, without building a set of names.
     */
    void forEach(BiConsumer<String, String> action) {
        for (int i = 0; i < names.length; i++) {
            if (!isFirstOfName(i)) {
                continue;                          // given with the first of its name already
            }
            action.accept(names[i], values[i]);
            for (int j = indexOf(names[i], i + 1); j >= 0; j = indexOf(names[i], j + 1)) {
                action.accept(names[i], values[j]);
            }
        }
    }

    /** A copy with one more value for the header (an existing value is kept). */
    public Headers with(String name, String value) {
        check(name, value);
        int n = names.length;
        String[] moreNames = Arrays.copyOf(names, n + 1);
        String[] moreValues = Arrays.copyOf(values, n + 1);
        moreNames[n] = name;
        moreValues[n] = value;
        return new Headers(moreNames, moreValues);
    }

    /** These headers and then {@code more}, in one copy: as {@link #with} for each of them in turn. */
    public Headers withAll(Headers more) {
        if (more.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return more;
        }
        int n = names.length;
        String[] allNames = Arrays.copyOf(names, n + more.names.length);
        String[] allValues = Arrays.copyOf(values, n + more.values.length);
        System.arraycopy(more.names, 0, allNames, n, more.names.length);
        System.arraycopy(more.values, 0, allValues, n, more.values.length);
        return new Headers(allNames, allValues);
    }

    /** The first slot at or after {@code from} whose name is {@code name}, in any case; -1 if none. */
    private int indexOf(String name, int from) {
        for (int i = from; i < names.length; i++) {
            // Names are checked to be ASCII tokens, so ignoring case here is HTTP's comparison exactly.
            if (names[i].equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    private boolean isFirstOfName(int i) {
        for (int j = 0; j < i; j++) {
            if (names[j].equalsIgnoreCase(names[i])) {
                return false;
            }
        }
        return true;
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
        forEach((name, value) -> out.append(name).append(": ").append(value).append('\n'));
        return out.toString();
    }
}
