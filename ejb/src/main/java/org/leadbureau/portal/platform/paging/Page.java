package org.leadbureau.portal.platform.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list read from the database: its rows and how many rows the whole list has. */
public record Page<T>(List<T> items, long total, PageRequest request) {

    public Page {
        items = List.copyOf(items);
    }

    public int page() {
        return request.page();
    }

    public int size() {
        return request.size();
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), total, request);
    }
}
