package testsite.blog.models;

import org.mtvkit.orm.Column;

/** A test app's model: the other end of {@link Article}'s foreign key. */
public class Author {
    private Long id;
    @Column(length = 50)
    private String name;

    protected Author() {
    }

    public Author(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
