package org.leadbureau.portal.sites.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Logger;
import org.leadbureau.portal.platform.persistence.JobLocks;
import org.leadbureau.portal.sites.control.SiteCsv;
import org.leadbureau.portal.sites.control.SiteCsvContent;
import org.leadbureau.portal.sites.control.SiteImportReport;
import org.leadbureau.portal.sites.control.SiteImporter;

/**
 * Imports the content module's seed sites ({@code content/sites/lead-sites.csv}). Idempotent: it only adds
 * sites the directory does not have (by slug, or name and state), so it never duplicates a site nor undoes
 * what staff changed.
 */
@Stateless
public class SiteSeed {

    static final String SEED = "content/sites/lead-sites.csv";
    /** Who the seed's status history names. */
    static final String IMPORT = "import";

    private static final Logger LOG = Logger.getLogger(SiteSeed.class.getName());

    @Inject
    JobLocks jobLocks;

    @Inject
    SiteImporter importer;

    public SiteImportReport importSeed() {
        // Several nodes may start at once: the lock makes them import one after the other.
        jobLocks.lock(JobLocks.SITE_IMPORT);
        SiteCsvContent content = SiteCsv.read(SiteCsv.decode(seed()));
        if (!content.rejected().isEmpty()) {
            throw new IllegalStateException("The seed sites have bad rows: " + content.rejected());
        }
        SiteImportReport report = importer.apply(content, IMPORT, false);
        LOG.info(() -> "Seed sites imported: " + report.created() + " created, " + report.unchanged() + " already there");
        return report;
    }

    private static byte[] seed() {
        try (InputStream in = SiteSeed.class.getClassLoader().getResourceAsStream(SEED)) {
            if (in == null) {
                throw new IllegalStateException("Seed content is missing " + SEED);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read seed content " + SEED, e);
        }
    }
}
