package org.mtvkit.orm.migrations;

import java.time.Instant;
import org.mtvkit.orm.Column;
import org.mtvkit.orm.ForeignKey;

/**
 * The polls models at successive points of a project's life, as nested classes of the same simple
 * names, so that one test can change a model and run makemigrations again.
 */
final class Versions {
    private Versions() {
    }

    /** The tutorial's models. */
    static final class V1 {
        static class Question {
            Long id;
            @Column(length = 200)
            String questionText;
            Instant pubDate;
        }

        static class Choice {
            Long id;
            ForeignKey<Question> question;
            @Column(length = 200)
            String choiceText;
            int votes;
        }
    }

    /** An author added, with a default for the rows already there. */
    static final class V2 {
        static class Question {
            Long id;
            @Column(length = 200)
            String questionText;
            Instant pubDate;
            @Column(length = 100, defaultValue = "anonymous")
            String author;
        }
    }

    /** The author altered: longer, and nullable. */
    static final class V3 {
        static class Question {
            Long id;
            @Column(length = 200)
            String questionText;
            Instant pubDate;
            @Column(length = 300, nullable = true)
            String author;
        }
    }

    /** A non-null field without a default: makemigrations must refuse it. */
    static final class NoDefault {
        static class Question {
            Long id;
            @Column(length = 200)
            String questionText;
            Instant pubDate;
            int rank;
        }
    }

    /** The question text renamed: the same definition under another name. */
    static final class Renamed {
        static class Question {
            Long id;
            @Column(length = 200)
            String title;
            Instant pubDate;
        }
    }

    /** A second app's model, which a polls model points at. */
    static final class CrossApp {
        static class Author {
            Long id;
            @Column(length = 100)
            String name;
        }

        static class Question {
            Long id;
            @Column(length = 200)
            String questionText;
            ForeignKey<Author> author;
        }
    }
}
