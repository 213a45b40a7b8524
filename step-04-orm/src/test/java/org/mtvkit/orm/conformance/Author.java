package org.mtvkit.orm.conformance;

import java.util.List;
import org.mtvkit.orm.Column;
import org.mtvkit.orm.ForeignKey;
import org.mtvkit.orm.OnDelete;

class Author {
    Long id;
    @Column(length = 100)
    String name;
    @Column(nullable = true)
    Integer age;
    @ForeignKey(onDelete = OnDelete.CASCADE)
    Country country;
    List<Book> books;

    Author() {
    }
}
