package org.mtvkit.paginator;

import java.util.List;
import java.util.OptionalLong;
import java.util.function.BiFunction;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;
import org.mtvkit.orm.QuerySet;

/**
 * Django's {@code Paginator}: splits a list or a query into pages of {@code perPage} objects. A last
 * page with no more than {@code orphans} objects is folded into the one before it, so nobody lands on
 * a page with one lonely item. For a {@link QuerySet} it runs one {@code COUNT} and, per page, one
 * query with {@code LIMIT} and {@code OFFSET}: the objects of other pages are never loaded.
 *
 * <p>A paginator is made for one request and is not shared: it remembers the count once asked.
 */
public final class Paginator<T> {

    private final LongSupplier counter;
    private final BiFunction<Long, Long, List<T>> slicer;     // (offset, limit) -> objects
    private final int perPage;
    private final int orphans;
    private final boolean allowEmptyFirstPage;
    private OptionalLong count = OptionalLong.empty();

    private Paginator(LongSupplier counter, BiFunction<Long, Long, List<T>> slicer, int perPage, int orphans,
                      boolean allowEmptyFirstPage) {
        if (perPage < 1) {
            throw new IllegalArgumentException("a paginator needs at least 1 object per page, not " + perPage);
        }
        if (orphans < 0) {
            throw new IllegalArgumentException("orphans cannot be negative (" + orphans + ")");
        }
        this.counter = counter;
        this.slicer = slicer;
        this.perPage = perPage;
        this.orphans = orphans;
        this.allowEmptyFirstPage = allowEmptyFirstPage;
    }

    /** Pages over a list already in memory. */
    public static <T> Paginator<T> of(List<T> objects, int perPage) {
        return of(objects, perPage, 0, true);
    }

    public static <T> Paginator<T> of(List<T> objects, int perPage, int orphans, boolean allowEmptyFirstPage) {
        List<T> copy = List.copyOf(objects);
        return new Paginator<>(copy::size, (offset, limit) -> copy.subList(offset.intValue(),
                (int) Math.min(copy.size(), offset + limit)), perPage, orphans, allowEmptyFirstPage);
    }

    /** Pages over a query, loading one page at a time. */
    public static <T> Paginator<T> of(QuerySet<T> query, int perPage) {
        return of(query, perPage, 0, true);
    }

    public static <T> Paginator<T> of(QuerySet<T> query, int perPage, int orphans, boolean allowEmptyFirstPage) {
        return new Paginator<>(query::count, (offset, limit) -> query.offset(offset).limit(limit).list(),
                perPage, orphans, allowEmptyFirstPage);
    }

    public int perPage() {
        return perPage;
    }

    public int orphans() {
        return orphans;
    }

    /** The number of objects on all pages together. */
    public long count() {
        if (count.isEmpty()) {
            count = OptionalLong.of(counter.getAsLong());
        }
        return count.getAsLong();
    }

    // region: num-pages
    /** The number of pages: never 0 unless empty pages are refused and there is nothing to show. */
    public int numPages() {
        // task: 05-1 the paginator
        if (count() == 0 && !allowEmptyFirstPage) {
            return 0;
        }
        long hits = Math.max(1, count() - orphans);
        return (int) ((hits + perPage - 1) / perPage);
        // endtask
    }
    // endregion

    /** The page numbers, 1 to {@link #numPages()}: Django's {@code page_range}. */
    public List<Integer> pageRange() {
        return IntStream.rangeClosed(1, numPages()).boxed().toList();
    }

    // region: validate
    /** The page number written in a URL, checked: Django's {@code validate_number}. */
    public int validateNumber(String number) throws InvalidPage {
        long parsed;
        try {
            parsed = Long.parseLong(number.trim());
        } catch (NumberFormatException e) {
            throw new InvalidPage("That page number is not an integer", true);
        }
        return validateNumber(parsed);
    }

    public int validateNumber(long number) throws InvalidPage {
        // task: 05-1 the paginator
        if (number < 1) {
            throw new InvalidPage("That page number is less than 1", false);
        }
        if (number > numPages() && !(number == 1 && allowEmptyFirstPage)) {
            throw new InvalidPage("That page contains no results", false);
        }
        return (int) number;
        // endtask
    }
    // endregion

    // region: page
    /** Page {@code number} (from 1), with its objects loaded. */
    public Page<T> page(long number) throws InvalidPage {
        // task: 05-1 the paginator
        int valid = validateNumber(number);
        long bottom = (long) (valid - 1) * perPage;
        long top = bottom + perPage;
        if (top + orphans >= count()) {
            top = count();                      // the last page takes the orphans
        }
        return new Page<>(slicer.apply(bottom, top - bottom), valid, this);
        // endtask
    }

    public Page<T> page(String number) throws InvalidPage {
        return page(validateNumber(number));
    }
    // endregion

    /**
     * Django's {@code get_page}: forgiving. Not a number gives the first page, a number out of range
     * the last one. It fails only when there is no page at all (nothing to show, and empty first
     * pages refused), as Django's does.
     */
    public Page<T> getPage(String number) {
        try {
            return page(number);
        } catch (InvalidPage e) {
            try {
                return page(e.notAnInteger() ? 1 : Math.max(1, numPages()));
            } catch (InvalidPage impossible) {
                throw new IllegalStateException("there is no page to fall back on: the list is empty and"
                        + " allowEmptyFirstPage is false", impossible);
            }
        }
    }
}
