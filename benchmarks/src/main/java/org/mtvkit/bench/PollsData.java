package org.mtvkit.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mtvkit.bench.polls.Choice;
import org.mtvkit.bench.polls.Question;

/** The same data for every engine: five latest questions, one question with four choices, a 1,000-row table. */
final class PollsData {

    static final Instant PUBLISHED = Instant.parse("2026-01-01T12:00:00Z");

    private PollsData() {
    }

    static Map<String, Object> index() {
        List<Question> latest = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            latest.add(Question.of(i, "Question " + i + ": what's <new> & \"next\"?", PUBLISHED, List.of()));
        }
        return Map.of("latest_question_list", latest);
    }

    static Map<String, Object> question() {
        List<Choice> choices = new ArrayList<>();
        Question q = Question.of(7, "Tabs or spaces?", PUBLISHED, choices);
        String[] texts = {"Tabs", "Spaces", "Both <at once>", "Whatever the linter says"};
        for (int i = 0; i < texts.length; i++) {
            choices.add(Choice.of(20 + i, q, texts[i], i == 0 ? 1 : i * 3));
        }
        return Map.of("question", q);
    }

    static Map<String, Object> table(int rows) {
        List<Choice> choices = new ArrayList<>();
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            questions.add(Question.of(i + 1, "Question #" + (i + 1) + " <b>bold</b>", PUBLISHED, List.of()));
        }
        for (int i = 0; i < rows; i++) {
            choices.add(Choice.of(i + 1, questions.get(i % 10), "choice " + i + " & co", i % 7));
        }
        return Map.of("choices", choices);
    }
}
