package org.mtvkit.template;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The filters a template may use, by name: the built-in ones and any the application adds. */
final class Filters {

    /** Whether a filter takes an argument ({@code |cut:" "}), must not, or may. */
    enum Arity { NONE, REQUIRED, OPTIONAL }

    /** What a filter does: a value (and argument, or null) in, a value out. */
    @FunctionalInterface
    interface Function {
        Object apply(Object value, Object argument, boolean autoescape);
    }

    /**
     * One registered filter.
     *
     * @param keepsSafe when the input was safe text, the output stays safe ({@code lower} does; {@code cut}
     *     does not: cutting a character out of markup can make it unsafe)
     */
    record Def(String name, Arity arity, boolean keepsSafe, Function function) {

        Object apply(Object value, Object argument, boolean autoescape) {
            Object result = function.apply(value, argument, autoescape);
            if (keepsSafe && value instanceof SafeString && result instanceof String s) {
                return new SafeString(s);
            }
            return result;
        }
    }

    private final Map<String, Def> byName = new TreeMap<>();

    void register(String name, Arity arity, boolean keepsSafe, Function function) {
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("a filter name is a word of letters, digits and underscores: '"
                    + name + "' is not");
        }
        byName.put(name, new Def(name, arity, keepsSafe, function));
    }

    Optional<Def> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    Iterable<String> names() {
        return byName.keySet();
    }

    Filters copy() {
        Filters copy = new Filters();
        copy.byName.putAll(byName);
        return copy;
    }
}
