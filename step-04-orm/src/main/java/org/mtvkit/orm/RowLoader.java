package org.mtvkit.orm;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Builds objects from rows: creates the instance, sets each field from its column, puts a reference
 * in each foreign key and a lazy list in each reverse relation. Inside a {@link Session} it asks the
 * identity map first, so a row already loaded comes back as the same object.
 */
final class RowLoader {
    private final Database database;
    private final Session session; // null: plain loading, a new object for every row

    RowLoader(Database database, Session session) {
        this.database = database;
        this.session = session;
    }

    // region: load
    /** Reads the model's columns starting at {@code start}; null when the key is NULL (an empty outer join). */
    <T> T load(ModelMeta<T> model, ResultSet rows, int start) throws SQLException {
        long id = rows.getLong(start); // a primary key is an integer (Mapper checks), read without boxing
        if (id == 0 && rows.wasNull()) {
            return null;
        }
        T object = session == null ? null : session.inMap(model, id);
        if (object != null && session.isLoaded(object)) {
            return object; // identity map: one object per row, and local changes are kept
        }
        if (object == null) {
            object = model.newInstance();
        }
        List<FieldMeta> columns = model.columns();
        for (int i = 0; i < columns.size(); i++) {
            FieldMeta field = columns.get(i);
            if (field.isForeignKey()) {
                ModelMeta<?> related = database.registry().meta(field.related());
                Object relatedKey = Values.read(rows, start + i, related.primaryKey().type());
                field.set(object, relatedKey == null ? null : reference(field, related, ((Number) relatedKey).longValue()));
            } else {
                read(model, i, rows, start + i, object);
            }
        }
        List<ReverseMeta> reverses = model.reverses();
        for (int i = 0; i < reverses.size(); i++) { // by index: no iterator for every row read
            ReverseMeta reverse = reverses.get(i);
            reverse.set(object, RelatedList.lazy(() -> children(reverse, id)));
        }
        if (session != null) {
            session.loaded(model, object);
        }
        return object;
    }
    // endregion

    private static void read(ModelMeta<?> model, int column, ResultSet rows, int index, Object object)
            throws SQLException {
        try {
            model.reader(column).read(rows, index, object);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot write " + model.columns().get(column).field(), e);
        }
    }

    // region: reference
    /**
     * A foreign key read from its column: the session's object when it has that row already, else only
     * the key, with a loader that fetches the row the first time {@link ForeignKey#get} is called. No
     * object of the related model is built until then.
     */
    <R> ForeignKey<R> reference(FieldMeta field, ModelMeta<R> related, long id) {
        if (session != null) {
            R known = session.inMap(related, id);
            if (known != null && session.isLoaded(known)) {
                return ForeignKey.loaded(id, known);
            }
        }
        return ForeignKey.stored(id, key -> load(field, related, key));
    }

    /** One query by primary key, through the session when there is one; a failure names the field and the fix. */
    private <R> R load(FieldMeta field, ModelMeta<R> related, long id) {
        try {
            if (session != null) {
                return session.get(related.type(), id).orElseThrow(() -> missing(field, related, id));
            }
            return database.objects(related.type()).filter(related.primaryKey().name(), id).first()
                    .orElseThrow(() -> missing(field, related, id));
        } catch (OrmException | IllegalStateException e) { // a failed statement, or a closed pool
            throw new IllegalStateException("Cannot load " + field.describe() + " (" + related.name() + " with "
                    + related.primaryKey().name() + " " + id + ") on first read: " + e.getMessage().lines().findFirst()
                    .orElse("") + "\n  A foreign key's row is loaded when it is first read, which needs the database"
                    + " open. To load it together with its row, query with selectRelated(\"" + field.name() + "\").",
                    e);
        }
    }
    // endregion

    private static DoesNotExist missing(FieldMeta field, ModelMeta<?> related, long id) {
        return new DoesNotExist(related.type(), related.primaryKey().name() + " = " + id + " (the row "
                + field.describe() + " points at)");
    }

    private List<?> children(ReverseMeta reverse, long parentId) {
        ModelMeta<?> child = database.registry().meta(reverse.childType());
        QuerySet<?> query = session != null ? session.query(reverse.childType()) : database.objects(reverse.childType());
        return query.filter(reverse.foreignKey().name(), parentId).orderBy(child.primaryKey().name()).list();
    }
}
