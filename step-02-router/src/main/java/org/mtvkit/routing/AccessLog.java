package org.mtvkit.routing;

import java.util.function.Consumer;
import org.mtvkit.http.Handler;
import org.mtvkit.http.HttpException;
import org.mtvkit.http.Response;

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
