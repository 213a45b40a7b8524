package org.mtvkit.contrib.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.Test;
import org.mtvkit.mtv.Command;
import org.mtvkit.mtv.CommandContext;
import org.mtvkit.mtv.CommandError;
import testsite.TestSite;

/** createsuperuser and changepassword, driven through their input as a person at a terminal would. */
class AuthCommandsTest {

    TestSite site;
    Auth auth;
    ByteArrayOutputStream output;

    @BeforeEach
    void start() {
        site = TestSite.start((db, shortcuts) -> List.of(), List.of(User.class), List.of());
        auth = new Auth(site.db);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private String run(Command command, String input, Map<String, String> env, String... args) {
        output = new ByteArrayOutputStream();
        command.run(new CommandContext(site.project, new PrintStream(output, true, StandardCharsets.UTF_8),
                new BufferedReader(new StringReader(input)), env), List.of(args));
        return output.toString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("createsuperuser asks for a username and the password twice, and creates a staff superuser")
    void interactive() {
        String out = run(new CreateSuperuserCommand(), "root\npw one\npw one\n", Map.of());
        assertEquals("Username: Password: Password (again): Superuser created successfully.\n", out);
        User root = auth.authenticate("root", "pw one").orElseThrow();
        assertTrue(root.isStaff() && root.isSuperuser() && root.isActive());
    }

    @Test
    @DisplayName("createsuperuser asks again after a blank or taken username, differing passwords, or a blank password")
    void interactiveRetries() {
        auth.createUser("taken", Optional.of("x"));
        String out = run(new CreateSuperuserCommand(), "\ntaken\nroot\na\nb\n\n\nfinal\nfinal\n", Map.of());
        assertEquals("Username: Error: This field cannot be blank.\nUsername: Error: That username is already taken.\n"
                + "Username: Password: Password (again): Error: Your passwords didn't match.\n"
                + "Password: Password (again): Error: Blank passwords aren't allowed.\n"
                + "Password: Password (again): Superuser created successfully.\n", out);
        assertTrue(auth.authenticate("root", "final").isPresent());
    }

    @Test
    @DisplayName("createsuperuser --no-input takes the password from DJANGO_SUPERUSER_PASSWORD")
    void noInput() {
        run(new CreateSuperuserCommand(), "", Map.of("DJANGO_SUPERUSER_PASSWORD", "from env"), "--no-input", "--username", "ci");
        assertTrue(auth.authenticate("ci", "from env").isPresent());
    }

    @Test
    @DisplayName("createsuperuser --noinput without a password leaves the password unusable, as Django")
    void noInputNoPassword() {
        run(new CreateSuperuserCommand(), "", Map.of("DJANGO_SUPERUSER_USERNAME", "ci"), "--noinput");
        assertFalse(auth.byUsername("ci").orElseThrow().hasUsablePassword());
    }

    @Test
    @DisplayName("createsuperuser --no-input without a username, or with a taken one, fails saying so")
    void noInputErrors() {
        CommandError missing = assertThrows(CommandError.class, () -> run(new CreateSuperuserCommand(), "", Map.of(), "--no-input"));
        assertEquals("You must use --username with --noinput.", missing.getMessage());
        auth.createUser("ci", Optional.empty());
        CommandError taken = assertThrows(CommandError.class,
                () -> run(new CreateSuperuserCommand(), "", Map.of(), "--no-input", "--username=ci"));
        assertEquals("Error: That username is already taken.", taken.getMessage());
        CommandError noValue = assertThrows(CommandError.class,
                () -> run(new CreateSuperuserCommand(), "", Map.of(), "--no-input", "--username"));
        assertEquals("--username needs a value: --username <value>", noValue.getMessage());
    }

    @Test
    @DisplayName("createsuperuser whose input ends says how to run it without a terminal")
    void inputEnds() {
        CommandError e = assertThrows(CommandError.class, () -> run(new CreateSuperuserCommand(), "root\n", Map.of()));
        assertEquals("createsuperuser needs answers on its input, and the input ended. Run it in a terminal, or"
                + " non-interactively: createsuperuser --no-input --username <name> with the password in"
                + " DJANGO_SUPERUSER_PASSWORD", e.getMessage());
        assertEquals(Optional.empty(), auth.byUsername("root"));
    }

    @Test
    @DisplayName("changepassword sets the new password after it is typed twice the same")
    void changePassword() {
        auth.createUser("ada", Optional.of("old"));
        String out = run(new ChangePasswordCommand(), "x\ny\nnew\nnew\n", Map.of(), "ada");
        assertEquals("Changing password for user 'ada'\nPassword: Password (again): Passwords do not match. Please try again.\n"
                + "Password: Password (again): Password changed successfully for user 'ada'\n", out);
        assertTrue(auth.authenticate("ada", "new").isPresent());
        assertTrue(auth.authenticate("ada", "old").isEmpty());
    }

    @Test
    @DisplayName("changepassword gives up after three attempts, and names a user that does not exist")
    void changePasswordErrors() {
        auth.createUser("ada", Optional.of("old"));
        CommandError tries = assertThrows(CommandError.class,
                () -> run(new ChangePasswordCommand(), "a\nb\nc\nd\ne\nf\n", Map.of(), "ada"));
        assertEquals("Aborting password change for user 'ada' after 3 attempts", tries.getMessage());
        assertTrue(auth.authenticate("ada", "old").isPresent());
        CommandError unknown = assertThrows(CommandError.class, () -> run(new ChangePasswordCommand(), "", Map.of("USER", "bob")));
        assertEquals("user 'bob' does not exist", unknown.getMessage());
    }

    @Test
    @DisplayName("each command has its name and a one-line help")
    void names() {
        assertEquals("createsuperuser", new CreateSuperuserCommand().name());
        assertEquals("changepassword", new ChangePasswordCommand().name());
        assertFalse(new ChangePasswordCommand().help().contains("\n"));
    }
}
