package org.mtvkit.bench.polls;

import java.time.Instant;
import java.util.List;
import org.mtvkit.orm.Column;

/** The polls question, as the benchmarks store, query and render it. */
public class Question {
    private Long id;
    @Column(length = 200)
    private String questionText;
    private Instant pubDate;
    private List<Choice> choices;     // the reverse side of Choice.question, filled by the ORM

    protected Question() {            // for the ORM
    }

    public Question(String questionText, Instant pubDate) {
        this.questionText = questionText;
        this.pubDate = pubDate;
    }

    /** A question built by hand, with its key and choices: what the raw JDBC code and the template benchmarks make. */
    public static Question of(long id, String questionText, Instant pubDate, List<Choice> choices) {
        Question q = new Question(questionText, pubDate);
        q.id = id;
        q.choices = choices;
        return q;
    }

    public Long getId() {
        return id;
    }

    public String getQuestionText() {
        return questionText;
    }

    public Instant getPubDate() {
        return pubDate;
    }

    public List<Choice> getChoices() {
        return choices;
    }
}
