package org.leadbureau.portal.platform.view;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.leadbureau.portal.platform.paging.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A lazy table over a list the database filters, sorts, pages and counts: only the shown page is ever in memory.
 * The view gives how to count the rows, how to read one page in the order of a column, and each row's key.
 * Tables show at most {@link PageRequest#MAX_SIZE} rows a page.
 */
public class PagedTableModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** How many rows the list has. */
    @FunctionalInterface
    public interface Count extends Serializable {
        long count();
    }

    /** One page of rows; {@code sort} is the field of the column sorted on, or null for the list's own order. */
    @FunctionalInterface
    public interface Rows<T> extends Serializable {
        List<T> rows(PageRequest page, String sort, boolean ascending);
    }

    /** A row's key, for selection and row actions. */
    @FunctionalInterface
    public interface Key<T> extends Serializable {
        String of(T row);
    }

    private final Count count;
    private final Rows<T> rows;
    private final Key<T> key;

    public PagedTableModel(Count count, Rows<T> rows, Key<T> key) {
        this.count = count;
        this.rows = rows;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, count.count());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.min(Math.max(pageSize, 1), PageRequest.MAX_SIZE);
        SortMeta sort = sortBy.values().stream().filter(meta -> meta.getOrder() != SortOrder.UNSORTED).findFirst()
                .orElse(null);
        return rows.rows(new PageRequest(Math.min(first / size + 1, PageRequest.MAX_PAGE), size),
                sort == null ? null : sort.getField(), sort == null || sort.getOrder() != SortOrder.DESCENDING);
    }

    @Override
    public String getRowKey(T row) {
        return key.of(row);
    }

    @Override
    public T getRowData(String rowKey) {
        return getWrappedData() == null ? null
                : ((List<T>) getWrappedData()).stream().filter(row -> key.of(row).equals(rowKey)).findFirst().orElse(null);
    }
}
