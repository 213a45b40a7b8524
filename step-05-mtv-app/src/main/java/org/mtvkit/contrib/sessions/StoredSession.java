package org.mtvkit.contrib.sessions;

import java.time.Instant;
import org.mtvkit.orm.Column;
import org.mtvkit.orm.Table;

/**
 * One session row, Django's {@code django_session} table: the key the browser holds in its cookie,
 * the session's values as JSON, and when it stops being valid. Register it with the project's models
 * ({@code .app("sessions", StoredSession.class)}) so that {@code migrate} creates its table.
 */
@Table("django_session")
public class StoredSession {
    private Long id;
    @Column(length = 40, unique = true)
    private String sessionKey;
    @Column(length = 100_000)
    private String sessionData;
    private Instant expireDate;

    protected StoredSession() {              // for the ORM
    }

    StoredSession(String sessionKey, String sessionData, Instant expireDate) {
        this.sessionKey = sessionKey;
        this.sessionData = sessionData;
        this.expireDate = expireDate;
    }

    String sessionKey() {
        return sessionKey;
    }

    String sessionData() {
        return sessionData;
    }

    Instant expireDate() {
        return expireDate;
    }
}
