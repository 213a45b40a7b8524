package org.mtvkit.routing;

/**
 * The seam for error pages: the {@link ErrorMiddleware} decides the status, the headers and the
 * logging; a renderer only writes the HTML. The kit's default is {@link #plain()}; step 5 plugs in one
 * that uses the site's templates. A renderer may throw (its own template may be broken): the
 * middleware then logs that and answers with the plain page.
 */
@FunctionalInterface
public interface ErrorRenderer {

    /** The whole HTML page for the error. Everything taken from the request or the exception must be escaped. */
    String render(ErrorPage page) throws Exception;

    /**
     * One plain look shared by every status. DEBUG off: the status and the visitor's message. DEBUG on:
     * also the request, the patterns tried for a 404, and the traceback for a 500.
     */
    static ErrorRenderer plain() {
        return PlainErrorRenderer.INSTANCE;
    }
}
