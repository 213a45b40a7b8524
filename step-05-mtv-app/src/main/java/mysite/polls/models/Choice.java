package mysite.polls.models;

import org.mtvkit.orm.Column;
import org.mtvkit.orm.ForeignKey;

/** One answer to a {@link Question}, with its count of votes. */
// region: choice-model
public class Choice {
    private Long id;
    private ForeignKey<Question> question; // the column question_id; get() loads the question on first read
    @Column(length = 200)
    private String choiceText;
    private int votes;

    protected Choice() {              // for the ORM
    }

    public Choice(Question question, String choiceText) {
        this.question = ForeignKey.to(question);
        this.choiceText = choiceText;
    }
    // endregion

    public Long getId() {
        return id;
    }

    /** The question, loaded with one query the first time unless the choice came with selectRelated. */
    public Question getQuestion() {
        return question.get();
    }

    public String getChoiceText() {
        return choiceText;
    }

    public int getVotes() {
        return votes;
    }

    @Override
    public String toString() {
        return choiceText;
    }
}
