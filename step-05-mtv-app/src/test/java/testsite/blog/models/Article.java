package testsite.blog.models;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.mtvkit.orm.Column;
import org.mtvkit.orm.ForeignKey;

/** A test app's model with one field of each kind a ModelForm maps, and a slug for DetailView. */
public class Article {
    private Long id;
    @Column(length = 100)
    private String title;
    @Column(length = 50, unique = true)
    private String slug;
    private ForeignKey<Author> author;
    private int views;
    private boolean published;
    @Column(nullable = true, precision = 6, scale = 2)
    private BigDecimal price;
    @Column(nullable = true)
    private LocalDate pubDate;

    protected Article() {
    }

    public Article(String title, String slug, Author author) {
        this.title = title;
        this.slug = slug;
        this.author = ForeignKey.to(author);
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getSlug() {
        return slug;
    }

    public Author getAuthor() {
        return author.get();
    }

    public int getViews() {
        return views;
    }

    public boolean isPublished() {
        return published;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public LocalDate getPubDate() {
        return pubDate;
    }

    @Override
    public String toString() {
        return title;
    }
}
