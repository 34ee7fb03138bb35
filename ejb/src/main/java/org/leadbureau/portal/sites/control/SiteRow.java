package org.leadbureau.portal.sites.control;

import org.leadbureau.portal.sites.entity.SiteFacts;

/**
 * One good row of a sites CSV: the line it starts on (0 when it was not read from a file), the slug it names
 * (null when its {@code slug} column is empty or missing), and its facts.
 */
public record SiteRow(int line, String slug, SiteFacts facts) {
}
