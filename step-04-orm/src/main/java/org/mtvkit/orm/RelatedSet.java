package org.mtvkit.orm;

import java.util.List;

/**
 * The reverse side of a foreign key as a manager, Django's {@code question.choice_set}: the children
 * of one parent, to list, filter, count and create. Made by {@link Database#relatedSet}.
 */
public final class RelatedSet<C> {
    private final Database database;
    private final ModelMeta<C> child;
    private final FieldMeta foreignKey;
    private final Object parent;

    RelatedSet(Database database, ModelMeta<C> child, FieldMeta foreignKey, Object parent) {
        this.database = database;
        this.child = child;
        this.foreignKey = foreignKey;
        this.parent = parent;
    }

    /** Every child of the parent, as a lazy QuerySet to refine further. */
    public QuerySet<C> all() {
        return database.objects(child.type()).filter(foreignKey.name(), parent);
    }

    public QuerySet<C> filter(String lookup, Object value) {
        return all().filter(lookup, value);
    }

    public long count() {
        return all().count();
    }

    public List<C> list() {
        return all().list();
    }

    /** Points {@code object} at the parent and saves it (Django's {@code choice_set.create(...)}). */
    public C create(C object) {
        foreignKey.set(object, ForeignKey.to(parent));
        return database.save(object);
    }
}
