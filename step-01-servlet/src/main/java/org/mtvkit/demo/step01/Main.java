package org.mtvkit.demo.step01;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.mtvkit.http.HandlerServlet;
import org.mtvkit.http.WebServer;

/**
 * Step 1's demo: one Jetty serving both parts of the step side by side, the raw servlet under
 * {@code /raw/} and the framework's {@link org.mtvkit.http.Handler} everywhere else.
 *
 * <p>Run it with {@code mvn -q -pl step-01-servlet -am compile exec:java -Ddemo=step-01-servlet}; the port comes
 * from the {@code PORT} environment variable (8000 when unset). It listens on 127.0.0.1 only: a demo is for the
 * machine it runs on, not for the network.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (!Demos.asked("step-01-servlet", false)) {
            return;                                             // another step's demo was asked for
        }
        int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8000"));
        Server jetty = server("127.0.0.1", port);
        jetty.start();
        System.out.println("Step 1 is serving on http://localhost:" + port + "/  (Ctrl+C to stop)");
        jetty.join();
    }

    // region: main
    /** Plain Jetty, configured by hand: a context with two servlets mapped to path patterns. */
    static Server server(String host, int port) {
        Server jetty = new Server();
        HttpConfiguration config = new HttpConfiguration();
        config.setSendServerVersion(false);              // no "Server: Jetty(...)": it only helps an attacker
        ServerConnector connector = new ServerConnector(jetty, new HttpConnectionFactory(config));
        connector.setHost(host);
        connector.setPort(port);
        jetty.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        context.addServlet(new ServletHolder(new RawEchoServlet()), "/raw/*");
        context.addServlet(new ServletHolder(new HandlerServlet(Views.site(), WebServer.DEFAULT_MAX_BODY_BYTES)), "/*");
        jetty.setHandler(context);
        return jetty;
    }
    // endregion
}
