package org.mtvkit.template;

/** The {@code forloop} variable inside a {@code {% for %}}: where the loop is, counted every way Django counts. */
final class ForLoop {

    private final int length;
    private final Object parentloop;
    private int index;

    ForLoop(int length, Object parentloop) {
        this.length = length;
        this.parentloop = parentloop;
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
