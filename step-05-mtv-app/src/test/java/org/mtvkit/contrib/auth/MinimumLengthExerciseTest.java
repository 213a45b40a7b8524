package org.mtvkit.contrib.auth;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mtvkit.mtv.Command;
import org.mtvkit.mtv.CommandContext;
import org.mtvkit.mtv.CommandError;
import testsite.TestSite;

/** Exercise 08-min-length (chapter 8, exercise 2): Django's MinimumLengthValidator in the two password commands. */
@Tag("exercise")
@Tag("exercise-08-min-length")
class MinimumLengthExerciseTest {

    private static final String TOO_SHORT = "This password is too short. It must contain at least 8 characters.";

    private TestSite site;
    private Auth auth;

    @BeforeEach
    void start() {
        site = TestSite.start((db, shortcuts) -> List.of(), List.of(User.class), List.of());
        auth = new Auth(site.db);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private String run(Command command, String input, String... args) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try {
            command.run(new CommandContext(site.project, new PrintStream(output, true, StandardCharsets.UTF_8),
                    new BufferedReader(new StringReader(input)), Map.of()), List.of(args));
        } catch (CommandError e) {
            fail(command.name() + " did not take the 8-character password that followed the short one: after refusing "
                    + "a short password, ask for the password again; it said: " + e.getMessage()
                    + "\nits output:\n" + output.toString(StandardCharsets.UTF_8));
        }
        return output.toString(StandardCharsets.UTF_8);
    }

    private static void refused(String command, String out) {
        if (!out.contains(TOO_SHORT)) {
            fail(command + " took a 7-character password: check its length as Django's MinimumLengthValidator does, and "
                    + "print Django's message \"" + TOO_SHORT + "\" before asking again; it printed:\n" + out);
        }
    }

    @Test
    @DisplayName("createsuperuser refuses a 7-character password with Django's message, and takes 8 characters")
    void createSuperuser() {
        String out = run(new CreateSuperuserCommand(), "root\nseven77\nseven77\neight888\neight888\n");
        refused("createsuperuser", out);
        assertTrue(auth.authenticate("root", "eight888").isPresent(),
                "createsuperuser must create the user with the 8-character password typed after the short one; it printed:\n" + out);
    }

    @Test
    @DisplayName("changepassword refuses a 7-character password with Django's message, and takes 8 characters")
    void changePassword() {
        auth.createUser("ada", Optional.of("old password"));
        String out = run(new ChangePasswordCommand(), "seven77\nseven77\neight888\neight888\n", "ada");
        refused("changepassword", out);
        assertTrue(auth.authenticate("ada", "eight888").isPresent(),
                "changepassword must set the 8-character password typed after the short one; it printed:\n" + out);
    }
}
