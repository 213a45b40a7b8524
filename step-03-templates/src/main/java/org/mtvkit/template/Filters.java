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
     * @param keepsSafe Django's {@code is_safe}: when the input was safe text, the output is marked safe
     *     ({@code lower} is; {@code upper} is not, since upper-casing can turn {@code &amp;} into {@code &AMP;})
     */
    record Def(String name, Arity arity, boolean keepsSafe, Function function) {

        Object apply(Object value, Object argument, boolean autoescape) {
            // task: 03-4 the safe-string rules
            Object result = function.apply(value, argument, autoescape);
            if (keepsSafe && value instanceof SafeString && !(result instanceof SafeString)) {
                return new SafeString(Values.text(result));
            }
            return result;
            // endtask
        }
    }

    private final Map<String, Def> byName = new TreeMap<>();

    void register(String name, Arity arity, boolean keepsSafe, Function function) {
        byName.put(Names.checked(name, "filter"), new Def(name, arity, keepsSafe, function));
    }

    void add(Def def) {
        byName.put(def.name(), def);
    }

    Optional<Def> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    Iterable<String> names() {
        return byName.keySet();
    }

    void addAll(Filters other) {
        byName.putAll(other.byName);
    }
}
