package org.mtvkit.orm.conformance;

import java.util.List;
import org.mtvkit.orm.Column;

/** The conformance dataset's models, the same as the generator's Django models. */
class Country {
    Long id;
    @Column(length = 50)
    String name;
    List<Author> authors;

    Country() {
    }
}
