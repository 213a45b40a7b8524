package org.mtvkit.bench.load;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.mtvkit.http.Html;

/**
 * The baseline for the whole request: the polls pages written against the bare servlet API, with
 * hand-written JDBC and HTML built by hand. Same queries, same bytes out as {@link FrameworkSite}.
 */
public final class RawPollsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String HEAD = "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>";
    private static final String FOOT = "\n</body>\n</html>\n";

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
                send(response, question(Long.parseLong(parts[2]), false));
            } else if (parts.length == 4 && parts[1].equals("polls") && isNumber(parts[2]) && parts[3].equals("results")) {
                send(response, question(Long.parseLong(parts[2]), true));
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
        String choice = request.getParameter("choice");
        if (choice == null || !isNumber(choice)) {
            response.sendError(400);
            return;
        }
        String sql = "UPDATE \"choice\" SET \"votes\" = \"votes\" + 1 WHERE \"id\" = ? AND \"question_id\" = ?";
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, Long.parseLong(choice));
            s.setLong(2, Long.parseLong(parts[2]));
            if (s.executeUpdate() == 0) {
                response.sendError(400);
                return;
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
        response.setStatus(302);
        response.setHeader("Location", "/polls/" + parts[2] + "/results/");
    }
    // endregion

    private String index() throws SQLException {
        StringBuilder html = new StringBuilder(HEAD).append("Latest polls | Polls</title></head>\n<body>\n");
        String sql = "SELECT \"id\", \"question_text\" FROM \"question\" ORDER BY \"pub_date\" DESC LIMIT 5";
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet rows = s.executeQuery()) {
            StringBuilder items = new StringBuilder();
            while (rows.next()) {
                items.append("  <li><a href=\"/polls/").append(rows.getLong(1)).append("/\">")
                        .append(Html.escape(rows.getString(2))).append("</a></li>\n");
            }
            html.append(items.length() == 0 ? "<p>No polls are available.</p>" : "<ul>\n" + items + "</ul>");
        }
        return html.append(FOOT).toString();
    }

    // region: raw-question
    /** The detail page (a form with a radio button per choice) or the results page, or null if there is no such question. */
    private String question(long id, boolean results) throws SQLException {
        try (Connection c = db.getConnection()) {
            String text;
            try (PreparedStatement s = c.prepareStatement("SELECT \"question_text\" FROM \"question\" WHERE \"id\" = ?")) {
                s.setLong(1, id);
                try (ResultSet rows = s.executeQuery()) {
                    if (!rows.next()) {
                        return null;
                    }
                    text = Html.escape(rows.getString(1));
                }
            }
            StringBuilder html = new StringBuilder(HEAD).append(results ? "Results" : text).append(" | Polls</title></head>\n<body>\n");
            html.append(results ? "<h1>" + text + "</h1>\n<ul>\n"
                    : "<form action=\"/polls/" + id + "/vote/\" method=\"post\">\n<fieldset>\n  <legend><h1>" + text + "</h1></legend>\n");
            String sql = "SELECT \"id\", \"choice_text\", \"votes\" FROM \"choice\" WHERE \"question_id\" = ? ORDER BY \"id\"";
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setLong(1, id);
                try (ResultSet rows = s.executeQuery()) {
                    for (int n = 1; rows.next(); n++) {
                        String choice = Html.escape(rows.getString(2));
                        int votes = rows.getInt(3);
                        html.append(results
                                ? "  <li>" + choice + " -- " + votes + " vote" + (votes == 1 ? "" : "s") + "</li>\n"
                                : "  <input type=\"radio\" name=\"choice\" id=\"choice" + n + "\" value=\"" + rows.getLong(1)
                                        + "\">\n  <label for=\"choice" + n + "\">" + choice + "</label><br>\n");
                    }
                }
            }
            html.append(results ? "</ul>\n<a href=\"/polls/" + id + "/\">Vote again?</a>"
                    : "</fieldset>\n<input type=\"submit\" value=\"Vote\">\n</form>");
            return html.append(FOOT).toString();
        }
    }
    // endregion

    private static void send(HttpServletResponse response, String html) throws IOException {
        if (html == null) {
            response.sendError(404);
            return;
        }
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(html);
    }

    private static boolean isNumber(String text) {
        return !text.isEmpty() && text.length() < 18 && text.chars().allMatch(Character::isDigit);
    }
}
