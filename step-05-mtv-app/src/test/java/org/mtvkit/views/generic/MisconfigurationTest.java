package org.mtvkit.views.generic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mtvkit.forms.FormData;
import org.mtvkit.forms.ModelForm;
import org.mtvkit.http.Request;
import org.mtvkit.mtv.Shortcuts;
import org.mtvkit.orm.Database;
import org.mtvkit.paginator.Paginator;
import org.mtvkit.routing.Kwargs;
import testsite.TestDatabase;
import testsite.blog.models.Article;
import testsite.blog.models.Author;

/** The mistakes a learner can make when configuring the batteries, each with its message. */
class MisconfigurationTest {

    Database db;

    @BeforeEach
    void open() {
        db = TestDatabase.fresh();
        db.register(Author.class, Article.class);
        db.createSchema();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    @DisplayName("a paginator with fewer than one object per page, or negative orphans")
    void paginatorArguments() {
        assertEquals("a paginator needs at least 1 object per page, not 0",
                assertThrows(IllegalArgumentException.class, () -> Paginator.of(List.of(), 0)).getMessage());
        assertEquals("orphans cannot be negative (-1)",
                assertThrows(IllegalArgumentException.class, () -> Paginator.of(List.of(1), 5, -1, true)).getMessage());
    }

    @Test
    @DisplayName("a DetailView whose pattern captures neither pk nor slug")
    void detailWithoutPk() {
        DetailView<Article> view = new DetailView<>(new Shortcuts((name, context) -> "", (name, args) -> "/"), db, Article.class);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> view.getObject(Request.builder("GET", "/").build(), Kwargs.of(Map.of("id", 1))));
        assertEquals("Generic detail view DetailView must be called with either an object pk or a slug in the URLconf:"
                + " name a parameter <int:pk> or <slug:slug> in its pattern", e.getMessage());
    }

    @Test
    @DisplayName("a ModelForm naming a field the model does not have, or the primary key")
    void modelFormUnknownField() {
        for (String name : List.of("body", "id")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new ModelForm<>(db, Article.class, List.of(name)));
            assertEquals("ModelForm for Article: '" + name + "' is not a field it can edit; its fields are [title, slug,"
                    + " author, views, published, price, pubDate] (the primary key and reverse relations are not editable)",
                    e.getMessage());
        }
    }

    @Test
    @DisplayName("saving a ModelForm that is not valid")
    void modelFormSaveInvalid() {
        ModelForm<Article> form = new ModelForm<>(db, Article.class, List.of("title"), FormData.empty());
        IllegalStateException e = assertThrows(IllegalStateException.class, form::save);
        assertEquals("The Article could not be created because the data didn't validate: {title=[This field is required.]}[]."
                + " Call isValid() before save().", e.getMessage());
    }
}
