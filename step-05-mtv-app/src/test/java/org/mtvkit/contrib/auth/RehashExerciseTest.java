package org.mtvkit.contrib.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import testsite.TestSite;

/** Exercise 08-rehash (chapter 8, exercise 1): a hash made with fewer iterations is replaced at the next login. */
@Tag("exercise")
@Tag("exercise-08-rehash")
class RehashExerciseTest {

    private static final String OLD = Pbkdf2PasswordHasher.encode("secret words", "oldsalt", 1_000);

    TestSite site;
    Auth auth;

    @BeforeEach
    void start() {
        site = TestSite.start((db, shortcuts) -> List.of(), List.of(User.class), List.of());
        auth = new Auth(site.db);
        auth.createUser("ada", Optional.of("placeholder"));
        site.db.objects(User.class).filter("username", "ada").update(Map.of("password", OLD));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private long rowsWithHash(String prefix) {
        return site.db.objects(User.class).filter("password__startswith", prefix).count();
    }

    @Test
    @DisplayName("a login with a 1,000-iteration hash stores the password again with ITERATIONS, and it still works")
    void rehashesOnLogin() {
        assertTrue(auth.authenticate("ada", "secret words").isPresent(), "the old hash must still let ada log in");
        assertEquals(1, rowsWithHash("pbkdf2_sha256$" + Pbkdf2PasswordHasher.ITERATIONS + "$"),
                "after a login the row still holds the 1,000-iteration hash: in Auth.authenticate, when the password is "
                        + "right and the stored iteration count is below ITERATIONS, set the password again and save the user");
        assertTrue(auth.authenticate("ada", "secret words").isPresent(), "the new hash lets ada log in too");
    }

    @Test
    @DisplayName("a wrong password leaves the old hash as it was")
    void wrongPasswordKeepsTheHash() {
        assertTrue(auth.authenticate("ada", "wrong").isEmpty());
        assertEquals(1, site.db.objects(User.class).filter("password", OLD).count(),
                "a failed login must not touch the stored hash");
    }
}
