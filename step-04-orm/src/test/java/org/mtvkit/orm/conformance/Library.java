package org.mtvkit.orm.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mtvkit.orm.Database;
import org.mtvkit.orm.TestDatabases;
import org.mtvkit.testing.MiniJson;

/** The conformance dataset (countries, authors, books) in a fresh database of this run's dialect. */
final class Library {
    private Library() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> suite() {
        try (InputStream in = Library.class.getResourceAsStream("/conformance/django-orm.json")) {
            return (Map<String, Object>) MiniJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Database fresh() {
        Database db = TestDatabases.fresh().register(Country.class, Author.class, Book.class);
        db.createSchema();
        Map<String, Object> data = (Map<String, Object>) suite().get("data");
        for (String name : List.of("Country", "Author", "Book")) {
            Class<Object> type = (Class<Object>) ConformanceTest.MODELS.get(name);
            List<Object> objects = new ArrayList<>();
            for (Object row : (List<Object>) data.get(name)) {
                objects.add(db.instantiate(type, (Map<String, Object>) row));
            }
            db.objects(type).bulkCreate(objects);
        }
        return db;
    }
}
