package org.mtvkit.bench;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import mysite.polls.models.Choice;
import mysite.polls.models.Question;
import org.mtvkit.orm.Database;
import org.mtvkit.orm.Session;

/**
 * The same data for every engine: five latest questions, one question with four choices, a 1,000-row
 * table. The objects are the polls app's own models, stored in a throwaway database and read back by
 * the ORM, so they are exactly what the app's views hand to a template.
 */
final class PollsData {

    static final Instant PUBLISHED = Instant.parse("2026-01-01T12:00:00Z");

    private PollsData() {
    }

    static Map<String, Object> index() {
        try (Database db = scratch()) {
            Session session = db.session();
            for (int i = 1; i <= 5; i++) {
                session.add(new Question("Question " + i + ": what's <new> & \"next\"?", PUBLISHED));
            }
            session.commit();
            return Map.of("latest_question_list", db.objects(Question.class).orderBy("id").list());
        }
    }

    static Map<String, Object> question() {
        try (Database db = scratch()) {
            Question q = db.save(new Question("Tabs or spaces?", PUBLISHED));
            String[] texts = {"Tabs", "Spaces", "Both <at once>", "Whatever the linter says"};
            for (int i = 0; i < texts.length; i++) {
                Choice choice = db.save(new Choice(q, texts[i]));
                db.objects(Choice.class).filter("id", choice.getId()).update("votes", i == 0 ? 1 : i * 3);
            }
            return Map.of("question", db.objects(Question.class).prefetchRelated("choices").get("id", q.getId()));
        }
    }

    static Map<String, Object> table(int rows) {
        try (Database db = scratch()) {
            Session session = db.session();
            Question[] questions = new Question[10];
            for (int i = 0; i < questions.length; i++) {
                questions[i] = session.add(new Question("Question #" + (i + 1) + " <b>bold</b>", PUBLISHED));
            }
            for (int i = 0; i < rows; i++) {
                session.add(new Choice(questions[i % 10], "choice " + i + " & co"));
            }
            session.commit();
            List<Choice> choices = db.objects(Choice.class).orderBy("id").list();
            db.atomic(() -> {
                for (int i = 0; i < choices.size(); i++) {
                    db.objects(Choice.class).filter("id", choices.get(i).getId()).update("votes", i % 7);
                }
            });
            return Map.of("choices", db.objects(Choice.class).selectRelated("question").orderBy("id").list());
        }
    }

    private static Database scratch() {
        Database db = Database.inMemory().register(Question.class, Choice.class);
        db.createSchema();
        return db;
    }
}
