package org.mtvkit.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import mysite.polls.models.Choice;

/** The baseline: what a careful programmer writes by hand to do what the ORM does. */
final class RawJdbc {

    private RawJdbc() {
    }

    // region: raw-read
    /** One row of the choice table, as hand-written JDBC code holds it: the foreign key is just a number. */
    record ChoiceRow(long id, long questionId, String choiceText, int votes) {
    }

    /** Every choice, in key order. */
    static List<ChoiceRow> allChoices(DataSource db) throws SQLException {
        String sql = "SELECT \"id\", \"question_id\", \"choice_text\", \"votes\" FROM \"choice\" ORDER BY \"id\"";
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet rows = s.executeQuery()) {
            List<ChoiceRow> choices = new ArrayList<>();
            while (rows.next()) {
                choices.add(new ChoiceRow(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getInt(4)));
            }
            return choices;
        }
    }
    // endregion

    // region: raw-insert
    /** Inserts the choices in one transaction, as one batch, and returns their generated keys in order. */
    static long[] insert(DataSource db, List<Choice> choices) throws SQLException {
        String sql = "INSERT INTO \"choice\" (\"question_id\", \"choice_text\", \"votes\") VALUES (?, ?, ?)";
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement(sql, new String[] {"id"})) {
                for (Choice choice : choices) {
                    s.setLong(1, choice.getQuestion().getId());
                    s.setString(2, choice.getChoiceText());
                    s.setInt(3, choice.getVotes());
                    s.addBatch();
                }
                s.executeBatch();
                long[] ids = new long[choices.size()];
                try (ResultSet keys = s.getGeneratedKeys()) {
                    for (int i = 0; i < ids.length; i++) {
                        keys.next();
                        ids[i] = keys.getLong(1);
                    }
                }
                c.commit();
                return ids;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }
    // endregion

    /** Runs a SELECT of choices joined to their questions and counts the rows: a query's cost at the database. */
    static int countRows(DataSource db, String sql, Object... parameters) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i] instanceof java.time.Instant t ? Timestamp.from(t) : parameters[i]);
            }
            try (ResultSet rows = s.executeQuery()) {
                int n = 0;
                while (rows.next()) {
                    n++;
                }
                return n;
            }
        }
    }
}
