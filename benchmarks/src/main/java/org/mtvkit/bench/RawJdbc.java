package org.mtvkit.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.mtvkit.bench.polls.Choice;
import org.mtvkit.bench.polls.Question;

/** The baseline: what a careful programmer writes by hand to do what the ORM does. */
final class RawJdbc {

    private RawJdbc() {
    }

    // region: raw-read
    /** Every choice, in key order, each pointing at a question that holds only its key (as the ORM's do). */
    static List<Choice> allChoices(DataSource db) throws SQLException {
        String sql = "SELECT \"id\", \"question_id\", \"choice_text\", \"votes\" FROM \"choice\" ORDER BY \"id\"";
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet rows = s.executeQuery()) {
            List<Choice> choices = new ArrayList<>();
            while (rows.next()) {
                Question question = Question.of(rows.getLong(2), null, null, null);
                choices.add(Choice.of(rows.getLong(1), question, rows.getString(3), rows.getInt(4)));
            }
            return choices;
        }
    }
    // endregion

    // region: raw-insert
    /** Inserts the choices in one transaction, as one batch, and gives each its generated key. */
    static void insert(DataSource db, List<Choice> choices) throws SQLException {
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
                try (ResultSet keys = s.getGeneratedKeys()) {
                    for (Choice choice : choices) {
                        keys.next();
                        choice.setId(keys.getLong(1));
                    }
                }
                c.commit();
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
