package org.mtvkit.orm.conformance;

import java.util.List;
import org.mtvkit.orm.Column;

class Author {
    Long id;
    @Column(length = 100)
    String name;
    @Column(nullable = true)
    Integer age;
    Country country;
    List<Book> books;

    Author() {
    }
}
