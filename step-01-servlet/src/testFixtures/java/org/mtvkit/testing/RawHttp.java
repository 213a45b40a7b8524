package org.mtvkit.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A client that sends bytes exactly as written, over a plain socket. Browsers and the JDK's
 * HttpClient refuse to send a malformed request (a {@code %zz} in a path, a wrong length), and a
 * server's tests and a curious learner both need to see what the server does with one anyway.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** Sends the request text (lines end in CRLF) and returns the whole raw response. */
    public static String send(int port, String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Sends the request text, then closes the sending side of the socket (the client says "that is all"),
     * and returns the whole raw response: how a server sees a body that ends before its declared length.
     */
    public static String sendAndHalfClose(int port, String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            socket.shutdownOutput();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A GET for the target with {@code Connection: close}, so the server ends the response by closing. */
    public static String get(int port, String target) throws IOException {
        return send(port, "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    }

    /** The status code from the first line of a raw response. */
    public static int status(String response) {
        return Integer.parseInt(response.substring(9, 12));
    }
}
