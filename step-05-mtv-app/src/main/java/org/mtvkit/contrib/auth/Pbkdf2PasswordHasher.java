package org.mtvkit.contrib.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Django's default password hasher, {@code PBKDF2PasswordHasher}: PBKDF2 with HMAC-SHA256, written as
 * {@code pbkdf2_sha256$260000$<salt>$<base64 of the 32-byte hash>}, byte for byte as Django 3.2
 * writes it, so that a password set in Django logs in here and the other way round.
 */
public final class Pbkdf2PasswordHasher {

    public static final String ALGORITHM = "pbkdf2_sha256";
    /** Django 3.2's work factor: slow enough to make guessing costly, fast enough for one login. */
    public static final int ITERATIONS = 260_000;

    private static final String SALT_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Pbkdf2PasswordHasher() {
    }

    /** 22 random letters and digits: Django's 128 bits of salt entropy. */
    public static String salt() {
        StringBuilder salt = new StringBuilder(22);
        for (int i = 0; i < 22; i++) {
            salt.append(SALT_CHARS.charAt(RANDOM.nextInt(SALT_CHARS.length())));
        }
        return salt.toString();
    }

    // region: encode
    public static String encode(String password, String salt, int iterations) {
        if (salt.contains("$")) {
            throw new IllegalArgumentException("a salt cannot contain '$', which separates the parts of the hash");
        }
        byte[] hash = pbkdf2(password.getBytes(StandardCharsets.UTF_8), salt.getBytes(StandardCharsets.UTF_8), iterations);
        return ALGORITHM + "$" + iterations + "$" + salt + "$" + Base64.getEncoder().encodeToString(hash);
    }
    // endregion

    // region: verify
    /**
     * Whether the password matches the encoded hash. The comparison takes the same time wherever the
     * strings first differ, so that timing tells an attacker nothing about the hash.
     */
    public static boolean verify(String password, String encoded) {
        // task: 05-2 checking a password
        String[] parts = encoded.split("\\$", -1);
        if (parts.length != 4 || !parts[0].equals(ALGORITHM)) {
            return false;                  // another algorithm, or an unusable password ("!...")
        }
        int iterations;
        try {
            iterations = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            return false;
        }
        if (iterations < 1 || iterations > 10_000_000) {
            return false;                  // a damaged row must not make a login take hours
        }
        String again = encode(password, parts[2], iterations);
        return MessageDigest.isEqual(again.getBytes(StandardCharsets.UTF_8), encoded.getBytes(StandardCharsets.UTF_8));
        // endtask
    }
    // endregion

    // region: pbkdf2
    /** RFC 8018's PBKDF2, one 32-byte block: U1 = HMAC(password, salt || 1), Ui = HMAC(password, Ui-1), T = U1 ^ ... ^ Un. */
    static byte[] pbkdf2(byte[] password, byte[] salt, int iterations) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            // HMAC pads a short key with zero bytes, so an empty key is the same key as one zero byte; Java
            // refuses an empty key, and Django allows an empty password.
            mac.init(new SecretKeySpec(password.length == 0 ? new byte[1] : password, "HmacSHA256"));
            mac.update(salt);
            byte[] u = mac.doFinal(new byte[] {0, 0, 0, 1});
            byte[] t = u.clone();
            for (int i = 1; i < iterations; i++) {
                u = mac.doFinal(u);
                for (int j = 0; j < t.length; j++) {
                    t[j] ^= u[j];
                }
            }
            return t;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK has no HmacSHA256, which every Java SE JDK must have", e);
        }
    }
    // endregion
}
