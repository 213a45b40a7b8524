package org.mtvkit.demo.step04;

import org.mtvkit.orm.Column;

// region: choice
/** One answer to a question; the field typed Question is a foreign key, stored as question_id. */
public class Choice {
    Long id;
    Question question;
    @Column(length = 200)
    String choiceText;
    int votes;

    Choice() {
    }

    Choice(Question question, String choiceText) {
        this.question = question;
        this.choiceText = choiceText;
    }
}
// endregion
