package org.mtvkit.template;

import java.util.Map;
import java.util.Optional;

/** Finds a template's source text by name. */
public interface Loader {

    /** The source of the named template, or empty when this loader has none by that name. */
    Optional<String> load(String name);

    /** Where this loader looked for the name, for the "does not exist" message. */
    String location(String name);

    /** Templates held in memory, by name: handy in tests and examples. */
    static Loader fromMap(Map<String, String> templates) {
        Map<String, String> copy = Map.copyOf(templates);
        return new Loader() {
            @Override
            public Optional<String> load(String name) {
                return Optional.ofNullable(copy.get(name));
            }

            @Override
            public String location(String name) {
                return "memory:" + name;
            }
        };
    }
}
