/**
 * The framework's HTTP core: the one abstraction every later layer builds on.
 *
 * <p>Pipeline: Jetty parses the bytes -> {@link org.mtvkit.http.HandlerServlet} turns the servlet
 * request into an immutable {@link org.mtvkit.http.Request} -> a {@link org.mtvkit.http.Handler}
 * answers a {@link org.mtvkit.http.Response} -> the servlet writes it back to Jetty.
 *
 * <p>Entry points: {@link org.mtvkit.http.WebServer#start} to serve a handler,
 * {@link org.mtvkit.http.Handler} to write one, {@link org.mtvkit.http.Response}'s helpers to answer,
 * {@link org.mtvkit.http.HttpException} to answer with an error status.
 */
package org.mtvkit.http;
