package org.mtvkit.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** How a form cleans: bound and unbound, the two hooks, and no exception for any input. */
class FormBehaviourTest {

    /** A sign-up form with both of Django's hooks: clean_username() and clean(). */
    static final class SignUp extends Form {
        SignUp(FormData data) {
            super(data);
            declare();
        }

        SignUp() {
            declare();
        }

        private void declare() {
            field("username", new CharField().maxLength(20)).cleanWith(name -> {
                if (name.equalsIgnoreCase("admin")) {
                    throw new ValidationError("That name is reserved.");
                }
                return name.toLowerCase(java.util.Locale.ROOT);
            });
            field("password", new CharField());
            field("again", new CharField());
        }

        @Override
        protected void clean() {
            Optional<String> password = cleaned("password", String.class);
            if (password.isPresent() && !password.equals(cleaned("again", String.class))) {
                addError("again", "The two passwords differ.");
            }
        }
    }

    @Test
    @DisplayName("an unbound form is not valid, has no errors, and cleans nothing")
    void unbound() {
        SignUp form = new SignUp();
        assertFalse(form.isBound());
        assertFalse(form.isValid());
        assertEquals(Map.of(), form.errors());
        assertEquals(Map.of(), form.cleanedData());
    }

    @Test
    @DisplayName("a cleanWith hook may change the value; unknown submitted fields are ignored")
    void fieldHookChangesValue() {
        SignUp form = new SignUp(FormData.single(Map.of("username", " Ada ", "password", "p", "again", "p", "is_admin", "1")));
        assertTrue(form.isValid(), form.errors().toString());
        assertEquals(Optional.of("ada"), form.cleaned("username", String.class));
        assertFalse(form.cleanedData().containsKey("is_admin"));
    }

    @Test
    @DisplayName("a cleanWith hook's error is filed under its field, which leaves the cleaned data")
    void fieldHookError() {
        SignUp form = new SignUp(FormData.single(Map.of("username", "Admin", "password", "p", "again", "p")));
        assertEquals(Map.of("username", List.of("That name is reserved.")), form.errors());
        assertFalse(form.cleanedData().containsKey("username"));
    }

    @Test
    @DisplayName("clean() sees every field and may file an error under one of them")
    void formHookError() {
        SignUp form = new SignUp(FormData.single(Map.of("username", "ada", "password", "p", "again", "q")));
        assertFalse(form.isValid());
        assertEquals(Map.of("again", List.of("The two passwords differ.")), form.errors());
        assertEquals(List.of(), form.nonFieldErrors());
    }

    @Test
    @DisplayName("no input, however hostile, makes any field or form throw")
    void neverThrows() {
        Random random = new Random(42);
        List<String> hostile = new ArrayList<>(List.of("", " ", "\0", "\uFFFF", "\uD83D", "%00", "1e999999999", "9".repeat(100_000),
                "-".repeat(10_000), "<script>alert(1)</script>", "' OR 1=1 --", "NaN", "-0", "2006-02-29", "a@" + "b.".repeat(5000) + "com",
                "http://" + "a".repeat(10_000) + ".com", "[::1", "\u0660\u0661", "１２", "0x" + "f".repeat(50)));
        for (int i = 0; i < 200; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(40); j > 0; j--) {
                text.append((char) random.nextInt(0x3000));
            }
            hostile.add(text.toString());
        }
        for (var entry : FormsConformanceTest.FIELDS.entrySet()) {
            for (String text : hostile) {
                for (List<String> values : List.of(List.of(text), List.of(text, text, "x"))) {
                    Form form = new FormsConformanceTest.OneField(entry.getValue().get(), FormData.of(Map.of("f", values)));
                    form.isValid();
                    form.asP();
                }
            }
        }
    }

    @Test
    @DisplayName("declaring a field twice is refused, naming the form and the field")
    void duplicateField() {
        final class Twice extends Form {
            Twice() {
                field("a", new CharField());
                field("a", new CharField());
            }
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, Twice::new);
        assertEquals("Twice declares the field 'a' twice; give each field its own name", e.getMessage());
    }

    @Test
    @DisplayName("asking for a field the form does not have names the fields it has")
    void unknownField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SignUp().get("email"));
        assertEquals("'email' is not a field of SignUp; its fields are [username, password, again]", e.getMessage());
    }

    @Test
    @DisplayName("addError on a field that does not exist says so, and where whole-form messages go")
    void addErrorUnknownField() {
        final class Wrong extends Form {
            Wrong(FormData data) {
                super(data);
                field("a", new CharField().required(false));
            }

            @Override
            protected void clean() {
                addError("b", "nope");
            }
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Wrong(FormData.empty()).isValid());
        assertEquals("'b' is not a field of Wrong; its fields are [a]. For a message about the whole form, use"
                + " addNonFieldError", e.getMessage());
    }

    @Test
    @DisplayName("an initial value given to the form wins over the field's own")
    void formInitialWins() {
        final class WithInitial extends Form {
            WithInitial() {
                field("n", new IntegerField()).initial(1);
            }
        }
        String html = new WithInitial().initial(Map.of("n", 7)).asP().html();
        assertTrue(html.contains("value=\"7\""), html);
    }
}
