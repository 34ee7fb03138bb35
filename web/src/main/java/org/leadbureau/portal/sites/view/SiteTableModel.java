package org.leadbureau.portal.sites.view;

import java.util.List;
import java.util.Map;
import org.leadbureau.portal.sites.boundary.Sites;
import org.leadbureau.portal.sites.control.SiteFilter;
import org.leadbureau.portal.sites.control.SiteSort;
import org.leadbureau.portal.sites.entity.Site;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The directory table's rows, one page at a time: the database filters, sorts, pages and counts. */
public class SiteTableModel extends LazyDataModel<Site> {

    private static final long serialVersionUID = 1L;

    private final Sites sites;
    private final SiteFilter filter;

    SiteTableModel(Sites sites, SiteFilter filter) {
        this.sites = sites;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) sites.count(filter);
    }

    @Override
    public List<Site> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        SiteSort order = sort == null ? SiteSort.NAME : SiteSort.fromName(sort.getField());
        boolean ascending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
        return sites.find(filter, order == null ? SiteSort.NAME : order, ascending, first, pageSize);
    }

    @Override
    public String getRowKey(Site site) {
        return site.getSlug();
    }

    @Override
    public Site getRowData(String rowKey) {
        return sites.find(rowKey).orElse(null);
    }
}
