package org.mtvkit.routing;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.concurrent.locks.LockSupport;
import org.mtvkit.http.Handler;
import org.mtvkit.http.HttpException;
import org.mtvkit.http.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one line per request: {@code GET /polls/7/ 200 3ms}. A request that ends in an exception is
 * logged with the status it will get (its {@link HttpException} status, or 500), and the exception
 * goes on to the next layer out.
 */
public final class AccessLog implements Middleware {

    private final Consumer<String> out;

    private AccessLog(Consumer<String> out) {
        this.out = out;
    }

    /** Logs to the given sink, for example {@code System.out::println}. */
    public static AccessLog to(Consumer<String> out) {
        return new AccessLog(out);
    }

    // region: access-log-sink
    /**
     * A sink that logs each line at INFO through SLF4J's logger {@code org.mtvkit.access}, from one
     * background thread. The request's thread only puts the line on a lock-free queue: a logger that
     * prints takes the console stream's lock, and under load every request would wait for it.
     */
    public static Consumer<String> slf4j() {
        Logger logger = LoggerFactory.getLogger("org.mtvkit.access");
        Queue<String> lines = new ConcurrentLinkedQueue<>();
        AtomicInteger queued = new AtomicInteger();
        Thread writer = new Thread(() -> {
            while (true) {
                String line = lines.poll();
                if (line == null) {
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));    // nothing to write: look again soon
                } else {
                    queued.decrementAndGet();
                    logger.info(line);
                }
            }
        }, "access-log");
        writer.setDaemon(true);
        writer.start();
        return line -> {
            if (queued.incrementAndGet() <= 100_000) {     // a console slower than the site drops lines, not memory
                lines.add(line);
            } else {
                queued.decrementAndGet();
            }
        };
    }
    // endregion

    // region: access-log
    @Override
    public Handler wrap(Handler next) {
        return request -> {
            long start = System.nanoTime();
            int status = 500;
            try {
                Response response = next.handle(request);
                status = response == null ? 500 : response.status();
                return response;
            } catch (HttpException e) {
                status = e.status();
                throw e;
            } finally {
                long millis = (System.nanoTime() - start) / 1_000_000;
                out.accept(request.method() + " " + request.fullPath() + " " + status + " " + millis + "ms");
            }
        };
    }
    // endregion
}
