package org.leadbureau.portal.platform.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.function.Function;
import org.leadbureau.portal.platform.paging.Page;

/** The API's one shape of a page: {@code {total, page, size, items}}. */
public final class PageJson {

    private PageJson() {
    }

    public static <T> JsonObject of(Page<T> page, Function<? super T, JsonObjectBuilder> item) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        page.items().forEach(row -> items.add(item.apply(row)));
        return Json.createObjectBuilder()
                .add("total", page.total())
                .add("page", page.page())
                .add("size", page.size())
                .add("items", items)
                .build();
    }
}
