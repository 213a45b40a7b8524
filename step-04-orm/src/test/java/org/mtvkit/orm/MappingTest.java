package org.mtvkit.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every mapping error is raised at registration, naming the class, the field and the fix. */
class MappingTest {
    Database db = TestDatabases.fresh();

    @AfterEach
    void tearDown() {
        db.close();
    }

    private String error(Class<?>... models) {
        return assertThrows(MappingException.class, () -> db.register(models)).getMessage();
    }

    static class NoConstructor {
        Long id;

        NoConstructor(long id) {
            this.id = id;
        }
    }

    static class UnsupportedType {
        Long id;
        Date when;
    }

    static class TwoKeys {
        @Id
        Long id;
        @Id
        Long code;
    }

    static class NoKey {
        String name;
    }

    static class TextKey {
        @Id
        String code;
    }

    static class FinalField {
        Long id;
        final String name = "x";
    }

    static class Author {
        Long id;
    }

    static class Book {
        Long id;
        ForeignKey<Author> author;
    }

    static class PlainReference {
        Long id;
        Author author;
    }

    static class RawReference {
        Long id;
        @SuppressWarnings("rawtypes")
        ForeignKey author;
    }

    static class Orphans {
        Long id;
        List<String> names;
    }

    static class BadDefault {
        Long id;
        @Column(defaultValue = "many")
        int count;
    }

    record Point(Long id, int x) { }

    static class CustomKey {
        @Id
        int number;
        @Column(nullable = true)
        Long id; // an ordinary column once another field is the key
    }

    @Test
    @DisplayName("a model without a no-argument constructor is refused")
    void noConstructor() {
        assertEquals("Cannot map model " + NoConstructor.class.getName() + ": it has no usable constructor. Add a"
                + " constructor without parameters (it may be private): the ORM creates the object first, then sets"
                + " its fields from the row.", error(NoConstructor.class));
    }

    @Test
    @DisplayName("a field of an unsupported type is refused, listing the supported ones")
    void unsupportedType() {
        assertEquals("Cannot map model " + UnsupportedType.class.getName() + ": field 'when' has type java.util.Date,"
                + " which the ORM cannot store. Use one of long, int, boolean, double (or their wrappers), BigDecimal,"
                + " String, an enum, UUID, LocalDate, LocalDateTime, Instant, or ForeignKey<Model> for a foreign key.",
                error(UnsupportedType.class));
    }

    @Test
    @DisplayName("two primary keys are refused")
    void twoKeys() {
        assertEquals("Cannot map model " + TwoKeys.class.getName() + ": field 'code' is a second primary key (the first"
                + " is 'id'); a model has exactly one: keep @Id on one field.", error(TwoKeys.class));
    }

    @Test
    @DisplayName("a model without a primary key is refused")
    void noKey() {
        assertEquals("Cannot map model " + NoKey.class.getName() + ": it has no primary key. Add a field 'Long id' or"
                + " mark one integer field @Id.", error(NoKey.class));
    }

    @Test
    @DisplayName("a primary key that is not an integer is refused")
    void textKey() {
        assertEquals("Cannot map model " + TextKey.class.getName() + ": field 'code' is the primary key but has type"
                + " String; the database generates integer keys, so use long or Long.", error(TextKey.class));
    }

    @Test
    @DisplayName("a final field is refused")
    void finalField() {
        assertEquals("Cannot map model " + FinalField.class.getName() + ": field 'name' is final; the ORM sets fields"
                + " after creating the object, so remove 'final' (or mark the field 'transient' if it is not stored).",
                error(FinalField.class));
    }

    @Test
    @DisplayName("a foreign key to an unregistered model is refused")
    void unregisteredForeignKey() {
        assertEquals("Cannot map model " + Book.class.getName() + ": field 'author' refers to model "
                + Author.class.getName() + ", which is not registered. Register Author before or together with Book.",
                error(Book.class));
    }

    @Test
    @DisplayName("a field of a model's own type is refused, naming the model, the field and ForeignKey")
    void plainModelField() {
        assertEquals("Cannot map model " + PlainReference.class.getName() + ": field 'author' has the model type"
                + " Author; a plain field cannot load the row it points at when it is read, so its other fields would"
                + " be null. Declare it 'ForeignKey<Author> author', have its getter return author.get(), and set it"
                + " with ForeignKey.to(...); selectRelated(\"author\") still loads it in the same query.",
                error(Author.class, PlainReference.class));
    }

    @Test
    @DisplayName("a ForeignKey field without its model class is refused")
    void rawForeignKey() {
        assertEquals("Cannot map model " + RawReference.class.getName() + ": field 'author' is a ForeignKey without"
                + " a model class; name the model it points at, as in 'ForeignKey<Question> author'.",
                error(Author.class, RawReference.class));
    }

    @Test
    @DisplayName("a foreign key to a model registered earlier or in the same call is accepted")
    void registeredForeignKey() {
        db.register(Author.class).register(Book.class);
        assertEquals(2, db.schemaSql().size());
    }

    @Test
    @DisplayName("a List field that is not a reverse relation is refused")
    void listOfNonModel() {
        assertEquals("Cannot map model " + Orphans.class.getName() + ": field 'names' is a List but not of a registered"
                + " model; a List field is the reverse side of a foreign key (List<Choice> choices). Register the"
                + " element model, or mark the field 'transient' if it is not stored.", error(Orphans.class));
    }

    @Test
    @DisplayName("a default that does not fit the field's type is refused")
    void badDefault() {
        assertEquals("Cannot map model " + BadDefault.class.getName() + ": field 'count' has defaultValue \"many\","
                + " which is not a valid int.", error(BadDefault.class));
    }

    @Test
    @DisplayName("a record is refused: its fields cannot be set one by one")
    void record() {
        assertEquals("Cannot map model " + Point.class.getName() + ": a model must be a concrete, top-level or static"
                + " nested class with mutable fields (records, interfaces, abstract and inner classes cannot be created"
                + " and filled field by field).", error(Point.class));
    }

    @Test
    @DisplayName("@Id makes another integer field the key")
    void customKey() {
        db.register(CustomKey.class);
        db.createSchema();
        CustomKey saved = db.save(new CustomKey());
        assertEquals(1, saved.number);
        assertEquals(1, db.objects(CustomKey.class).get("number", 1).number);
    }

    @Test
    @DisplayName("querying a model that was never registered says how to register it")
    void unregisteredQuery() {
        db.register(Author.class);
        MappingException e = assertThrows(MappingException.class, () -> db.objects(Book.class));
        assertEquals(Book.class.getName() + " is not a registered model. Call database.register(Book.class) first;"
                + " registered: Author.", e.getMessage());
    }

    @Test
    @DisplayName("only jdbc:h2: and jdbc:postgresql: URLs have a dialect out of the box")
    void unknownUrl() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Database.open("jdbc:mysql://localhost/polls"));
        assertEquals("No dialect for jdbc:mysql://localhost/polls: the kit ships H2Dialect for jdbc:h2: URLs and"
                + " PostgresDialect for jdbc:postgresql: URLs. For another database, pass a DataSource and a Dialect"
                + " to open(dataSource, dialect).", e.getMessage());
    }
}
