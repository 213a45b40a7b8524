package mysite.polls.models;

import org.mtvkit.orm.Column;

/** One answer to a {@link Question}, with its count of votes. */
// region: choice-model
public class Choice {
    private Long id;
    private Question question;        // a foreign key: the column question_id holds the question's id
    @Column(length = 200)
    private String choiceText;
    private int votes;

    protected Choice() {              // for the ORM
    }

    public Choice(Question question, String choiceText) {
        this.question = question;
        this.choiceText = choiceText;
    }
    // endregion

    public Long getId() {
        return id;
    }

    public Question getQuestion() {
        return question;
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
