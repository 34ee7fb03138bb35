package org.leadbureau.portal.sites.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.sites.entity.Site;
import org.leadbureau.portal.sites.entity.SiteStatus;
import org.leadbureau.portal.sites.entity.UsState;

class ImportPlanTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-03-01");
    private static final String HEADER = "name,jurisdiction,state,status,launched,source_url,notes,slug\n";

    /** The directory as a map of slug → site. */
    private final Map<String, Site> sites = new HashMap<>();

    private final ImportPlan.Directory directory = new ImportPlan.Directory() {
        @Override
        public Optional<Site> bySlug(String slug) {
            return Optional.ofNullable(sites.get(slug));
        }

        @Override
        public Optional<Site> byNameAndState(String name, UsState state) {
            return sites.values().stream().filter(site -> site.getState() == state
                    && site.getName().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))).findFirst();
        }

        @Override
        public Set<String> slugsStartingWith(String prefix) {
            return sites.keySet().stream().filter(slug -> slug.startsWith(prefix)).collect(Collectors.toSet());
        }
    };

    private Site existing(String csvRow) {
        SiteRow row = SiteCsv.read(HEADER + csvRow).rows().get(0);
        Site site = new Site(row.slug(), row.facts(), "import", NOW, TODAY);
        sites.put(site.getSlug(), site);
        return site;
    }

    private ImportPlan plan(String rows, boolean updateExisting) {
        return ImportPlan.of(SiteCsv.read(HEADER + rows), directory, updateExisting);
    }

    private static List<ImportAction> actions(ImportPlan plan) {
        return plan.steps().stream().map(step -> step.row().action()).toList();
    }

    @Test
    void rowsMatchBySlugThenByNameAndStateAndOtherwiseCreate() {
        Site albany = existing("Albany LEAD,Albany,NY,OPERATIONAL,2016-04-01,,,albany-lead");
        Site ithaca = existing("Ithaca LEAD,Ithaca,NY,OPERATIONAL,2022-03,,,ithaca-lead");

        ImportPlan plan = plan("Albany County LEAD,Albany,NY,OPERATIONAL,2016-04-01,,,albany-lead\n"
                + "ithaca lead,Ithaca,NY,PAUSED,2022-03,,,\n"
                + "Spokane LEAD,Spokane,WA,PLANNING,,,,\n", true);

        assertEquals(List.of(ImportAction.UPDATE, ImportAction.UPDATE, ImportAction.CREATE), actions(plan));
        assertSame(albany, plan.steps().get(0).site());
        assertSame(ithaca, plan.steps().get(1).site());
        assertNull(plan.steps().get(2).site());
        assertEquals("spokane-lead", plan.steps().get(2).row().slug());
    }

    @Test
    void aRenamedSiteIsFoundByTheSlugItsOldNameGaveButOnlyInItsState() {
        Site albany = existing("LEAD Albany County,Albany,NY,OPERATIONAL,2016-04-01,,,albany-lead");

        ImportPlan plan = plan("Albany LEAD,Albany,NY,OPERATIONAL,2016-04-01,,,\nAlbany LEAD,Albany,GA,OPERATIONAL,2019,,,\n", false);

        assertSame(albany, plan.steps().get(0).site());
        assertEquals(ImportAction.UNCHANGED, plan.steps().get(0).row().action(), "the seed leaves staff edits alone");
        assertEquals(ImportAction.CREATE, plan.steps().get(1).row().action());
        assertEquals("albany-lead-2", plan.steps().get(1).row().slug());
    }

    @Test
    void theSameFactsChangeNothing() {
        existing("Albany LEAD,Albany,NY,OPERATIONAL,2016-04-01,https://example.org/albany,,albany-lead");

        ImportPlan plan = plan("Albany LEAD,Albany,NY,OPERATIONAL,2016-04-01,https://example.org/albany,,albany-lead\n", true);

        assertEquals(List.of(ImportAction.UNCHANGED), actions(plan));
        assertEquals(0, plan.report().created() + plan.report().updated());
    }

    @Test
    void twoRowsAboutOneSiteRejectTheSecondAndBadRowsStayInLineOrder() {
        existing("Albany LEAD,Albany,NY,OPERATIONAL,2016-04-01,,,albany-lead");

        ImportPlan plan = plan("Nowhere LEAD,Nowhere,XX,OPERATIONAL,,,,\n"
                + "Albany LEAD,Albany,NY,PAUSED,2016,,,\n"
                + "Albany renamed,Albany,NY,ENDED,2016,,,albany-lead\n", true);

        assertEquals(List.of(ImportAction.UPDATE), actions(plan));
        assertEquals(List.of(2, 4), plan.rejected().stream().map(Rejection::line).toList());
        assertEquals("duplicate within the file: the same site as line 3", plan.rejected().get(1).reason());
    }

    @Test
    void newSitesWithTheSameNameInDifferentStatesGetDifferentSlugs() {
        ImportPlan plan = plan("LEAD,A,WA,OPERATIONAL,,,,\nLEAD,B,OR,OPERATIONAL,,,,\n", true);

        assertEquals(List.of("lead", "lead-2"), plan.steps().stream().map(step -> step.row().slug()).toList());
    }

    @Test
    void aStatusChangeByImportGoesIntoTheHistory() {
        Site albany = existing("Albany LEAD,Albany,NY,OPERATIONAL,2016-04-01,,,albany-lead");
        ImportPlan.Step step = plan("Albany LEAD,Albany,NY,PAUSED,2016-04-01,,,albany-lead\n", true).steps().get(0);

        step.site().apply(step.facts(), "ana@example.org", NOW, TODAY);

        assertEquals(List.of(SiteStatus.OPERATIONAL, SiteStatus.PAUSED),
                albany.getHistory().stream().map(change -> change.getStatus()).toList());
    }
}
