package org.mtvkit.contrib.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.mtvkit.contrib.sessions.Session;
import org.mtvkit.http.Request;
import org.mtvkit.orm.Database;

/**
 * Django's {@code authenticate}, {@code login}, {@code logout} and {@code request.user}: who the
 * visitor is, remembered in their session by the user's id.
 */
public final class Auth {

    static final String SESSION_KEY = "_auth_user_id";
    static final String HASH_SESSION_KEY = "_auth_user_hash";

    // A hash computed once: checking a password for a username that does not exist costs the same time
    // as for one that does, so that timing does not tell which usernames exist (Django does the same).
    private static final String DUMMY = Passwords.makePassword("a password nobody has");

    private final Database db;

    public Auth(Database db) {
        this.db = db;
    }

    /** A new user with a hashed password; {@code password} empty means an unusable one. */
    public User createUser(String username, Optional<String> password) {
        User user = new User(username, Passwords.makeUnusablePassword(), Instant.now());
        password.ifPresent(user::setPassword);
        return db.save(user);
    }

    public User createSuperuser(String username, Optional<String> password) {
        User user = new User(username, Passwords.makeUnusablePassword(), Instant.now());
        password.ifPresent(user::setPassword);
        user.setStaff(true);
        user.setSuperuser(true);
        return db.save(user);
    }

    public Optional<User> byUsername(String username) {
        return db.objects(User.class).filter("username", username).first();
    }

    // region: authenticate
    /** The active user with this username and password; empty otherwise, without saying which was wrong. */
    public Optional<User> authenticate(String username, String password) {
        Optional<User> user = byUsername(username);
        if (user.isEmpty()) {
            Passwords.checkPassword(password, DUMMY);      // the same work as a real check
            return Optional.empty();
        }
        return user.filter(u -> u.checkPassword(password) && u.isActive());
    }
    // endregion

    // region: login
    /**
     * Remembers the user in the visitor's session. The session gets a new key (a key planted before the
     * login is worthless after it), or is emptied first if another user was logged in on it.
     */
    public void login(Request request, User user) {
        Session session = Session.of(request);
        Optional<String> previous = session.get(SESSION_KEY);
        if (previous.isPresent() && !previous.get().equals(String.valueOf(user.getId()))) {
            session.flush();
        } else {
            session.cycleKey();
        }
        session.put(SESSION_KEY, String.valueOf(user.getId()));
        session.put(HASH_SESSION_KEY, sessionHash(user));
        db.objects(User.class).filter("id", user.getId()).update("lastLogin", Instant.now());
    }
    // endregion

    /** Forgets the user and everything else in the session. */
    public void logout(Request request) {
        Session.of(request).flush();
    }

    // region: current-user
    /**
     * The logged-in user, Django's {@code request.user} when authenticated. A session whose user was
     * deactivated, deleted, or whose password changed since the login counts as logged out.
     */
    public Optional<User> user(Request request) {
        Session session = Session.of(request);
        Optional<Long> id = session.get(SESSION_KEY).flatMap(Auth::parseId);
        Optional<User> user = id.flatMap(i -> db.objects(User.class).filter("id", i).first()).filter(User::isActive);
        if (user.isPresent() && !MessageDigest.isEqual(bytes(sessionHash(user.get())),
                bytes(session.get(HASH_SESSION_KEY).orElse("")))) {
            session.flush();                               // the password changed: every old session ends
            return Optional.empty();
        }
        return user;
    }
    // endregion

    /**
     * Ties a session to the password it logged in with: Django's {@code get_session_auth_hash}, which is an
     * HMAC with the project's SECRET_KEY; the kit has no secret key, and the session's values never leave
     * the server, so a plain SHA-256 of the password hash serves the same purpose.
     */
    static String sessionHash(User user) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes(user.getPassword())));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no SHA-256, which every Java SE JDK must have", e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Optional<Long> parseId(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
