package org.mtvkit.demo.step01;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Collections;
import java.util.Map;
import org.mtvkit.http.Html;

/**
 * Part 1 of the step: a servlet written against the bare servlet API, with no framework.
 *
 * <p>{@code /raw/hello} answers a greeting; {@code /raw/echo} shows what the container parsed from the
 * request. Notice what comes for free (parsed parameters and headers, decoded paths, threads,
 * connections) and what is tedious (setting the content type and charset by hand, escaping every
 * value, one method per HTTP verb, a mutable response written piece by piece).
 */
public class RawEchoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    // region: raw-get
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");         // forget this and non-ASCII text breaks
        PrintWriter out = response.getWriter();
        if ("/hello".equals(request.getPathInfo())) {
            String name = request.getParameter("name");  // the container parsed the query string
            out.println("<h1>Hello, " + Html.escape(name == null ? "world" : name) + "!</h1>");
            return;
        }
        echo(request, out);
    }
    // endregion

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");          // must come before the first getParameter call
        doGet(request, response);
    }

    // region: raw-echo
    private static void echo(HttpServletRequest request, PrintWriter out) {
        out.println("<h1>What the container received</h1>");
        out.println("<p>" + Html.escape(request.getMethod()) + " " + Html.escape(request.getRequestURI()) + "</p>");
        out.println("<h2>Parameters (query string and form fields, merged)</h2><ul>");
        for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
            out.println("<li>" + Html.escape(p.getKey()) + " = " + Html.escape(String.join(", ", p.getValue())) + "</li>");
        }
        out.println("</ul><h2>Headers</h2><ul>");
        for (String name : Collections.list(request.getHeaderNames())) {
            out.println("<li>" + Html.escape(name) + ": " + Html.escape(request.getHeader(name)) + "</li>");
        }
        out.println("</ul><h2>Cookies</h2><ul>");
        Cookie[] cookies = request.getCookies();         // null, not an empty array, when there are none
        if (cookies != null) {
            for (Cookie c : cookies) {
                out.println("<li>" + Html.escape(c.getName()) + " = " + Html.escape(c.getValue()) + "</li>");
            }
        }
        out.println("</ul>");
    }
    // endregion
}
