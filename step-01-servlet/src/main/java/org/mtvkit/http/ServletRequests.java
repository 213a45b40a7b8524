package org.mtvkit.http;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Locale;
import java.util.function.Supplier;

/** Turns the container's mutable, servlet-shaped request into the framework's immutable {@link Request}. */
final class ServletRequests {

    private ServletRequests() {
    }

    // region: to-request
    static Request toRequest(HttpServletRequest servlet, int maxBodyBytes) throws IOException {
        String rawPath = servlet.getRequestURI();          // still percent-encoded, without the query
        String path = orBadRequest("path", () -> PercentDecoder.decode(rawPath, false));
        Request.Builder builder = Request.builder(servlet.getMethod(), path).rawPath(rawPath);
        orBadRequest("query string", () -> builder.queryString(servlet.getQueryString()));

        Headers headers = Headers.empty();
        for (String name : Collections.list(servlet.getHeaderNames())) {
            for (String value : Collections.list(servlet.getHeaders(name))) {
                headers = headers.with(name, value);
            }
        }
        builder.headers(headers);
        headers.all("Cookie").forEach(header -> Cookies.parse(header).forEach(builder::cookie));

        byte[] body = readBody(servlet, maxBodyBytes);
        builder.body(body);
        if (isUrlEncodedForm(servlet.getContentType())) {
            String text = builder.build().text();          // decoded with the charset the client declared
            builder.form(orBadRequest("form body", () -> QueryDict.parse(text)));
        }
        return builder.build();
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

    // region: read-body
    private static byte[] readBody(HttpServletRequest servlet, int maxBodyBytes) throws IOException {
        long declared = servlet.getContentLengthLong();
        if (declared > maxBodyBytes) {
            throw new HttpException(413, "The request body is " + declared + " bytes; this server accepts at most "
                    + maxBodyBytes + ".");
        }
        // The declared length can be absent (chunked) or wrong: read at most one byte past the limit.
        try (InputStream in = servlet.getInputStream()) {
            byte[] body = in.readNBytes(maxBodyBytes + 1);
            if (body.length > maxBodyBytes) {
                throw new HttpException(413, "The request body is larger than the " + maxBodyBytes
                        + " bytes this server accepts.");
            }
            return body;
        }
    }
    // endregion

    private static boolean isUrlEncodedForm(String contentType) {
        return contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }
}
