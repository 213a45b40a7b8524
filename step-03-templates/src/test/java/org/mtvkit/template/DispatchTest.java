package org.mtvkit.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Java 17 does not check that an {@code instanceof} chain covers a sealed tree, so this test does: it makes
 * one instance of every permitted kind of each sealed type and renders it, and a kind the renderer has no
 * case for fails with the renderer's "no case for" error.
 */
class DispatchTest {

    private static final Engine ENGINE = Engine.builder().loader(Loader.fromMap(Map.of("x", "x"))).build();
    private static final Token AT = new Token(Token.Type.BLOCK, "x", 1, 1);
    private static final FilterExpression LITERAL = new FilterExpression("1",
            new FilterExpression.Operand.Literal(1), List.of(), AT);

    @Test
    @DisplayName("every kind of Node, Condition and Operand has a case in its dispatch chain")
    void everyPermittedKindIsHandled() throws Exception {
        List<String> unhandled = new ArrayList<>();
        int kinds = 0;
        for (Class<?> sealed : List.of(Node.class, Condition.class, FilterExpression.Operand.class)) {
            for (Class<?> kind : sealed.getPermittedSubclasses()) {
                kinds++;
                try {
                    dispatch(sample(kind));
                } catch (IllegalStateException e) {
                    if (e.getMessage() != null && e.getMessage().startsWith("no case for")) {
                        unhandled.add(kind.getSimpleName());
                    }
                } catch (RuntimeException handledButFailedOnSampleValues) {
                    // reached its own case: what this test checks
                }
            }
        }
        assertEquals(List.of(), unhandled);
        assertTrue(kinds > 25, "kinds seen: " + kinds);
    }

    @Test
    @DisplayName("the sealed types checked above are all the sealed types of the package")
    void everySealedTypeIsChecked() throws Exception {
        java.nio.file.Path classes = java.nio.file.Path.of(Node.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI()).resolve("org/mtvkit/template");
        List<String> sealed = new ArrayList<>();
        try (var files = java.nio.file.Files.list(classes)) {
            for (java.nio.file.Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".class")) {
                    Class<?> type = Class.forName("org.mtvkit.template." + name.replace(".class", ""));
                    if (type.isSealed()) {
                        sealed.add(type.getSimpleName());
                    }
                }
            }
        }
        sealed.sort(null);
        assertEquals(List.of("Condition", "Node", "Operand"), sealed);
    }

    @Test
    @DisplayName("the renderer's last case throws for a kind it does not know")
    void theLastCaseThrows() {
        IllegalStateException e = Renderer.unhandled("a string");
        assertTrue(e.getMessage().startsWith("no case for String"), e.getMessage());
    }

    private static void dispatch(Object sample) {
        RenderContext context = RenderContext.start(ENGINE, new Source("x", "x"), new Context());
        if (sample instanceof Node node) {
            Renderer.render(node, context, new StringBuilder());
        } else if (sample instanceof Condition condition) {
            Conditions.test(condition, context);
        } else {
            FilterExpression.value((FilterExpression.Operand) sample, context);
        }
    }

    /** A record of that kind whose components are simple values of their types. */
    private static Object sample(Class<?> kind) throws Exception {
        RecordComponent[] components = kind.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = value(types[i]);
        }
        Constructor<?> constructor = kind.getDeclaredConstructor(types);
        constructor.setAccessible(true);
        return constructor.newInstance(values);
    }

    private static Object value(Class<?> type) {
        if (type == List.class) {
            return List.of();
        }
        if (type == String.class) {
            return "x";
        }
        if (type == String[].class) {
            return new String[] {"x"};
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == Token.class) {
            return AT;
        }
        if (type == FilterExpression.class) {
            return LITERAL;
        }
        if (type == Source.class) {
            return new Source("x", "x");
        }
        if (type == Condition.class) {
            return new Condition.Operand(LITERAL);
        }
        if (type == Node.Cycle.class) {
            return new Node.Cycle(List.of(LITERAL), null, false);
        }
        if (type == Library.Tag.class) {
            return (Library.Tag) (rendering, out) -> out.append("tag");
        }
        return null;
    }
}
