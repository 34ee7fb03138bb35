package org.leadbureau.portal.platform.paging;

import java.util.List;

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
}
