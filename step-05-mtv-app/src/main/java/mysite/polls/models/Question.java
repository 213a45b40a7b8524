package mysite.polls.models;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.mtvkit.orm.Column;

/**
 * A poll question, as in part 2 of Django's tutorial. A plain class: the ORM maps it to the table
 * {@code question} by convention, and fills {@link #getChoices()} from the other side of
 * {@link Choice}'s foreign key.
 */
// region: question-model
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

    /** Published within the last day, and not in the future: the rule as corrected in part 5. */
    public boolean wasPublishedRecently() {
        Instant now = Instant.now();
        return !pubDate.isAfter(now) && pubDate.isAfter(now.minus(Duration.ofDays(1)));
    }
    // endregion

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

    @Override
    public String toString() {
        return questionText;
    }
}
