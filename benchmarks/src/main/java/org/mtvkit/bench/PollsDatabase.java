package org.mtvkit.bench;

import java.util.UUID;
import org.h2.jdbcx.JdbcConnectionPool;
import mysite.polls.models.Choice;
import mysite.polls.models.Question;
import org.mtvkit.orm.Database;
import org.mtvkit.orm.Session;

/**
 * One in-memory H2 database seen two ways: through the ORM, and through a plain connection pool for
 * the hand-written JDBC. Both pools open the same named database, so both sides read the same rows.
 */
public final class PollsDatabase implements AutoCloseable {

    private final Database orm;
    private final JdbcConnectionPool raw;

    private PollsDatabase(String url) {
        this.orm = Database.open(url).register(Question.class, Choice.class);
        this.raw = JdbcConnectionPool.create(url, "sa", "");
        orm.createSchema();
    }

    /** A fresh database holding {@code questions} questions, each with {@code choicesPerQuestion} choices. */
    public static PollsDatabase seeded(int questions, int choicesPerQuestion) {
        PollsDatabase db = new PollsDatabase("jdbc:h2:mem:bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Session session = db.orm.session();
        for (int q = 1; q <= questions; q++) {
            Question question = session.add(new Question("Question " + q + ": tabs or <spaces>?",
                    PollsData.PUBLISHED.minusSeconds(q)));
            for (int c = 1; c <= choicesPerQuestion; c++) {
                session.add(new Choice(question, "Choice " + c + " of " + q + " & more"));
            }
        }
        session.commit();
        return db;
    }

    public Database orm() {
        return orm;
    }

    public JdbcConnectionPool raw() {
        return raw;
    }

    @Override
    public void close() {
        orm.close();
        raw.dispose();
    }
}
