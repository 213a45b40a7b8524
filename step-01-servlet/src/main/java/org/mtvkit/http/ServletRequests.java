package org.mtvkit.http;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns the container's mutable, servlet-shaped request into the framework's immutable {@link Request}. */
final class ServletRequests {

    private static final Logger log = LoggerFactory.getLogger(ServletRequests.class);

    private ServletRequests() {
    }

    // region: to-request
    static Request toRequest(HttpServletRequest servlet, int maxBodyBytes) throws IOException {
        // task: 01-2 the servlet adapter
        String rawPath = servlet.getRequestURI();          // still percent-encoded, without the query
        String path = orBadRequest("path", () -> PercentDecoder.decode(rawPath, false));
        Request.Builder builder = Request.builder(servlet.getMethod(), path).rawPath(rawPath);
        orBadRequest("query string", () -> builder.queryString(servlet.getQueryString()));

        Headers.Collector collected = new Headers.Collector();
        for (Enumeration<String> names = servlet.getHeaderNames(); names.hasMoreElements(); ) {
            String name = names.nextElement();
            for (Enumeration<String> values = servlet.getHeaders(name); values.hasMoreElements(); ) {
                collected.add(name, values.nextElement());
            }
        }
        Headers headers = collected.build();
        builder.headers(headers);
        headers.all("Cookie").forEach(header -> Cookies.parse(header).forEach(builder::cookie));

        byte[] body = readBody(servlet, maxBodyBytes);
        builder.body(body);
        // The header itself: the servlet API's getContentType() throws on a charset the JDK does not know.
        Optional<String> contentType = headers.first("Content-Type");
        if (contentType.filter(ServletRequests::isUrlEncodedForm).isPresent()) {
            Charset charset = formCharset(contentType.get());
            String text = new String(body, charset);
            builder.form(orBadRequest("form body", () -> QueryDict.parse(text)));
        }
        return builder.build();
        // endtask
    }
    // endregion

    /** Runs a parse step; input that does not decode is the client's mistake, so it answers 400. */
    private static <T> T orBadRequest(String what, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw HttpException.badRequest("The " + what + " of this request is not valid: " + e.getMessage());
        }
    }

    private static final byte[] NO_BODY = new byte[0];

    // region: read-body
    private static byte[] readBody(HttpServletRequest servlet, int maxBodyBytes) throws IOException {
        long declared = servlet.getContentLengthLong();
        if (declared > maxBodyBytes) {
            throw new HttpException(413, "The request body is " + declared + " bytes; this server accepts at most "
                    + maxBodyBytes + ".");
        }
        if (declared == 0 || declared < 0 && servlet.getHeader("Transfer-Encoding") == null) {
            return NO_BODY; // neither a length nor chunks: HTTP/1.1 says there is no body (a GET, most often)
        }
        // The declared length can be absent (chunked) or wrong: read at most one byte past it, or past the
        // limit when there is none. (Asking for the limit itself would allocate a buffer of 8 KiB per form.)
        byte[] body;
        try (InputStream in = servlet.getInputStream()) {
            body = in.readNBytes((int) (declared >= 0 ? declared : maxBodyBytes) + 1);
        } catch (IOException | RuntimeException brokenBody) {
            // Jetty's reader reports a body cut short (EofException) or malformed chunks (BadMessageException)
            // this way: the client's mistake, worth one line in the log and no stack trace.
            log.warn("Bad request body for {} {}: {}", servlet.getMethod(), servlet.getRequestURI(), brokenBody.toString());
            throw HttpException.badRequest("The body of this request is incomplete or malformed: it ended before"
                    + " its declared length, or its chunked encoding is broken.");
        }
        if (body.length > maxBodyBytes) {
            throw new HttpException(413, "The request body is larger than the " + maxBodyBytes
                    + " bytes this server accepts.");
        }
        return body;
    }
    // endregion

    // region: form-charset
    /** The charset a form declares (UTF-8 when none); one the JDK does not know is the client's mistake, 415. */
    private static Charset formCharset(String contentType) {
        Optional<String> name = Request.charsetName(contentType);
        if (name.isEmpty()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name.get());
        } catch (IllegalArgumentException unknown) {
            throw new HttpException(415, "The form's Content-Type names the charset '" + name.get()
                    + "', which this server does not know. Send the form in UTF-8.");
        }
    }
    // endregion

    private static boolean isUrlEncodedForm(String contentType) {
        return contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }
}
