package org.leadbureau.portal.platform.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.function.Function;
import org.leadbureau.portal.platform.paging.Page;

/** The API's one shape of a page: {@code {total, page, size, items}}, each item a record of the endpoint's own. */
@JsonbPropertyOrder({"total", "page", "size", "items"})
public record PageJson<T>(long total, int page, int size, List<T> items) {

    public static <R, T> PageJson<T> of(Page<R> page, Function<? super R, ? extends T> item) {
        return new PageJson<>(page.total(), page.page(), page.size(), page.items().stream().<T>map(item).toList());
    }
}
