package org.mtvkit.orm;

class Choice {
    Long id;
    ForeignKey<Question> question;
    @Column(length = 200)
    String choiceText;
    @Column(defaultValue = "0")
    int votes;

    Choice() {
    }

    Choice(Question question, String choiceText, int votes) {
        this.question = question == null ? null : ForeignKey.to(question);
        this.choiceText = choiceText;
        this.votes = votes;
    }
}
