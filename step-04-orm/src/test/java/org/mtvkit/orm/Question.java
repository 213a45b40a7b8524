package org.mtvkit.orm;

import java.time.Instant;
import java.util.List;

class Question {
    Long id;
    @Column(length = 200)
    String questionText;
    Instant pubDate;
    List<Choice> choices;

    Question() {
    }

    Question(String questionText, Instant pubDate) {
        this.questionText = questionText;
        this.pubDate = pubDate;
    }
}
