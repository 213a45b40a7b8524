package org.mtvkit.demo.step02;

import org.mtvkit.demo.step01.Demos;

import org.mtvkit.http.WebServer;

/**
 * Step 2's demo: a handful of routes behind the router, with an access log in the terminal.
 *
 * <p>Run it with {@code mvn -q -pl step-02-router -am compile exec:java -Ddemo=step-02-router}; the port comes from the
 * {@code PORT} environment variable (8000 when unset). It listens on 127.0.0.1 only: a demo with DEBUG pages is
 * for the machine it runs on, not for the network.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (!Demos.asked("step-02-router", false)) {
            return;                                             // another step's demo was asked for
        }
        int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8000"));
        WebServer server = WebServer.start(new Site().handler(), "127.0.0.1", port);
        System.out.println("Step 2 is serving on http://localhost:" + port + "/  (Ctrl+C to stop)");
        server.join();
    }
}
