package org.mtvkit.http;

import java.net.URI;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
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

    // region: start
    public static WebServer start(Handler handler, String host, int port, int maxBodyBytes) {
        Server jetty = new Server(new QueuedThreadPool(200, 8, 60_000));
        HttpConfiguration config = new HttpConfiguration();
        config.setSendServerVersion(false);            // do not advertise the server's version
        ServerConnector connector = new ServerConnector(jetty, new HttpConnectionFactory(config));
        connector.setHost(host);
        connector.setPort(port);
        jetty.addConnector(connector);

        ServletContextHandler context = new ServletContextHandler("/");
        context.addServlet(new ServletHolder(new HandlerServlet(handler, maxBodyBytes)), "/*");
        jetty.setHandler(context);
        ErrorHandler quiet = new ErrorHandler();       // Jetty's own error pages (bad URIs): no stack traces
        quiet.setShowStacks(false);
        jetty.setErrorHandler(quiet);
        try {
            jetty.start();
        } catch (Exception e) {
            throw new IllegalStateException("could not start the server on " + host + ":" + port
                    + " (" + e.getMessage() + "); is another program using that port? Set PORT to another one.", e);
        }
        return new WebServer(jetty, connector);
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
