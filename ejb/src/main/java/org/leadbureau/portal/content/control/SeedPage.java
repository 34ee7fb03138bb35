package org.leadbureau.portal.content.control;

import org.leadbureau.portal.content.entity.PageText;

/** One page of seed content as read from the content module, with the checksum of its source file. */
public record SeedPage(String slug, PageText text, String checksum) {
}
