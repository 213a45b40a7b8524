package org.mtvkit.orm;

import java.util.AbstractList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The list behind a reverse relation ({@code question.choices}). Unless the QuerySet prefetched it,
 * it runs its query the first time it is read, once: that is the "+1" of every N+1.
 */
// region: related-list
final class RelatedList<T> extends AbstractList<T> {
    private Supplier<List<T>> query;
    private List<T> loaded;

    private RelatedList(Supplier<List<T>> query, List<T> loaded) {
        this.query = query;
        this.loaded = loaded;
    }

    static <T> RelatedList<T> lazy(Supplier<List<T>> query) {
        return new RelatedList<>(query, null);
    }

    static <T> RelatedList<T> prefetched(List<T> children) {
        return new RelatedList<>(null, List.copyOf(children));
    }

    private List<T> items() {
        if (loaded == null) {
            loaded = List.copyOf(query.get());
            query = null;
        }
        return loaded;
    }

    @Override
    public T get(int index) {
        return items().get(index);
    }

    @Override
    public int size() {
        return items().size();
    }
}
// endregion
