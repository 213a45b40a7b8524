package org.mtvkit.demo.step04;

import org.mtvkit.orm.Column;
import org.mtvkit.orm.ForeignKey;

// region: choice
/**
 * One answer to a question; {@code ForeignKey<Question>} is a foreign key, stored as question_id, whose
 * {@code get()} loads the question when it is first read.
 */
public class Choice {
    Long id;
    ForeignKey<Question> question;
    @Column(length = 200)
    String choiceText;
    int votes;

    Choice() {
    }

    Choice(Question question, String choiceText) {
        this.question = ForeignKey.to(question);
        this.choiceText = choiceText;
    }
}
// endregion
