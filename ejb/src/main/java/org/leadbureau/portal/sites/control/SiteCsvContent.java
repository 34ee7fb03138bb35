package org.leadbureau.portal.sites.control;

import java.util.List;

/** What a sites CSV holds: the rows that can be imported, and the rejected ones, both in file order. */
public record SiteCsvContent(List<SiteRow> rows, List<Rejection> rejected) {
}
