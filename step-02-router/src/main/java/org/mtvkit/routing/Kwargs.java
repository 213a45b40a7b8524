package org.mtvkit.routing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.mtvkit.http.HttpException;

/**
 * The keyword arguments a URL pattern captured, already converted: {@code <int:id>} gives a
 * {@code Long} (any whole number up to {@link Long#MAX_VALUE}; a longer one matches no route),
 * {@code <uuid:u>} a {@code UUID}, the others a {@code String}; default keyword arguments keep the type
 * they were given with. Asking for a name the
 * pattern does not have, or for the wrong type, throws with a message naming what is there.
 */
public final class Kwargs {

    private static final Kwargs EMPTY = new Kwargs(Map.of());

    private final Map<String, Object> values;

    private Kwargs(Map<String, Object> values) {
        this.values = values;
    }

    /** Keyword arguments from a map (copied; order kept), as the router builds them and tests may too. */
    public static Kwargs of(Map<String, ?> values) {
        return values.isEmpty() ? EMPTY : new Kwargs(Collections.unmodifiableMap(new LinkedHashMap<>(values)));
    }

    /** No arguments, for a pattern without parameters. */
    public static Kwargs empty() {
        return EMPTY;
    }

    /** The router's own: a map it has just built for this match and hands over, so it is not copied again. */
    static Kwargs owning(Map<String, Object> built) {
        return built.isEmpty() ? EMPTY : new Kwargs(Collections.unmodifiableMap(built));
    }

    /** The value, of whatever type its converter made. */
    public Object get(String name) {
        Object value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no keyword argument '" + name + "' in this URL; it has " + values.keySet());
        }
        return value;
    }

    /** The value, checked to be of the given type. */
    public <T> T get(String name, Class<T> type) {
        Object value = get(name);
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("keyword argument '" + name + "' is " + withArticle(value.getClass())
                    + " (" + value + "), not " + withArticle(type) + "; check the converter in the pattern");
        }
        return type.cast(value);
    }

    /**
     * An {@code <int:name>} value as an {@code int}. A value too large for one names nothing an int
     * could identify, so it is a 404 (it came from the URL), never a 500.
     */
    public int intValue(String name) {
        long value = longValue(name);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new HttpException(404, "The number " + value + " in this URL is too large.");
        }
        return (int) value;
    }

    /** Any whole-number value, widened to {@code long}. */
    public long longValue(String name) {
        return get(name, Number.class).longValue();
    }

    /** The value as text: a {@code <str:>}, {@code <slug:>} or {@code <path:>} value, or any other one printed. */
    public String string(String name) {
        return String.valueOf(get(name));
    }

    /** A {@code <uuid:name>} value. */
    public UUID uuid(String name) {
        return get(name, UUID.class);
    }

    /** Whether the pattern captured this name (an optional {@code rePath} group may be absent). */
    public boolean contains(String name) {
        return values.containsKey(name);
    }

    /** All values, unmodifiable, in pattern order: what {@link Router#reverse(String, Map)} takes back. */
    public Map<String, Object> asMap() {
        return values;
    }

    private static String withArticle(Class<?> type) {
        String name = type.getSimpleName();
        return ("AEIOU".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Kwargs k && k.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
