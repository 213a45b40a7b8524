package org.mtvkit.demo.step04;

import java.time.Instant;
import java.util.List;
import org.mtvkit.orm.Column;

// region: question
/** A poll question: a plain class, mapped by convention to the table "question". */
public class Question {
    Long id;
    @Column(length = 200)
    String questionText;
    Instant pubDate;
    List<Choice> choices; // the reverse side of Choice.question: filled by the ORM

    Question() {
    }

    Question(String questionText, Instant pubDate) {
        this.questionText = questionText;
        this.pubDate = pubDate;
    }
}
// endregion
