package org.leadbureau.portal.sites.control;

/**
 * A site as a person or a CSV file gives it: text, not yet checked. The field names are the CSV columns and
 * the names the API and the staff form use for their errors.
 */
public record SiteInput(String name, String jurisdiction, String state, String status, String launched,
                        String sourceUrl, String notes, String website, String organisation, String description,
                        String timeZone, String latitude, String longitude, String lastVerified) {
}
