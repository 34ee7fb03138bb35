package org.leadbureau.portal.sites.control;

import java.io.Serializable;

/** What an import does with one good row: the site it creates or matches (by slug), and how. */
public record PlannedRow(int line, String name, String slug, ImportAction action) implements Serializable {
}
