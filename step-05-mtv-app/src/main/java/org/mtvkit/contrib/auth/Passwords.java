package org.mtvkit.contrib.auth;

import java.security.SecureRandom;

/** Django's {@code make_password} and {@code check_password}, and its unusable passwords. */
public final class Passwords {

    /** Django's prefix for a password that matches nothing, such as a user created without one. */
    static final String UNUSABLE_PREFIX = "!";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    /** A new hash of the password, with a fresh salt. */
    public static String makePassword(String raw) {
        return Pbkdf2PasswordHasher.encode(raw, Pbkdf2PasswordHasher.salt(), Pbkdf2PasswordHasher.ITERATIONS);
    }

    /** A value no password matches: {@code !} and 40 random characters, as Django's. */
    public static String makeUnusablePassword() {
        String chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        StringBuilder out = new StringBuilder(UNUSABLE_PREFIX);
        for (int i = 0; i < 40; i++) {
            out.append(chars.charAt(RANDOM.nextInt(chars.length())));
        }
        return out.toString();
    }

    public static boolean isUsable(String encoded) {
        return !encoded.startsWith(UNUSABLE_PREFIX);
    }

    public static boolean checkPassword(String raw, String encoded) {
        return isUsable(encoded) && Pbkdf2PasswordHasher.verify(raw, encoded);
    }
}
