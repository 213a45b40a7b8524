package org.mtvkit.http;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The only servlet the framework needs: it adapts any {@link Handler} to the servlet container.
 *
 * <p>Everything servlet-shaped stops here. Inward, the handler sees an immutable {@link Request};
 * outward, its {@link Response} is copied onto the container's response. Errors end here too: an
 * {@link HttpException} becomes its status with a short page, and any other exception a 500 page
 * whose stack trace goes to the log, never to the client.
 */
public final class HandlerServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(HandlerServlet.class);

    private final transient Handler handler;
    private final int maxBodyBytes;

    public HandlerServlet(Handler handler, int maxBodyBytes) {
        this.handler = handler;
        this.maxBodyBytes = maxBodyBytes;
    }

    // region: service
    @Override
    protected void service(HttpServletRequest servletRequest, HttpServletResponse servletResponse)
            throws IOException {
        Response response;
        try {
            Request request = ServletRequests.toRequest(servletRequest, maxBodyBytes);
            response = handler.handle(request);
            if (response == null) {
                throw new IllegalStateException("the handler for " + request + " returned null instead of a Response");
            }
        } catch (HttpException e) {
            response = errorResponse(e.status(), e.getMessage());
        } catch (Exception e) {
            log.error("Unhandled exception while answering {} {}", servletRequest.getMethod(),
                    servletRequest.getRequestURI(), e);
            response = errorResponse(500, "The server could not answer this request. The details are in its log.");
        }
        write(response, servletRequest.getMethod().equals("HEAD"), servletResponse);
    }
    // endregion

    static Response errorResponse(int status, String message) {
        return Response.html(Html.errorPage(status, message)).withStatus(status);
    }

    // region: write
    private static void write(Response response, boolean head, HttpServletResponse out) throws IOException {
        // task: 01-2 the servlet adapter
        out.setStatus(response.status());
        response.headers().forEach(out::addHeader);
        for (Cookie cookie : response.cookies()) {
            out.addHeader("Set-Cookie", cookie.toHeaderValue());
        }
        byte[] body = response.bodyBytes();          // written as it is: no copy on the way out
        out.setContentLength(body.length);
        if (!head) {                       // HEAD: the same headers as GET, but no body
            try (OutputStream stream = out.getOutputStream()) {
                stream.write(body);
            }
        }
        // endtask
    }
    // endregion
}
