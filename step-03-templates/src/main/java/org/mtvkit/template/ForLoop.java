package org.mtvkit.template;

import java.util.IdentityHashMap;
import java.util.Map;

/** The {@code forloop} variable inside a {@code {% for %}}: where the loop is, counted every way Django counts. */
final class ForLoop {

    private final int length;
    private final Object parentloop;
    private int index;
    // What {% ifchanged %} inside this loop last saw: made when first needed.
    private Map<Object, Object> state;

    ForLoop(int length, Object parentloop) {
        this.length = length;
        this.parentloop = parentloop;
    }

    Map<Object, Object> state() {
        if (state == null) {
            state = new IdentityHashMap<>();
        }
        return state;
    }

    void moveTo(int index) {
        this.index = index;
    }

    Object get(String name) {
        return switch (name) {
            case "counter" -> index + 1;
            case "counter0" -> index;
            case "revcounter" -> length - index;
            case "revcounter0" -> length - index - 1;
            case "first" -> index == 0;
            case "last" -> index == length - 1;
            case "length" -> length;
            case "parentloop" -> parentloop;
            default -> Lookup.MISSING;
        };
    }

    @Override
    public String toString() {
        return "forloop(counter=" + (index + 1) + " of " + length + ")";
    }
}
