package org.mtvkit.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What deleting a parent does to its children, by each foreign key's OnDelete, with Django's per-model counts. */
class OnDeleteTest {
    static class Shelf {
        Long id;
        String name;
    }

    static class Book {
        Long id;
        @Related(onDelete = OnDelete.CASCADE)
        ForeignKey<Shelf> shelf;
    }

    static class Page {
        Long id;
        @Related(onDelete = OnDelete.CASCADE)
        ForeignKey<Book> book;
    }

    static class Guarded {
        Long id;
        @Related(onDelete = OnDelete.PROTECT)
        ForeignKey<Shelf> shelf;
    }

    static class Loose {
        Long id;
        @Column(nullable = true)
        @Related(onDelete = OnDelete.SET_NULL)
        ForeignKey<Shelf> shelf;
    }

    static class Plain {
        Long id;
        ForeignKey<Shelf> shelf;
    }

    static class BadSetNull {
        Long id;
        @Related(onDelete = OnDelete.SET_NULL)
        ForeignKey<Shelf> shelf;
    }

    static class NotAKey {
        Long id;
        @Related(onDelete = OnDelete.CASCADE)
        String name;
    }

    static Shelf shelf(Database db, String name) {
        Shelf s = new Shelf();
        s.name = name;
        return db.save(s);
    }

    static <T> T child(Database db, T object, Shelf shelf) {
        try {
            object.getClass().getDeclaredField("shelf").set(object, ForeignKey.to(shelf));
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return db.save(object);
    }

    @Test
    @DisplayName("CASCADE deletes the children and their children, in one transaction, counted per model")
    void cascade() {
        try (Database db = TestDatabases.fresh().register(Shelf.class, Book.class, Page.class)) {
            db.createSchema();
            Shelf a = shelf(db, "a");
            shelf(db, "b");
            Book book = child(db, new Book(), a);
            child(db, new Book(), a);
            for (int i = 0; i < 3; i++) {
                Page page = new Page();
                page.book = ForeignKey.to(book);
                db.save(page);
            }
            Deleted deleted = db.objects(Shelf.class).filter("name", "a").delete();
            assertEquals(new Deleted(6, Map.of("Shelf", 1L, "Book", 2L, "Page", 3L)), deleted);
            assertEquals(1, db.objects(Shelf.class).count());
            assertEquals(0, db.objects(Page.class).count());
        }
    }

    @Test
    @DisplayName("PROTECT refuses the delete while a child exists, naming the key, and deletes nothing")
    void protect() {
        try (Database db = TestDatabases.fresh().register(Shelf.class, Guarded.class)) {
            db.createSchema();
            Shelf a = shelf(db, "a");
            child(db, new Guarded(), a);
            ProtectedError e = assertThrows(ProtectedError.class, () -> db.objects(Shelf.class).delete());
            assertEquals("Cannot delete some Shelf objects: 1 Guarded object(s) point at them through the protected"
                    + " foreign key Guarded.shelf (@Related(onDelete = PROTECT)). Delete those first, or choose"
                    + " CASCADE or SET_NULL.", e.getMessage());
            assertEquals(1, db.objects(Shelf.class).count());
        }
    }

    @Test
    @DisplayName("SET_NULL clears the children's key and keeps the children")
    void setNull() {
        try (Database db = TestDatabases.fresh().register(Shelf.class, Loose.class)) {
            db.createSchema();
            Loose loose = child(db, new Loose(), shelf(db, "a"));
            assertEquals(new Deleted(1, Map.of("Shelf", 1L)), db.objects(Shelf.class).delete());
            assertNull(db.objects(Loose.class).get("pk", loose.id).shelf);
        }
    }

    @Test
    @DisplayName("DO_NOTHING, the default, leaves it to the database, which refuses")
    void doNothing() {
        try (Database db = TestDatabases.fresh().register(Shelf.class, Plain.class)) {
            db.createSchema();
            child(db, new Plain(), shelf(db, "a"));
            OrmException e = assertThrows(OrmException.class, () -> db.objects(Shelf.class).delete());
            assertTrue(e.isIntegrityError(), e.getMessage());
        }
    }

    @Test
    @DisplayName("a model nothing points at is deleted with one statement and no SELECT")
    void fastDelete() {
        try (Database db = TestDatabases.fresh().register(Shelf.class, Book.class, Page.class)) {
            db.createSchema();
            shelf(db, "a");
            QueryCounter counter = new QueryCounter();
            db.addListener(counter);
            assertEquals(0, db.objects(Page.class).delete().total());
            assertEquals(1, counter.count());
        }
    }

    @Test
    @DisplayName("SET_NULL on a key that cannot be NULL is refused at registration")
    void setNullNeedsNullable() {
        MappingException e = assertThrows(MappingException.class,
                () -> TestDatabases.fresh().register(Shelf.class, BadSetNull.class));
        assertEquals("Cannot map model " + BadSetNull.class.getName() + ": field 'shelf' is @Related(onDelete ="
                + " SET_NULL) but cannot hold NULL; add @Column(nullable = true), or choose another onDelete.", e.getMessage());
    }

    @Test
    @DisplayName("@Related on a field that is not a foreign key is refused at registration")
    void notAKey() {
        MappingException e = assertThrows(MappingException.class, () -> TestDatabases.fresh().register(NotAKey.class));
        assertEquals("Cannot map model " + NotAKey.class.getName() + ": field 'name' has @Related but is not a"
                + " foreign key (its type is String); remove the annotation, or make the field a ForeignKey<Model>.",
                e.getMessage());
    }
}
