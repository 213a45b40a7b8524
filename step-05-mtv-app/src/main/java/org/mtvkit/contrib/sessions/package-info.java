/**
 * Django's {@code django.contrib.sessions}: what a site remembers about one visitor between requests.
 *
 * <p>Cookie {@code sessionid} -> {@link org.mtvkit.contrib.sessions.SessionMiddleware} -> a
 * {@link org.mtvkit.contrib.sessions.Session} on the request ({@code Session.of(request)}) -> the view
 * reads and writes it -> the middleware saves it through the
 * {@link org.mtvkit.contrib.sessions.SessionStore} into the {@code django_session} table
 * ({@link org.mtvkit.contrib.sessions.StoredSession}) and sets the cookie. The browser holds only a
 * random key; the values stay on the server.
 */
package org.mtvkit.contrib.sessions;
