package org.mtvkit.contrib.sessions;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mtvkit.http.Request;

/**
 * One visitor's session, for the length of one request: Django's {@code request.session}. Values are
 * text (store JSON for anything richer, as Django's serializer does). It loads from the store the
 * first time it is read, and the {@link SessionMiddleware} saves it after the view, only if it changed.
 *
 * <p>Not to be confused with the ORM's {@code org.mtvkit.orm.Session}, a unit of work with the database.
 */
public final class Session {

    /** The request attribute under which {@link SessionMiddleware} puts the session. */
    public static final String ATTRIBUTE = "session";

    private final SessionStore store;
    private Optional<String> key;                 // the key the browser sent, once checked; empty for a new session
    private Map<String, String> values;           // null until first read
    private boolean modified;
    private boolean accessed;
    private Optional<String> deletedKey = Optional.empty();

    Session(SessionStore store, Optional<String> cookieKey) {
        this.store = store;
        this.key = cookieKey;
    }

    /** The session of a request, which the {@link SessionMiddleware} attached. */
    public static Session of(Request request) {
        return request.attribute(ATTRIBUTE, Session.class).orElseThrow(() -> new IllegalStateException(
                "This request has no session: add a SessionMiddleware to the project's middleware, around the"
                        + " router, and register StoredSession with the project's models"));
    }

    private Map<String, String> values() {
        accessed = true;
        if (values == null) {
            Optional<Map<String, String>> loaded = key.flatMap(store::load);
            if (loaded.isEmpty()) {
                key = Optional.empty();           // unknown or expired: never reuse a key the browser chose
            }
            values = new LinkedHashMap<>(loaded.orElse(Map.of()));
        }
        return values;
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(values().get(name));
    }

    public void put(String name, String value) {
        values().put(name, value);
        modified = true;
    }

    public Optional<String> remove(String name) {
        String old = values().remove(name);
        if (old != null) {
            modified = true;
        }
        return Optional.ofNullable(old);
    }

    public Set<String> keys() {
        return Collections.unmodifiableSet(values().keySet());
    }

    public boolean isEmpty() {
        return values().isEmpty();
    }

    // region: cycle-key
    /**
     * Keeps the values under a new key and forgets the old one: done at login, so that a key an attacker
     * planted in a victim's browser before the login is worth nothing after it (session fixation).
     */
    public void cycleKey() {
        Map<String, String> kept = values();
        key.ifPresent(old -> deletedKey = Optional.of(old));
        key = Optional.empty();
        values = kept;
        modified = true;
    }

    /** Deletes the session and its values, and starts a new empty one: done at logout. */
    public void flush() {
        values().clear();
        key.ifPresent(old -> deletedKey = Optional.of(old));
        key = Optional.empty();
        modified = true;
    }
    // endregion

    /** The key, once the session has been saved; empty for a session not yet stored. */
    public Optional<String> key() {
        return key;
    }

    boolean modified() {
        return modified;
    }

    boolean accessed() {
        return accessed;
    }

    Optional<String> takeDeletedKey() {
        Optional<String> old = deletedKey;
        deletedKey = Optional.empty();
        return old;
    }

    /** Saves under the current key, making one if needed; returns it. */
    String saveNow(java.time.Instant expires) {
        String k = key.orElseGet(SessionStore::newKey);
        store.save(k, values(), expires);
        key = Optional.of(k);
        return k;
    }
}
