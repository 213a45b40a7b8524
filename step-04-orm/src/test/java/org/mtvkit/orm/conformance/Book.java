package org.mtvkit.orm.conformance;

import java.time.LocalDate;
import org.mtvkit.orm.Column;
import org.mtvkit.orm.ForeignKey;
import org.mtvkit.orm.OnDelete;
import org.mtvkit.orm.Related;

class Book {
    Long id;
    @Column(length = 200)
    String title;
    int pages;
    @Column(nullable = true)
    Integer rating;
    @Column(nullable = true)
    @Related(onDelete = OnDelete.CASCADE)
    ForeignKey<Author> author;
    @Column(nullable = true)
    LocalDate published;

    Book() {
    }
}
