package org.mtvkit.views.generic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The names a generic view derives from its model, each found once per class and kept. */
class ModelNamesTest {

    static final class BlogPost {
        Long id;
    }

    static final class Tag {
        @org.mtvkit.orm.Id
        long number;
        Long id;
    }

    @Test
    @DisplayName("each class keeps its own model name, asked once or many times")
    void modelNames() {
        for (int i = 0; i < 3; i++) {
            assertEquals("blogpost", ModelNames.modelName(BlogPost.class));
            assertEquals("tag", ModelNames.modelName(Tag.class));
        }
    }

    @Test
    @DisplayName("the primary key is the @Id field where there is one, else id, for each class on its own")
    void primaryKeys() {
        for (int i = 0; i < 3; i++) {
            assertEquals("id", ModelNames.primaryKey(BlogPost.class));
            assertEquals("number", ModelNames.primaryKey(Tag.class));
        }
    }
}
