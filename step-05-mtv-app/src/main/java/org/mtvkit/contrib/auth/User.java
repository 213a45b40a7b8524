package org.mtvkit.contrib.auth;

import java.time.Instant;
import java.util.Optional;
import org.mtvkit.orm.Column;
import org.mtvkit.orm.Table;

/**
 * Django's {@code auth.User}, in its {@code auth_user} table: a username, a password hash (never the
 * password), and the flags the admin reads. Register it with the project's models
 * ({@code .app("auth", User.class)}). Create users with {@link Auth#createUser} or the
 * {@code createsuperuser} command, which hash the password.
 */
// region: user-model
@Table("auth_user")
public class User {
    private Long id;
    @Column(length = 150, unique = true)
    private String username;
    @Column(length = 128)
    private String password;                 // pbkdf2_sha256$260000$salt$hash, or "!..." for none
    private boolean isStaff;                 // may log in to the admin
    private boolean isSuperuser;             // has every permission
    private boolean isActive = true;         // false: cannot log in, without deleting the account
    @Column(nullable = true)
    private Instant lastLogin;
    private Instant dateJoined;
    // endregion

    protected User() {                       // for the ORM
    }

    User(String username, String encodedPassword, Instant dateJoined) {
        this.username = username;
        this.password = encodedPassword;
        this.dateJoined = dateJoined;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    /** The stored hash, for code that must compare it (the session's check); never shown to anyone. */
    String getPassword() {
        return password;
    }

    public boolean isStaff() {
        return isStaff;
    }

    public boolean isSuperuser() {
        return isSuperuser;
    }

    public boolean isActive() {
        return isActive;
    }

    public Optional<Instant> getLastLogin() {
        return Optional.ofNullable(lastLogin);
    }

    public Instant getDateJoined() {
        return dateJoined;
    }

    /** Whether this user is a real, logged-in person: always true (Django's AnonymousUser answers false). */
    public boolean isAuthenticated() {
        return true;
    }

    /** Django's {@code check_password}. */
    public boolean checkPassword(String raw) {
        return Passwords.checkPassword(raw, password);
    }

    /** Django's {@code set_password}: hashes the new password (call {@code db.save(user)} to store it). */
    public void setPassword(String raw) {
        this.password = Passwords.makePassword(raw);
    }

    public void setUnusablePassword() {
        this.password = Passwords.makeUnusablePassword();
    }

    public boolean hasUsablePassword() {
        return Passwords.isUsable(password);
    }

    public void setStaff(boolean staff) {
        this.isStaff = staff;
    }

    public void setSuperuser(boolean superuser) {
        this.isSuperuser = superuser;
    }

    public void setActive(boolean active) {
        this.isActive = active;
    }

    void setLastLogin(Instant lastLogin) {
        this.lastLogin = lastLogin;
    }

    @Override
    public String toString() {
        return username;
    }
}
