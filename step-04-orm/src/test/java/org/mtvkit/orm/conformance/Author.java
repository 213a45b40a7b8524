package org.mtvkit.orm.conformance;

import java.util.List;
import org.mtvkit.orm.Column;
import org.mtvkit.orm.ForeignKey;
import org.mtvkit.orm.OnDelete;
import org.mtvkit.orm.Related;

class Author {
    Long id;
    @Column(length = 100)
    String name;
    @Column(nullable = true)
    Integer age;
    @Related(onDelete = OnDelete.CASCADE)
    ForeignKey<Country> country;
    List<Book> books;

    Author() {
    }
}
