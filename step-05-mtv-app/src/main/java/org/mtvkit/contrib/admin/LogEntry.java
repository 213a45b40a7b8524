package org.mtvkit.contrib.admin;

import java.time.Instant;
import org.mtvkit.contrib.auth.User;
import org.mtvkit.orm.Column;
import org.mtvkit.orm.ForeignKey;
import org.mtvkit.orm.Table;

/**
 * One add, change or delete made through the admin, Django's {@code LogEntry} in its
 * {@code django_admin_log} table: shown on the index as "Recent actions". The object is named by its
 * model's label, its key and its text at the time, so an entry outlives the object it describes.
 * Register it with the project's models ({@code .app("admin", LogEntry.class)}).
 */
// region: log-entry
@Table("django_admin_log")
public class LogEntry {
    public static final int ADDITION = 1;
    public static final int CHANGE = 2;
    public static final int DELETION = 3;

    private Long id;
    private Instant actionTime;
    private ForeignKey<User> user;
    @Column(length = 100)
    private String contentType;              // app label and model name: "polls.question"
    @Column(length = 100)
    private String objectId;
    @Column(length = 200)
    private String objectRepr;
    private int actionFlag;
    @Column(length = 1000)
    private String changeMessage;
    // endregion

    protected LogEntry() {                   // for the ORM
    }

    LogEntry(User user, String contentType, String objectId, String objectRepr, int actionFlag, String changeMessage) {
        this.actionTime = Instant.now();
        this.user = ForeignKey.to(user);
        this.contentType = contentType;
        this.objectId = objectId;
        this.objectRepr = objectRepr.length() > 200 ? objectRepr.substring(0, 200) : objectRepr;
        this.actionFlag = actionFlag;
        this.changeMessage = changeMessage.length() > 1000 ? changeMessage.substring(0, 1000) : changeMessage;
    }

    public Long getId() {
        return id;
    }

    public Instant getActionTime() {
        return actionTime;
    }

    public User getUser() {
        return user.get();
    }

    public String getContentType() {
        return contentType;
    }

    public String getObjectId() {
        return objectId;
    }

    public String getObjectRepr() {
        return objectRepr;
    }

    public int getActionFlag() {
        return actionFlag;
    }

    public String getChangeMessage() {
        return changeMessage;
    }

    public boolean isAddition() {
        return actionFlag == ADDITION;
    }

    public boolean isChange() {
        return actionFlag == CHANGE;
    }

    public boolean isDeletion() {
        return actionFlag == DELETION;
    }
}
