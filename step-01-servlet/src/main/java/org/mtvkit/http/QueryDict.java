package org.mtvkit.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parameters from a query string or a URL-encoded form, named after Django's {@code QueryDict}: a
 * name may appear several times ({@code ?tag=a&tag=b}), so every name maps to a list.
 *
 * <p>As in Django, {@link #get} answers the <em>last</em> value of a repeated name, and
 * {@link #getList} answers them all.
 */
public final class QueryDict {

    private static final QueryDict EMPTY = new QueryDict(Map.of());

    private final Map<String, List<String>> values;

    private QueryDict(Map<String, List<String>> values) {
        this.values = values;
    }

    public static QueryDict empty() {
        return EMPTY;
    }

    // region: parse-query
    /**
     * Parses {@code application/x-www-form-urlencoded} text such as {@code q=caf%C3%A9&page=2}: pairs
     * split on {@code &}, name and value on the first {@code =}, {@code +} means a space, and
     * {@code %XX} sequences are UTF-8 bytes.
     *
     * @throws IllegalArgumentException if a percent-escape is malformed (the message says where)
     */
    public static QueryDict parse(String encoded) {
        // task: 01-1 decoding the query string
        if (encoded == null || encoded.isEmpty()) {
            return EMPTY;
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = PercentDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), true);
            String value = eq < 0 ? "" : PercentDecoder.decode(pair.substring(eq + 1), true);
            values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return of(values);
        // endtask
    }
    // endregion

    /** Builds a QueryDict from name to values (order kept). */
    public static QueryDict of(Map<String, List<String>> values) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        values.forEach((name, list) -> copy.put(name, List.copyOf(list)));
        return new QueryDict(Collections.unmodifiableMap(copy));
    }

    /** The last value given for the name, as Django's {@code QueryDict.get} answers. */
    public Optional<String> get(String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() ? Optional.empty() : Optional.of(list.get(list.size() - 1));
    }

    /** Every value given for the name, in order; empty if none. */
    public List<String> getList(String name) {
        return values.getOrDefault(name, List.of());
    }

    public boolean contains(String name) {
        return values.containsKey(name);
    }

    public Set<String> names() {
        return values.keySet();
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** Encodes back to {@code name=value&...} form, percent-encoding as UTF-8. */
    public String encode() {
        StringBuilder out = new StringBuilder();
        values.forEach((name, list) -> list.forEach(value -> {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(java.net.URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                    .append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8));
        }));
        return out.toString();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
