package org.mtvkit.orm;

class Choice {
    Long id;
    Question question;
    @Column(length = 200)
    String choiceText;
    @Column(defaultValue = "0")
    int votes;

    Choice() {
    }

    Choice(Question question, String choiceText, int votes) {
        this.question = question;
        this.choiceText = choiceText;
        this.votes = votes;
    }
}
