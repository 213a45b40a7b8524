/**
 * Django's {@code django.contrib.auth}: users, their passwords, and who is logged in.
 *
 * <p>{@link org.mtvkit.contrib.auth.LoginView} -> {@link org.mtvkit.contrib.auth.AuthenticationForm}
 * -> {@link org.mtvkit.contrib.auth.Auth#authenticate} (the {@link org.mtvkit.contrib.auth.User} by
 * username, its password checked by the {@link org.mtvkit.contrib.auth.Pbkdf2PasswordHasher}) ->
 * {@link org.mtvkit.contrib.auth.Auth#login} (the user's id in a session with a new key) -> redirect to
 * a {@code next} that {@link org.mtvkit.contrib.auth.SafeRedirects} keeps on this site. Later requests:
 * {@link org.mtvkit.contrib.auth.Auth#user} and the {@link org.mtvkit.contrib.auth.LoginRequired} guard.
 * Commands: {@code createsuperuser}, {@code changepassword}.
 */
package org.mtvkit.contrib.auth;
