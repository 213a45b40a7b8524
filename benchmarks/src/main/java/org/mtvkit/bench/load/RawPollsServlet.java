package org.mtvkit.bench.load;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.mtvkit.http.Html;

/**
 * The baseline for the whole request: step 5's polls pages written against the bare servlet API,
 * with the same queries in hand-written JDBC and the same HTML built by hand, byte for byte.
 *
 * <p>Its answers carry the same headers as the project's: the three security headers on every page and
 * redirect, and on the voting form {@code Vary: Cookie} and a CSRF cookie as long as the project's, so both
 * sites send as many bytes and Jetty writes as many headers.
 *
 * <p>What it leaves out, and the kit's project pays for: the CSRF check (its form carries a fixed
 * placeholder token of the same length, its cookie a fixed placeholder secret, and nothing checks them, so
 * a forged vote would be counted), the static-file and append-slash checks every request goes through, and
 * the error pages (a missing question is the container's bare 404).
 */
public final class RawPollsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** As long as the kit's masked token (64 bytes in unpadded base64), so both pages have the same size. */
    static final String PLACEHOLDER_TOKEN = "x".repeat(86);
    /** As long as the kit's CSRF cookie (a 32-byte secret in unpadded base64), with the same attributes. */
    static final String PLACEHOLDER_COOKIE = "csrftoken=" + "x".repeat(43) + "; Path=/; Max-Age=31449600; SameSite=Lax";
    private static final String NO_CHOICE = "You didn't select a choice.";
    // The statements the ORM sends for the app's views, written out: the same queries, compiled by hand.
    private static final String LATEST = "SELECT t0.\"id\", t0.\"question_text\", t0.\"pub_date\" FROM \"question\" t0"
            + " WHERE t0.\"pub_date\" <= ? ORDER BY t0.\"pub_date\" DESC FETCH NEXT 5 ROWS ONLY";
    private static final String QUESTION = "SELECT t0.\"id\", t0.\"question_text\", t0.\"pub_date\" FROM \"question\" t0"
            + " WHERE (t0.\"pub_date\" <= ? AND t0.\"id\" = ?) FETCH NEXT 2 ROWS ONLY";
    private static final String CHOICES = "SELECT t0.\"id\", t0.\"question_id\", t0.\"choice_text\", t0.\"votes\""
            + " FROM \"choice\" t0 WHERE t0.\"question_id\" IN (?) ORDER BY t0.\"id\" ASC";
    private static final String VOTE = "UPDATE \"choice\" t0 SET \"votes\" = (t0.\"votes\" + ?)"
            + " WHERE (t0.\"id\" = ? AND t0.\"question_id\" = ?)";

    private final transient DataSource db;

    public RawPollsServlet(DataSource db) {
        this.db = db;
    }

    // region: raw-get
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] parts = request.getRequestURI().split("/");      // "", "polls", id, "results"
        try {
            if (parts.length == 2 && parts[1].equals("polls")) {
                send(response, index());
            } else if (parts.length == 3 && parts[1].equals("polls") && isNumber(parts[2])) {
                sendForm(response, question(Long.parseLong(parts[2]), false, null));
            } else if (parts.length == 4 && parts[1].equals("polls") && isNumber(parts[2]) && parts[3].equals("results")) {
                send(response, question(Long.parseLong(parts[2]), true, null));
            } else {
                response.sendError(404);
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }
    // endregion

    // region: raw-vote
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] parts = request.getRequestURI().split("/");      // "", "polls", id, "vote"
        if (parts.length != 4 || !parts[1].equals("polls") || !isNumber(parts[2]) || !parts[3].equals("vote")) {
            response.sendError(404);
            return;
        }
        long question = Long.parseLong(parts[2]);
        String choice = request.getParameter("choice");
        try (Connection c = db.getConnection()) {
            if (!published(c, question)) {
                response.sendError(404);
                return;
            }
            int counted = 0;
            if (choice != null && isNumber(choice.trim())) {
                try (PreparedStatement s = c.prepareStatement(VOTE)) {
                    s.setInt(1, 1);
                    s.setLong(2, Long.parseLong(choice.trim()));
                    s.setLong(3, question);
                    counted = s.executeUpdate();
                }
            }
            if (counted == 0) {
                sendForm(response, question(question, false, NO_CHOICE));    // the form again, as the app does
                return;
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
        response.setStatus(302);
        response.setHeader("Location", "/polls/" + question + "/results/");
        securityHeaders(response);
    }
    // endregion

    private boolean published(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(QUESTION)) {
            s.setObject(1, now());
            s.setLong(2, id);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next();
            }
        }
    }

    private String index() throws SQLException {
        StringBuilder items = new StringBuilder();
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(LATEST)) {
            s.setObject(1, now());
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    items.append("    \n        <li><a href=\"/polls/").append(rows.getLong(1)).append("/\">")
                            .append(Html.escape(rows.getString(2))).append("</a></li>\n");
                }
            }
        }
        String content = items.length() == 0 ? "\n\n    <p>No polls are available.</p>\n\n"
                : "\n\n    <ul>\n" + items + "    \n    </ul>\n\n";
        return page("Polls", content);
    }

    // region: raw-question
    /**
     * The detail page (a form with a radio button per choice, and the error if there is one) or the
     * results page; null if there is no such published question.
     */
    private String question(long id, boolean results, String error) throws SQLException {
        try (Connection c = db.getConnection()) {
            String text;
            try (PreparedStatement s = c.prepareStatement(QUESTION)) {
                s.setObject(1, now());
                s.setLong(2, id);
                try (ResultSet rows = s.executeQuery()) {
                    if (!rows.next()) {
                        return null;
                    }
                    text = Html.escape(rows.getString(2));
                }
            }
            StringBuilder html = new StringBuilder(results
                    ? "\n<h1>" + text + "</h1>\n\n<ul>\n"
                    : "\n<form action=\"/polls/" + id + "/vote/\" method=\"post\">\n<input type=\"hidden\""
                            + " name=\"csrfmiddlewaretoken\" value=\"" + PLACEHOLDER_TOKEN + "\">\n<fieldset>\n"
                            + "    <legend><h1>" + text + "</h1></legend>\n    "
                            + (error == null ? "" : "<p><strong>" + Html.escape(error) + "</strong></p>") + "\n    \n");
            try (PreparedStatement s = c.prepareStatement(CHOICES)) {
                s.setLong(1, id);
                try (ResultSet rows = s.executeQuery()) {
                    for (int n = 1; rows.next(); n++) {
                        String choice = Html.escape(rows.getString(3));
                        int votes = rows.getInt(4);
                        html.append(results
                                ? "\n    <li>" + choice + " -- " + votes + " vote" + (votes == 1 ? "" : "s") + "</li>\n"
                                : "        <input type=\"radio\" name=\"choice\" id=\"choice" + n + "\" value=\""
                                        + rows.getLong(1) + "\">\n        <label for=\"choice" + n + "\">" + choice
                                        + "</label><br>\n    \n");
                    }
                }
            }
            html.append(results ? "\n</ul>\n\n<a href=\"/polls/" + id + "/\">Vote again?</a>\n"
                    : "</fieldset>\n<input type=\"submit\" value=\"Vote\">\n</form>\n");
            return page(results ? "Results: " + text : text, html.toString());
        }
    }
    // endregion

    /** The layout every page shares: step 5's polls/base.html, by hand. */
    private static String page(String escapedTitle, String content) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n  <meta charset=\"utf-8\">\n  <title>" + escapedTitle
                + "</title>\n  <link rel=\"stylesheet\" href=\"/static/polls/style.css\">\n</head>\n<body>\n"
                + "  <header><a href=\"/polls/\">Polls</a></header>\n  <main>\n" + content + "\n  </main>\n</body>\n</html>\n";
    }

    private static OffsetDateTime now() {
        return Instant.now().atOffset(ZoneOffset.UTC);     // pub_date holds UTC, as the ORM binds it
    }

    private static void send(HttpServletResponse response, String html) throws IOException {
        if (html == null) {
            response.sendError(404);
            return;
        }
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        securityHeaders(response);
        response.getWriter().write(html);
    }

    /** A page with the voting form: the project's also says it varies by cookie, and sets the CSRF cookie. */
    private static void sendForm(HttpServletResponse response, String html) throws IOException {
        if (html != null) {
            response.setHeader("Vary", "Cookie");
            response.addHeader("Set-Cookie", PLACEHOLDER_COOKIE);
        }
        send(response, html);
    }

    /** What step 5's SecurityHeaders adds to every answer, with Django's default values. */
    private static void securityHeaders(HttpServletResponse response) {
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
    }

    private static boolean isNumber(String text) {
        return !text.isEmpty() && text.length() < 18 && text.chars().allMatch(Character::isDigit);
    }
}
