package org.mtvkit.http;

/**
 * The one abstraction the framework is built on: a function from a request to a response.
 *
 * <p>A view is a handler, the router is a handler that picks another handler, and middleware is a
 * handler that wraps another one. A handler may throw: {@link HttpException} becomes a response with
 * its status, anything else becomes a 500 page (the stack trace goes to the log, never to the page).
 */
// region: handler
@FunctionalInterface
public interface Handler {
    Response handle(Request request) throws Exception;
}
// endregion
