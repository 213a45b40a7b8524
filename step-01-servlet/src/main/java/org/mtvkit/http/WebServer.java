package org.mtvkit.http;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Starts an embedded Jetty that sends every request to one {@link Handler}.
 *
 * <pre>{@code
 * try (WebServer server = WebServer.start(request -> Response.text("hi"), "127.0.0.1", 0)) {
 *     System.out.println(server.uri());   // http://127.0.0.1:41234/
 * }
 * }</pre>
 */
public final class WebServer implements AutoCloseable {

    /** One mebibyte: plenty for forms, small enough that a client cannot exhaust memory. */
    public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

    /** Jetty's own default. */
    public static final int DEFAULT_MAX_THREADS = 200;

    private final Server jetty;
    private final ServerConnector connector;

    private WebServer(Server jetty, ServerConnector connector) {
        this.jetty = jetty;
        this.connector = connector;
    }

    /** Starts on the host and port (0 picks a free port) with the default body limit. */
    public static WebServer start(Handler handler, String host, int port) {
        return start(handler, host, port, DEFAULT_MAX_BODY_BYTES);
    }

    public static WebServer start(Handler handler, String host, int port, int maxBodyBytes) {
        return start(handler, host, port, maxBodyBytes, DEFAULT_MAX_THREADS);
    }

    // region: start
    /** Starts with at most {@code maxThreads} threads, Jetty's own (accepting, selecting) included. */
    public static WebServer start(Handler handler, String host, int port, int maxBodyBytes, int maxThreads) {
        Server jetty = new Server(new QueuedThreadPool(maxThreads, Math.min(8, maxThreads), 60_000));
        HttpConfiguration config = new HttpConfiguration();
        config.setSendServerVersion(false);            // do not advertise the server's version
        ServerConnector connector = new ServerConnector(jetty, new HttpConnectionFactory(config));
        connector.setHost(host);
        connector.setPort(port);
        jetty.addConnector(connector);

        ServletContextHandler context = new ServletContextHandler("/");
        context.addServlet(new ServletHolder(new HandlerServlet(handler, maxBodyBytes)), "/*");
        jetty.setHandler(context);
        jetty.setErrorHandler(new RefusedRequests());  // what Jetty refuses itself gets the kit's page too
        try {
            jetty.start();
        } catch (Exception e) {
            throw new IllegalStateException("could not start the server on " + host + ":" + port
                    + " (" + e.getMessage() + "); is another program using that port? Set PORT to another one.", e);
        }
        return new WebServer(jetty, connector);
    }
    // endregion

    // region: refused-requests
    /**
     * Jetty refuses some requests before any servlet runs: a request line it cannot parse, a {@code %zz} in
     * the path, and paths whose meaning depends on who reads them ({@code //x}, an encoded {@code /} or
     * {@code ..}). Its own page for them is ISO-8859-1 and looks like no other page of the site; this one
     * writes the kit's plain page, in UTF-8, with Jetty's reason in it.
     */
    static final class RefusedRequests extends ErrorHandler {

        @Override
        public boolean handle(org.eclipse.jetty.server.Request request, org.eclipse.jetty.server.Response response,
                              Callback callback) {
            Object reason = request.getAttribute(ERROR_MESSAGE);
            byte[] page = page(response.getStatus(), reason instanceof String text ? text : null);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, HTML);
            response.write(true, ByteBuffer.wrap(page), callback);
            return true;
        }

        /** A request line or header Jetty could not parse at all: no request object exists yet. */
        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            fields.put(HttpHeader.CONTENT_TYPE, HTML);
            return ByteBuffer.wrap(page(status, reason));
        }

        private static byte[] page(int status, String reason) {
            String why = reason == null || reason.isBlank() ? Status.reason(status) : reason;
            return Html.errorPage(status, "The server refused this request before the site saw it (" + why
                    + "). Check the address: no '//', no encoded '/' or '..', and every '%' followed by two hex digits.")
                    .getBytes(StandardCharsets.UTF_8);
        }

        private static final String HTML = "text/html; charset=utf-8";
    }
    // endregion

    /** The port actually bound: the chosen one, or the one the system picked for port 0. */
    public int port() {
        return connector.getLocalPort();
    }

    /** The server's base address, for example {@code http://127.0.0.1:8000/}. */
    public URI uri() {
        String host = connector.getHost() == null || connector.getHost().equals("0.0.0.0")
                ? "localhost" : connector.getHost();
        return URI.create("http://" + host + ":" + port() + "/");
    }

    /** Blocks until the server stops, as a demo's main thread does. */
    public void join() throws InterruptedException {
        jetty.join();
    }

    /** Stops accepting connections, finishes the requests in flight, and releases the port. */
    public void stop() {
        try {
            jetty.stop();
        } catch (Exception e) {
            throw new IllegalStateException("could not stop the server cleanly: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
