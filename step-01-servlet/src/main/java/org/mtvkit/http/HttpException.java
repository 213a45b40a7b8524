package org.mtvkit.http;

/**
 * Thrown by a handler to answer with an error status, for example 404 for an object that does not
 * exist or 400 for input that cannot be understood.
 *
 * <p>The message is shown to the client (escaped), so it must say what was wrong without revealing
 * internals.
 */
public class HttpException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    public HttpException(int status, String message) {
        super(message);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("HttpException is for error statuses (4xx, 5xx), not " + status);
        }
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static HttpException badRequest(String message) {
        return new HttpException(400, message);
    }

    public static HttpException notFound(String message) {
        return new HttpException(404, message);
    }
}
