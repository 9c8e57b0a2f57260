package org.echeance.core.repository;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.echeance.core.validation.ValidationException;

/**
 * One page of a sorted result: the items on it, where it stands, and how many items the whole result has.
 *
 * <p>Pages are numbered from 0. A page past the end of the result is empty but still says how many items there
 * are. Two pages are equal when all their parts are equal. This class is immutable and thread-safe when its items
 * are.
 *
 * @param items the items on this page, in the result's order, at most {@code pageSize}
 * @param pageIndex the page's index, from 0
 * @param pageSize the most items a page holds, at least 1
 * @param totalItems how many items the whole result has, at least 0
 * @param <T> the type of the items
 */
public record Page<T>(List<T> items, int pageIndex, int pageSize, long totalItems) {

    /**
     * Creates a page, copying its items.
     *
     * @throws ValidationException if the index is negative (ECH-QUERY-01), the size below 1 (ECH-QUERY-02), the total
     *     negative or there are more items than the size allows or the total says (ECH-QUERY-09)
     */
    public Page {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
        if (pageIndex < 0) {
            throw ValidationException.of("ECH-QUERY-01", "pageIndex", pageIndex + " is negative; pages count from 0");
        }
        if (pageSize < 1) {
            throw ValidationException.of("ECH-QUERY-02", "pageSize", pageSize + " is below 1");
        }
        if (totalItems < 0 || items.size() > pageSize || items.size() > totalItems) {
            throw ValidationException.of(
                    "ECH-QUERY-09",
                    "items",
                    items.size() + " items do not fit a page of " + pageSize + " in a result of " + totalItems);
        }
    }

    /**
     * Returns one page of a whole sorted result.
     *
     * <p>For example, {@code Page.from(List.of("a", "b", "c"), 1, 2)} holds {@code ["c"]} and has 3 items in all.
     *
     * @param all the whole result, in order
     * @param pageIndex the page's index, from 0
     * @param pageSize the most items a page holds, at least 1
     * @param <T> the type of the items
     * @return the page, empty if past the end
     * @throws ValidationException if the index is negative (ECH-QUERY-01) or the size below 1 (ECH-QUERY-02)
     */
    public static <T> Page<T> from(List<T> all, int pageIndex, int pageSize) {
        Objects.requireNonNull(all, "all");
        if (pageIndex < 0 || pageSize < 1) {
            // the constructor reports the bad index or size
            return new Page<>(List.of(), pageIndex, pageSize, all.size());
        }
        long start = (long) pageIndex * pageSize;
        if (start >= all.size()) {
            return new Page<>(List.of(), pageIndex, pageSize, all.size());
        }
        int end = (int) Math.min(all.size(), start + pageSize);
        return new Page<>(all.subList((int) start, end), pageIndex, pageSize, all.size());
    }

    /**
     * Returns how many pages the whole result fills; an empty result fills none.
     *
     * @return the number of pages
     */
    public long totalPages() {
        return (totalItems + pageSize - 1) / pageSize;
    }

    /**
     * Checks if a page follows this one.
     *
     * @return true if the result has items after this page
     */
    public boolean hasNext() {
        return (long) pageIndex + 1 < totalPages();
    }

    /**
     * Checks if a page comes before this one.
     *
     * @return true if this is not the first page
     */
    public boolean hasPrevious() {
        return pageIndex > 0;
    }

    /**
     * Returns this page with each item converted.
     *
     * @param mapper the conversion
     * @param <R> the type of the converted items
     * @return the converted page, at the same place in the same result
     */
    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        Objects.requireNonNull(mapper, "mapper");
        List<R> mapped = items.stream().<R>map(mapper).toList();
        return new Page<>(mapped, pageIndex, pageSize, totalItems);
    }
}
