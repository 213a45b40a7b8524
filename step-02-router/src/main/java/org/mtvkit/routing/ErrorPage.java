package org.mtvkit.routing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.mtvkit.http.HttpException;
import org.mtvkit.http.Request;

/**
 * What an {@link ErrorRenderer} is asked to show: the request, the status it will be answered with,
 * the message a visitor may read, the exception itself, and whether DEBUG is on.
 *
 * @param message   safe for any visitor: an {@link HttpException}'s message, or a fixed sentence for a 500
 * @param exception what was thrown; only a DEBUG page may show more of it than {@link #message}
 */
public record ErrorPage(Request request, int status, String message, Exception exception, boolean debug) {

    static final String SERVER_ERROR = "The server could not answer this request. The details are in its log.";

    /** The page for whatever a handler threw: an {@link HttpException} keeps its status, anything else is a 500. */
    public static ErrorPage of(Request request, Exception exception, boolean debug) {
        if (exception instanceof HttpException http) {
            return new ErrorPage(request, http.status(), http.getMessage(), exception, debug);
        }
        return new ErrorPage(request, 500, SERVER_ERROR, exception, debug);
    }

    /** {@code 404 Not Found}: the status and its reason, as a page's title. */
    public String title() {
        return status + " " + switch (status) {
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 413 -> "Payload Too Large";
            case 500 -> "Internal Server Error";
            default -> status < 500 ? "Client Error" : "Server Error";
        };
    }

    /** A 5xx: the server's fault, logged with its stack trace. A 4xx is the client's and is not. */
    public boolean serverError() {
        return status >= 500;
    }

    /** For a 404 the router raised: every pattern it tried, in order, with names; otherwise empty. */
    public List<String> tried() {
        return exception instanceof Resolver404 notFound ? notFound.tried() : List.of();
    }

    /** For a 405: the methods the route answers, as its {@code Allow} header lists them; otherwise empty. */
    public List<String> allowed() {
        return exception instanceof MethodNotAllowed notAllowed ? notAllowed.allowed() : List.of();
    }

    /** The stack trace, for a DEBUG page; causes included. */
    public String traceback() {
        StringWriter trace = new StringWriter();
        exception.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }
}
