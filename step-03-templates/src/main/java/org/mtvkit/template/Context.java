package org.mtvkit.template;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The variables a template sees while it renders: a stack of scopes. A {@code for} or {@code with} pushes
 * a scope for its own names and pops it when done, so inner names hide outer ones only inside the tag.
 * The names {@code True}, {@code False} and {@code None} are always defined, as in Django.
 *
 * <p>A context holds variables only. Everything a render needs besides them (the template being rendered,
 * autoescaping, the blocks of an inheritance chain, the state of {@code cycle} and {@code ifchanged}) lives
 * in a {@code RenderContext} made for that one render, so one context can be rendered with several
 * templates, one after another or from several threads at once: a render never writes into it.
 */
public final class Context {

    private final List<Map<String, Object>> scopes = new ArrayList<>();
    // Scopes below this index belong to the caller's context, which a render only reads.
    private int firstOwn;

    /** An empty context. */
    public Context() {
        scopes.add(new HashMap<>());
    }

    /** A context whose first scope holds {@code values} (copied). */
    public Context(Map<String, ?> values) {
        scopes.add(new HashMap<>(values));
    }

    /**
     * A context that reads through to {@code outer}'s scopes and writes only into a scope of its own:
     * what a render works on, so the caller's context is never changed by it.
     */
    static Context over(Context outer) {
        return new Context(outer.scopes);
    }

    private Context(List<Map<String, Object>> outer) {
        scopes.addAll(outer);
        scopes.add(new HashMap<>(8));
        firstOwn = scopes.size() - 1;
    }

    // region: scopes
    /** Opens a scope; names set from now on disappear at the matching {@link #pop()}. */
    public void push() {
        scopes.add(new HashMap<>(8));
    }

    /** Closes the innermost scope. */
    public void pop() {
        if (scopes.size() <= firstOwn + 1) {
            throw new IllegalStateException("pop() without a matching push(): the outermost scope stays");
        }
        scopes.remove(scopes.size() - 1);
    }

    /** Sets a name in the innermost scope. */
    public void set(String name, Object value) {
        scopes.get(scopes.size() - 1).put(name, value);
    }

    /**
     * Django's {@code set_upward}: sets the name in the innermost scope that has it (so a {@code cycle ... as}
     * inside a loop updates the value outside it), else in the innermost scope; never in the caller's.
     */
    void setUpward(String name, Object value) {
        for (int i = scopes.size() - 1; i >= firstOwn; i--) {
            if (scopes.get(i).containsKey(name)) {
                scopes.get(i).put(name, value);
                return;
            }
        }
        set(name, value);
    }

    /** Whether any scope defines the name (a name set to null is defined). */
    public boolean contains(String name) {
        return lookup(name) != Lookup.MISSING;
    }

    /** The innermost value of the name, or {@link Lookup#MISSING}. */
    Object lookup(String name) {
        for (int i = scopes.size() - 1; i >= 0; i--) {
            Map<String, Object> scope = scopes.get(i);
            Object value = scope.get(name);
            if (value != null || scope.containsKey(name)) {
                return value;
            }
        }
        return switch (name) {
            case "True" -> Boolean.TRUE;
            case "False" -> Boolean.FALSE;
            case "None" -> null;
            default -> Lookup.MISSING;
        };
    }
    // endregion

    // region: missing
    /** The strict-mode reason for a variable that did not resolve, saying which part failed and why. */
    String missing(FilterExpression.Operand operand) {
        String[] parts = ((FilterExpression.Operand.Variable) operand).parts();
        String whole = String.join(".", parts);
        String why;
        Object value = lookup(parts[0]);
        if (value == Lookup.MISSING) {
            why = "'" + parts[0] + "' is not in the context (it has: " + String.join(", ", names()) + ")";
        } else {
            why = "";
            for (int i = 1; i < parts.length; i++) {
                String so = String.join(".", java.util.Arrays.copyOf(parts, i));
                if (value == null) {
                    why = "'" + so + "' is null, so it has no '" + parts[i] + "'";
                    break;
                }
                Object next = Lookup.resolve(value, parts[i]);
                if (next == Lookup.MISSING) {
                    why = "'" + so + "' (a " + Values.typeName(value) + ") has no key, component, getter, field,"
                            + " method or index '" + parts[i] + "'";
                    break;
                }
                value = next;
            }
        }
        return "Variable '" + whole + "' is missing: " + why
                + ". Strict mode makes this an error: fix the name, or give a fallback with |default";
    }
    // endregion

    private List<String> names() {
        TreeSet<String> names = new TreeSet<>();
        for (Map<String, Object> scope : scopes) {
            names.addAll(scope.keySet());
        }
        return new ArrayList<>(names);
    }
}
