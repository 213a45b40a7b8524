package org.mtvkit.bench.polls;

import org.mtvkit.orm.Column;

/** One answer to a {@link Question}, with its count of votes. */
public class Choice {
    private Long id;
    private Question question;
    @Column(length = 200)
    private String choiceText;
    private int votes;

    protected Choice() {              // for the ORM
    }

    public Choice(Question question, String choiceText) {
        this.question = question;
        this.choiceText = choiceText;
    }

    /** A choice built by hand from a row, as raw JDBC code builds it. */
    public static Choice of(long id, Question question, String choiceText, int votes) {
        Choice c = new Choice(question, choiceText);
        c.id = id;
        c.votes = votes;
        return c;
    }

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

    /** Used by the raw JDBC insert, which learns the generated key after the batch. */
    public void setId(long id) {
        this.id = id;
    }
}
