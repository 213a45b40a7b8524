package org.mtvkit.paginator;

import java.util.List;

/**
 * One page of a {@link Paginator}: its objects and where it sits. Templates read it as
 * {@code page_obj.hasNext}, {@code page_obj.number}, {@code page_obj.paginator.numPages}.
 */
public final class Page<T> {

    private final List<T> objectList;
    private final int number;
    private final Paginator<T> paginator;

    Page(List<T> objectList, int number, Paginator<T> paginator) {
        this.objectList = List.copyOf(objectList);
        this.number = number;
        this.paginator = paginator;
    }

    public List<T> getObjectList() {
        return objectList;
    }

    public int getNumber() {
        return number;
    }

    public Paginator<T> getPaginator() {
        return paginator;
    }

    public boolean hasNext() {
        return number < paginator.numPages();
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasOtherPages() {
        return hasNext() || hasPrevious();
    }

    /** @throws InvalidPage on the last page, as Django's {@code next_page_number} does */
    public int nextPageNumber() throws InvalidPage {
        return paginator.validateNumber(number + 1L);
    }

    /** @throws InvalidPage on the first page */
    public int previousPageNumber() throws InvalidPage {
        return paginator.validateNumber(number - 1L);
    }

    // region: indexes
    /** The 1-based index of the first object on this page; 0 when there are no objects at all. */
    public long startIndex() {
        if (paginator.count() == 0) {
            return 0;
        }
        return (long) paginator.perPage() * (number - 1) + 1;
    }

    /** The 1-based index of the last object on this page. */
    public long endIndex() {
        if (number == paginator.numPages()) {
            return paginator.count();
        }
        return (long) number * paginator.perPage();
    }
    // endregion

    @Override
    public String toString() {
        return "<Page " + number + " of " + paginator.numPages() + ">";
    }
}
