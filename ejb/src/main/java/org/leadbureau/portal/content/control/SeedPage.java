package org.leadbureau.portal.content.control;

import org.leadbureau.portal.content.entity.PageText;
import org.leadbureau.portal.platform.i18n.Language;

/** One page of seed content in one language as read from the content module, with the checksum of its source file. */
public record SeedPage(String slug, Language language, PageText text, String checksum) {
}
