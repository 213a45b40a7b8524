package org.mtvkit.template;

import static org.mtvkit.template.Filters.Arity.NONE;
import static org.mtvkit.template.Filters.Arity.REQUIRED;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Filters on sequences: length, first, last, join, slice, random, dictsort. */
final class ListFilters {

    private ListFilters() {
    }

    static void register(Filters f) {
        f.register("length", NONE, false, (v, a, e) -> length(v));
        f.register("length_is", REQUIRED, false, (v, a, e) -> lengthIs(v, a));
        f.register("first", NONE, false, (v, a, e) -> pick(v, true));
        f.register("last", NONE, true, (v, a, e) -> pick(v, false));
        f.register("join", REQUIRED, true, ListFilters::join);
        f.register("slice", REQUIRED, true, (v, a, e) -> slice(v, a));
        f.register("random", NONE, true, (v, a, e) -> random(v));
        f.register("dictsort", REQUIRED, false, (v, a, e) -> dictsort(v, a, false));
        f.register("dictsortreversed", REQUIRED, false, (v, a, e) -> dictsort(v, a, true));
    }

    /** Python's {@code len()}, or 0 for a value that has none. */
    static int length(Object v) {
        if (Values.isText(v)) {
            String s = Values.text(v);
            return s.codePointCount(0, s.length());
        }
        if (v instanceof Collection<?> c) {
            return c.size();
        }
        if (v instanceof Map<?, ?> m) {
            return m.size();
        }
        if (v != null && v.getClass().isArray()) {
            return Array.getLength(v);
        }
        return 0;
    }

    private static Object lengthIs(Object value, Object argument) {
        Long wanted = Numbers.pythonInt(argument);
        boolean sized = Values.isText(value) || value instanceof Collection || value instanceof Map
                || (value != null && value.getClass().isArray());
        return wanted == null || !sized ? "" : (Object) (length(value) == wanted);
    }

    private static Object pick(Object value, boolean first) {
        if (value instanceof Map || value == null || !(Values.isText(value) || value instanceof Collection
                || value.getClass().isArray())) {
            throw new IllegalArgumentException(Values.typeName(value) + " has no " + (first ? "first" : "last")
                    + " element");
        }
        List<?> items = Values.asList(value);
        if (items.isEmpty()) {
            return "";
        }
        return first ? items.get(0) : items.get(items.size() - 1);
    }

    // region: join
    private static Object join(Object value, Object separator, boolean autoescape) {
        if (value == null || !(Values.isText(value) || value instanceof Collection
                || value.getClass().isArray() || value instanceof Map)) {
            return value;
        }
        List<?> items = Values.asList(value);
        StringBuilder out = new StringBuilder();
        String glue = Escape.conditional(separator).html();
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            if (!autoescape && !Values.isText(item)) {
                return value; // Python's str.join refuses what is not text
            }
            if (i > 0) {
                out.append(glue);
            }
            out.append(autoescape ? Escape.conditional(item).html() : Values.text(item));
        }
        return new SafeString(out.toString());
    }
    // endregion

    /** Python's {@code value[a:b:c]} from {@code "a:b:c"}; anything it cannot read leaves the value as it is. */
    private static Object slice(Object value, Object argument) {
        String[] parts = Values.text(argument).split(":", -1);
        if (parts.length > 3 || !(Values.isText(value) || value instanceof List || value instanceof Collection)) {
            return value;
        }
        Long[] bits = new Long[3];
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].isEmpty()) {
                bits[i] = Numbers.pythonInt(parts[i]);
                if (bits[i] == null) {
                    return value;
                }
            }
        }
        if (parts.length == 1) {
            // slice(x) is slice(None, x)
            bits[1] = bits[0];
            bits[0] = null;
        }
        List<?> items = Values.asList(value);
        int n = items.size();
        long step = bits[2] == null ? 1 : bits[2];
        if (step == 0) {
            return value;
        }
        List<Object> out = new ArrayList<>();
        if (step > 0) {
            long start = clamp(bits[0], n, 0, 0);
            long stop = clamp(bits[1], n, n, 0);
            for (long i = start; i < stop; i += step) {
                out.add(items.get((int) i));
            }
        } else {
            long start = clamp(bits[0], n, n - 1, -1);
            long stop = clamp(bits[1], n, -1, -1);
            for (long i = start; i > stop; i += step) {
                out.add(items.get((int) i));
            }
        }
        if (Values.isText(value)) {
            StringBuilder s = new StringBuilder();
            out.forEach(s::append);
            return s.toString();
        }
        return out;
    }

    private static long clamp(Long index, int n, long absent, long low) {
        if (index == null) {
            return absent;
        }
        long i = index < 0 ? index + n : index;
        if (i < low) {
            return low;
        }
        return Math.min(i, low < 0 ? n - 1 : n);
    }

    private static Object random(Object value) {
        List<?> items = Values.asList(value);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("cannot choose from an empty sequence");
        }
        return items.get(ThreadLocalRandom.current().nextInt(items.size()));
    }

    // region: dictsort
    /**
     * Sorted by a key of each item. As in Django, a number (or text that reads as one) is an index or key
     * looked up with Python's {@code item[arg]}; anything else is a dotted lookup, like a template variable.
     * Items that cannot be ordered, or keys that are missing, give ''.
     */
    private static Object dictsort(Object value, Object argument, boolean reversed) {
        boolean indexed = Numbers.pythonFloat(argument) != null;
        String path = Values.text(argument);
        if (!indexed && (path.isEmpty() || path.startsWith("_") || path.contains("._"))) {
            throw new IllegalArgumentException("'" + path + "' is not a key dictsort can look up");
        }
        List<Object> items;
        try {
            items = new ArrayList<>(Values.asList(value));
        } catch (IllegalArgumentException notIterable) {
            return "";
        }
        List<Object> keys = new ArrayList<>();
        for (Object item : items) {
            Object key = indexed ? item(item, argument) : dotted(item, path);
            if (key == Lookup.MISSING) {
                return "";
            }
            keys.add(key);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            order.add(i);
        }
        try {
            Comparator<Integer> byKey = (x, y) -> Values.compare(keys.get(x), keys.get(y));
            order.sort(reversed ? byKey.reversed() : byKey);
        } catch (ClassCastException unorderable) {
            return "";
        }
        List<Object> sorted = new ArrayList<>();
        for (int i : order) {
            sorted.add(items.get(i));
        }
        return sorted;
    }

    /** Python's {@code item[key]}: MISSING where Python raises TypeError, an exception where it raises more. */
    private static Object item(Object item, Object key) {
        if (item instanceof Map<?, ?> map) {
            Object k = map.containsKey(key) ? key : Values.text(key);
            if (!map.containsKey(k)) {
                throw new IllegalArgumentException("no key " + Values.text(key) + " in " + Values.text(item));
            }
            return map.get(k);
        }
        boolean sequence = item instanceof List || Values.isText(item) || (item != null && item.getClass().isArray());
        if (!sequence || !(key instanceof Integer || key instanceof Long)) {
            return Lookup.MISSING;
        }
        List<?> list = Values.asList(item);
        long i = ((Number) key).longValue();
        long at = i < 0 ? i + list.size() : i;
        if (at < 0 || at >= list.size()) {
            throw new IndexOutOfBoundsException("index " + i + " is out of range for " + Values.text(item));
        }
        return list.get((int) at);
    }

    private static Object dotted(Object item, String path) {
        Object key = item;
        for (String part : path.split("\\.")) {
            key = key == null ? Lookup.MISSING : Lookup.resolve(key, part);
            if (key == Lookup.MISSING) {
                return Lookup.MISSING;
            }
        }
        return key;
    }
    // endregion
}
