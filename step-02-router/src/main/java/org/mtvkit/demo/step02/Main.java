package org.mtvkit.demo.step02;

import org.mtvkit.http.WebServer;

/**
 * Step 2's demo: a handful of routes behind the router, with an access log in the terminal.
 *
 * <p>Run it with {@code mvn -q -pl step-02-router -am test-compile exec:java -Dexec.skip=true}; the port comes from the
 * {@code PORT} environment variable (8000 when unset).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8000"));
        WebServer server = WebServer.start(new Site().handler(), "0.0.0.0", port);
        System.out.println("Step 2 is serving on http://localhost:" + port + "/  (Ctrl+C to stop)");
        server.join();
    }
}
