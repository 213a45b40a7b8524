package org.mtvkit.contrib.sessions;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.mtvkit.mtv.Json;
import org.mtvkit.orm.Database;

/**
 * Django's database session backend: session values as JSON in {@link StoredSession} rows, found by a
 * random key. A key that is unknown, expired or whose row does not parse loads as no session at all
 * (never an error: the key comes from a cookie, which anyone can write).
 */
public final class SessionStore {

    private static final String KEY_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database db;
    private final Clock clock;

    public SessionStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public SessionStore(Database db) {
        this(db, Clock.systemUTC());
    }

    Instant now() {
        return clock.instant();
    }

    /** 32 characters from 36: about 165 bits, as Django's {@code get_random_string(32)}. */
    static String newKey() {
        StringBuilder key = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            key.append(KEY_CHARS.charAt(RANDOM.nextInt(KEY_CHARS.length())));
        }
        return key.toString();
    }

    // region: load
    /** The values of a live session, or empty when the key names none. */
    Optional<Map<String, String>> load(String key) {
        if (key.length() != 32 || !key.chars().allMatch(c -> KEY_CHARS.indexOf(c) >= 0)) {
            return Optional.empty();                       // not a key this store ever made: no query
        }
        return db.objects(StoredSession.class).filter("sessionKey", key).filter("expireDate__gt", now()).first()
                .flatMap(row -> decode(row.sessionData()));
    }
    // endregion

    void save(String key, Map<String, String> values, Instant expires) {
        String data = encode(values);
        int updated = db.objects(StoredSession.class).filter("sessionKey", key)
                .update(Map.of("sessionData", data, "expireDate", expires));
        if (updated == 0) {
            db.save(new StoredSession(key, data, expires));
        }
    }

    void delete(String key) {
        db.objects(StoredSession.class).filter("sessionKey", key).delete();
    }

    /** Deletes every expired row: Django's {@code clearsessions} command. */
    public int clearExpired() {
        return (int) db.objects(StoredSession.class).filter("expireDate__lte", now()).delete().total();
    }

    static String encode(Map<String, String> values) {
        StringBuilder json = new StringBuilder("{");
        values.forEach((name, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            quote(json, name).append(':');
            quote(json, value);
        });
        return json.append('}').toString();
    }

    private static StringBuilder quote(StringBuilder out, String text) {
        out.append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }

    private static Optional<Map<String, String>> decode(String data) {
        try {
            if (Json.parse(data, "session") instanceof Map<?, ?> map) {
                Map<String, String> values = new LinkedHashMap<>();
                map.forEach((name, value) -> values.put(String.valueOf(name), String.valueOf(value)));
                return Optional.of(values);
            }
        } catch (IllegalArgumentException corrupted) {
            // Django logs "Session data corrupted" and starts afresh; so does the kit
        }
        return Optional.empty();
    }
}
