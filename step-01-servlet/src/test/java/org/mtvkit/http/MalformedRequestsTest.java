package org.mtvkit.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.mtvkit.testing.RawHttp;
import org.slf4j.LoggerFactory;

/**
 * Requests no browser sends, written byte by byte over a socket: each gets a 4xx, never a 500, and the log
 * gets at most one WARN line for it, never an ERROR with a stack trace (a client must not be able to fill
 * the log with traces).
 */
class MalformedRequestsTest {

    static {
        // Tests keep the log off (the parent pom); this class runs in a JVM of its own and turns it back on
        // to the app's level, warnings, before any logger exists.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }

    private WebServer server;
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private PrintStream realErr;

    @BeforeEach
    void start() {
        // slf4j-simple writes to whatever System.err is at the time of each log call.
        realErr = System.err;
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        server = WebServer.start(request -> Response.text("form=" + request.form() + " body=" + request.text()),
                "127.0.0.1", 0, 1000);
    }

    @AfterEach
    void stop() {
        server.stop();
        System.setErr(realErr);
    }

    private String send(String request) throws Exception {
        return RawHttp.send(server.port(), request);
    }

    /** The answer is this 4xx, and the log holds at most one WARN line and no ERROR. */
    private void answered(int status, String response) {
        String finalResponse = response.replaceFirst("^HTTP/1.1 100 Continue\r\n\r\n", "");
        assertEquals(status, RawHttp.status(finalResponse), response);
        assertTrue(response.contains("text/html;charset=utf-8") || response.contains("text/html; charset=utf-8"),
                "the kit's own page, in UTF-8:\n" + response);
        String logged = log.toString(StandardCharsets.UTF_8);
        assertFalse(logged.contains("ERROR"), "no ERROR in the log:\n" + logged);
        assertTrue(logged.lines().filter(l -> !l.isBlank()).count() <= 1, "at most one log line:\n" + logged);
        assertFalse(logged.contains("\tat "), "no stack trace in the log:\n" + logged);
    }

    @Test
    @DisplayName("a body shorter than its Content-Length, the client closing its side, gets 400")
    void shortBody() throws Exception {
        answered(400, RawHttp.sendAndHalfClose(server.port(), "POST /f HTTP/1.1\r\nHost: x\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\na=1"));
    }

    @ParameterizedTest(name = "chunk size {0}")
    @ValueSource(strings = {"zz", "123456789abcdef012345"})
    @DisplayName("a chunked body with a chunk size that is not a size gets 400")
    void badChunkSize(String size) throws Exception {
        answered(400, send("POST /f HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + size + "\r\nabc\r\n0\r\n\r\n"));
    }

    @Test
    @DisplayName("a chunk not followed by its CRLF gets 400")
    void chunkWithoutCrlf() throws Exception {
        answered(400, send("POST /f HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + "3\r\nabcXY0\r\n\r\n"));
    }

    @Test
    @DisplayName("a chunked body cut short by the client closing gets 400")
    void truncatedChunk() throws Exception {
        answered(400, RawHttp.sendAndHalfClose(server.port(), "POST /f HTTP/1.1\r\nHost: x\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n10\r\nabc"));
    }

    @Test
    @DisplayName("Expect: 100-continue followed by no body gets 400")
    void expectContinueWithoutBody() throws Exception {
        answered(400, RawHttp.sendAndHalfClose(server.port(), "POST /f HTTP/1.1\r\nHost: x\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nExpect: 100-continue\r\nContent-Length: 10\r\n\r\n"));
    }

    @ParameterizedTest(name = "charset={0}")
    @ValueSource(strings = {"no-such-charset!", "x-unknown", "*"})
    @DisplayName("a form whose Content-Type names an unknown or illegal charset gets 415 naming it")
    void unknownCharsetOnAForm(String charset) throws Exception {
        String response = send("POST /f HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                + "Content-Type: application/x-www-form-urlencoded; charset=" + charset + "\r\nContent-Length: 3\r\n\r\na=1");
        answered(415, response);
        assertTrue(response.contains("charset"), response);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"GET", "DELETE", "PUT"})
    @DisplayName("an unknown charset on a request with no form is no reason to fail it")
    void unknownCharsetWithoutAForm(String method) throws Exception {
        String response = send(method + " /f HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                + "Content-Type: text/plain; charset=no-such-charset!\r\nContent-Length: 0\r\n\r\n");
        assertEquals(200, RawHttp.status(response), log.toString(StandardCharsets.UTF_8));
        assertEquals("", log.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"//x", "/a//b", "/%zz", "/%2e%2e/etc", "/a%2fb"})
    @DisplayName("a path Jetty refuses before the kit's code runs gets the kit's own page, in UTF-8")
    void pathsJettyRefuses(String path) throws Exception {
        String response = send("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        answered(400, response);
        assertTrue(response.contains("<h1>400 Bad Request</h1>"), response);
    }

    @Test
    @DisplayName("the log check itself sees what the server logs")
    void logIsCaptured() throws Exception {
        LoggerFactory.getLogger(MalformedRequestsTest.class).warn("one line");
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("WARN"), log.toString(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("after all of these the server still answers")
    void stillServes() throws Exception {
        for (String bad : List.of("zz", "3\r\nabcXY")) {
            send("POST /f HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n" + bad + "\r\n");
        }
        assertEquals(200, RawHttp.status(RawHttp.get(server.port(), "/ok")));
    }
}
