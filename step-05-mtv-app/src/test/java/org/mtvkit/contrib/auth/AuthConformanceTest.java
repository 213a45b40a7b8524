package org.mtvkit.contrib.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mtvkit.mtv.Json;

/**
 * Passwords and redirects as Django 3.2 has them, from {@code auth.json} (written by
 * {@code conformance/django_auth.py}, which ran Django): the kit writes the very hash Django writes
 * for the same password and salt, and verifies Django's hashes; the other way round, the same
 * script's {@code --check} has Django verify the hashes in {@code kit_hashes.json}, which this test
 * proves the kit verifies too.
 */
class AuthConformanceTest {

    @SuppressWarnings("unchecked")
    static Map<String, Object> load(String name) throws Exception {
        try (InputStream in = AuthConformanceTest.class.getResourceAsStream("/conformance/" + name)) {
            return (Map<String, Object>) Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        }
    }

    @TestFactory
    @DisplayName("the kit writes the very hash Django wrote for each password and salt, and accepts it:")
    @SuppressWarnings("unchecked")
    List<DynamicTest> theKitWritesAndReadsDjangosHashes() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Object h : (List<Object>) load("auth.json").get("hashes")) {
            Map<String, Object> hash = (Map<String, Object>) h;
            String password = (String) hash.get("password");
            String salt = (String) hash.get("salt");
            String encoded = (String) hash.get("encoded");
            tests.add(DynamicTest.dynamicTest(encoded, () -> {
                assertEquals(encoded, Pbkdf2PasswordHasher.encode(password, salt, ((Number) hash.get("iterations")).intValue()));
                assertTrue(Passwords.checkPassword(password, encoded));
                assertFalse(Passwords.checkPassword(password + "x", encoded));
            }));
        }
        assertEquals(27, tests.size());
        return tests;
    }

    @Test
    @DisplayName("hashes the kit wrote (and Django accepted, see the generator's --check) verify here, with 22-letter salts")
    @SuppressWarnings("unchecked")
    void kitHashes() throws Exception {
        for (Object h : (List<Object>) load("kit_hashes.json").get("hashes")) {
            Map<String, Object> hash = (Map<String, Object>) h;
            String encoded = (String) hash.get("encoded");
            assertTrue(encoded.matches("pbkdf2_sha256\\$260000\\$[A-Za-z0-9]{22}\\$[A-Za-z0-9+/]{43}="), encoded);
            assertTrue(Passwords.checkPassword((String) hash.get("password"), encoded), encoded);
        }
    }

    @TestFactory
    @DisplayName("every next= URL Django judged is judged the same, safe or not:")
    @SuppressWarnings("unchecked")
    List<DynamicTest> nextIsJudgedAsDjangoJudgesIt() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Object r : (List<Object>) load("auth.json").get("redirects")) {
            Map<String, Object> redirect = (Map<String, Object>) r;
            String url = (String) redirect.get("url");
            tests.add(DynamicTest.dynamicTest("[" + url.replaceAll("\\p{Cntrl}", "?") + "] " + redirect.get("allowed"),
                    () -> assertEquals(redirect.get("allowed"), SafeRedirects.isSafe(url, Set.of("testserver")))));
        }
        return tests;
    }

    @Test
    @DisplayName("a password never matches an unusable or damaged hash, or another algorithm's")
    void unusable() {
        assertFalse(Passwords.checkPassword("", Passwords.makeUnusablePassword()));
        assertFalse(Passwords.isUsable(Passwords.makeUnusablePassword()));
        assertFalse(Passwords.checkPassword("x", "pbkdf2_sha256$abc$salt$hash"));
        assertFalse(Passwords.checkPassword("x", "pbkdf2_sha256$999999999$salt$hash"));
        assertFalse(Passwords.checkPassword("x", "argon2$argon2id$v=19$m=102400,t=2,p=8$c29tZXNhbHQ$hash"));
        assertFalse(Passwords.checkPassword("x", ""));
    }
}
