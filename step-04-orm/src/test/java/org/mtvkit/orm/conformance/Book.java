package org.mtvkit.orm.conformance;

import java.time.LocalDate;
import org.mtvkit.orm.Column;
import org.mtvkit.orm.ForeignKey;
import org.mtvkit.orm.OnDelete;

class Book {
    Long id;
    @Column(length = 200)
    String title;
    int pages;
    @Column(nullable = true)
    Integer rating;
    @Column(nullable = true)
    @ForeignKey(onDelete = OnDelete.CASCADE)
    Author author;
    @Column(nullable = true)
    LocalDate published;

    Book() {
    }
}
