package org.mtvkit.orm;

import java.time.Instant;
import java.util.List;

/** A fresh in-memory database with the polls models and a little data, for the tests. */
final class Polls {
    static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");

    private Polls() {
    }

    static Database empty() {
        Database db = TestDatabases.fresh().register(Question.class, Choice.class);
        db.createSchema();
        return db;
    }

    /** Three questions, one a day apart, each with two or three choices. */
    static Database withData() {
        Database db = empty();
        List<String> texts = List.of("What's up?", "Favourite colour?", "Tabs or spaces?");
        for (int i = 0; i < texts.size(); i++) {
            Question q = db.save(new Question(texts.get(i), NOW.minusSeconds(86_400L * i)));
            db.save(new Choice(q, "Not much", i));
            db.save(new Choice(q, "The sky", i + 10));
            if (i == 2) {
                db.save(new Choice(q, "Both", 0));
            }
        }
        return db;
    }
}
