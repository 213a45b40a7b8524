package org.mtvkit.demo.step04;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.mtvkit.orm.Aggregate;
import org.mtvkit.orm.Database;
import org.mtvkit.orm.F;
import org.mtvkit.orm.Q;
import org.mtvkit.orm.QueryCounter;
import org.mtvkit.orm.Session;

/** A console tour of the ORM: schema, inserts, lookups, N+1 versus joins, an atomic increment. */
public final class Main {

    private static final String MODULE = "step-04-orm";

    private Main() {
    }

    public static void main(String[] args) {
        if (!asked()) {
            return;                                             // another step's demo was asked for
        }
        try (Database db = Database.inMemory()) {
            // region: setup
            db.register(Question.class, Choice.class);
            title("1. The schema, from the models");
            db.schemaSql().forEach(sql -> System.out.println(sql + ";"));
            db.createSchema();

            QueryCounter counter = new QueryCounter();
            db.addListener(counter);
            db.addListener(event -> System.out.println("   SQL> " + event));
            // endregion

            title("2. Insert three questions with their choices, in one unit of work");
            Instant now = Instant.now();
            Session session = db.session();
            String[][] polls = {
                {"What's new?", "Not much", "The sky", "Just hacking again"},
                {"Tabs or spaces?", "Tabs", "Spaces"},
                {"Best ORM pattern?", "Active record", "Data mapper"},
            };
            for (int i = 0; i < polls.length; i++) {
                Question q = session.add(new Question(polls[i][0], now.minus(Duration.ofDays(i))));
                for (int c = 1; c < polls[i].length; c++) {
                    session.add(new Choice(q, polls[i][c]));
                }
            }
            session.commit();

            // region: lookups
            title("3. Query with lookups");
            List<Question> recent = db.objects(Question.class)
                    .filter("pubDate__gte", now.minus(Duration.ofDays(1)))
                    .orderBy("-pubDate")
                    .list();
            recent.forEach(q -> System.out.println("   " + q.questionText));
            long withSky = db.objects(Choice.class)
                    .filter(Q.of("choiceText__icontains", "sky").or(Q.of("question__questionText__startswith", "Tabs")))
                    .count();
            System.out.println("   choices mentioning the sky or answering 'Tabs...': " + withSky);
            // endregion

            // region: n-plus-one
            title("4. N+1: one query for the questions, then one per question for its choices");
            counter.reset();
            for (Question q : db.objects(Question.class).orderBy("id")) {
                System.out.println("   " + q.questionText + " has " + q.choices.size() + " choices");
            }
            System.out.println("   -> " + counter.count() + " queries");

            title("5. prefetchRelated: the questions, then all their choices in one IN query");
            counter.reset();
            for (Question q : db.objects(Question.class).prefetchRelated("choices").orderBy("id")) {
                System.out.println("   " + q.questionText + " has " + q.choices.size() + " choices");
            }
            System.out.println("   -> " + counter.count() + " queries");

            title("6. selectRelated: each choice with its question, in one query with a join");
            counter.reset();
            for (Choice c : db.objects(Choice.class).selectRelated("question").filter("question__id", 2L)) {
                System.out.println("   " + c.choiceText + " (for: " + c.question.get().questionText + ")");
            }
            System.out.println("   -> " + counter.count() + " query");
            // endregion

            // region: increment
            title("7. A vote, counted by the database: one UPDATE, inside a transaction");
            Choice tabs = db.objects(Choice.class).get("choiceText", "Tabs");
            db.atomic(() -> {
                db.objects(Choice.class).filter("id", tabs.id).update("votes", F.of("votes").plus(1));
            });
            System.out.println("   votes for Tabs: " + db.objects(Choice.class).get("id", tabs.id).votes);
            System.out.println("   all votes: " + db.objects(Choice.class).aggregate(Aggregate.sum("votes")));
            // endregion
        }
    }

    private static void title(String text) {
        System.out.println();
        System.out.println("== " + text);
    }

    // Which demo the build asked for, as step 1's Demos decides it (this step builds on no other): the module named
    // by -pl refuses a missing or misspelled -Ddemo with the right command, instead of ending green with nothing run.
    private static boolean asked() {
        String requested = System.getProperty("mtvkit.requested");
        String demo = System.getProperty("demo");
        if (requested == null || MODULE.equals(demo)) {
            return true;                                        // outside Maven, or named
        }
        if (!requested.trim().replaceAll("/+$", "").replaceAll(".*[/:]", "").equals(MODULE)) {
            return false;                                       // a step below the one asked for: it stays quiet
        }
        throw new IllegalArgumentException((demo == null ? "No demo was named (-Ddemo)" : "-Ddemo=" + demo
                + " names no demo of this build") + ". Start " + MODULE + "'s demo with: mvn -q -pl " + MODULE
                + " -am compile exec:java -Ddemo=" + MODULE);
    }
}
