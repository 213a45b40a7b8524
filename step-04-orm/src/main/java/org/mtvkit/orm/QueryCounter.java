package org.mtvkit.orm;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts the statements a database runs (every SELECT, INSERT, UPDATE, DELETE; a batch counts once),
 * and keeps them so a test can say which ones. Add it with {@link Database#addListener}.
 */
public final class QueryCounter implements StatementListener {
    private final List<StatementEvent> events = new ArrayList<>();
    private final Thread onlyThread; // null: statements from every thread count

    /** Counts the statements of every thread. */
    public QueryCounter() {
        this(null);
    }

    private QueryCounter(Thread onlyThread) {
        this.onlyThread = onlyThread;
    }

    /**
     * Counts only the statements run by the calling thread: in a server that handles requests on many
     * threads, this is how one request can report "this page ran 2 queries".
     */
    public static QueryCounter forCurrentThread() {
        return new QueryCounter(Thread.currentThread());
    }

    @Override
    public synchronized void onStatement(StatementEvent event) {
        if (onlyThread == null || onlyThread == Thread.currentThread()) {
            events.add(event);
        }
    }

    public synchronized int count() {
        return events.size();
    }

    public synchronized List<StatementEvent> statements() {
        return List.copyOf(events);
    }

    public synchronized void reset() {
        events.clear();
    }
}
