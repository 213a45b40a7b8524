package org.mtvkit.bench.load;

import jakarta.servlet.http.HttpServlet;
import java.net.URI;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * A Jetty for a plain servlet, set up as {@link org.mtvkit.http.WebServer} sets up the kit's (same
 * thread pool, same connector), so the load test compares the code above Jetty and nothing else.
 */
public final class RawServer implements AutoCloseable {

    private final Server jetty;
    private final ServerConnector connector;

    private RawServer(Server jetty, ServerConnector connector) {
        this.jetty = jetty;
        this.connector = connector;
    }

    /** Starts on 127.0.0.1 and a free port. */
    public static RawServer start(HttpServlet servlet) {
        Server jetty = new Server(new QueuedThreadPool(200, 8, 60_000));
        HttpConfiguration config = new HttpConfiguration();
        config.setSendServerVersion(false);
        ServerConnector connector = new ServerConnector(jetty, new HttpConnectionFactory(config));
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        jetty.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        context.addServlet(new ServletHolder(servlet), "/*");
        jetty.setHandler(context);
        try {
            jetty.start();
        } catch (Exception e) {
            throw new IllegalStateException("could not start the raw servlet's server: " + e.getMessage(), e);
        }
        return new RawServer(jetty, connector);
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/");
    }

    @Override
    public void close() {
        try {
            jetty.stop();
        } catch (Exception e) {
            throw new IllegalStateException("could not stop the raw servlet's server: " + e.getMessage(), e);
        }
    }
}
