package org.leadbureau.portal.sites.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SiteTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-03-01");

    static SiteFacts facts(String name, SiteStatus status) {
        return new SiteFacts(name, "Albany", UsState.NY, status, LaunchDate.parse("2016-04-01"),
                "https://example.org/albany", null, null, null, null, null, null, null, null);
    }

    @Test
    void aSiteKeepsItsSlugWhenRenamed() {
        Site site = new Site("albany-lead", facts("Albany LEAD", SiteStatus.OPERATIONAL), "import", NOW, TODAY);

        assertTrue(site.apply(facts("LEAD Albany County", SiteStatus.OPERATIONAL), "ana@example.org", NOW, TODAY));

        assertEquals("LEAD Albany County", site.getName());
        assertEquals("albany-lead", site.getSlug());
    }

    @Test
    void theFirstStatusAndEachChangeGoIntoTheHistoryWithWhoAndWhen() {
        Site site = new Site("albany-lead", facts("Albany LEAD", SiteStatus.PLANNING), "import", NOW, TODAY);
        site.apply(facts("Albany LEAD", SiteStatus.LAUNCHING), "ana@example.org", NOW.plusSeconds(60), TODAY);
        site.changeStatus(SiteStatus.OPERATIONAL, LocalDate.parse("2026-02-15"), "First referrals", "ben@example.org", NOW);

        List<SiteStatusChange> history = site.getHistory();
        assertEquals(List.of(SiteStatus.PLANNING, SiteStatus.LAUNCHING, SiteStatus.OPERATIONAL),
                history.stream().map(SiteStatusChange::getStatus).toList());
        assertEquals(List.of("import", "ana@example.org", "ben@example.org"),
                history.stream().map(SiteStatusChange::getRecordedBy).toList());
        assertEquals(LocalDate.parse("2026-02-15"), history.get(2).getEffectiveOn());
        assertEquals("First referrals", history.get(2).getNote());
        assertEquals(SiteStatus.OPERATIONAL, site.getStatus());
    }

    private static SiteFacts launched(SiteStatus status, String launched) {
        return new SiteFacts("Seattle LEAD", "Seattle", UsState.WA, status, LaunchDate.parse(launched),
                "https://example.org/seattle", null, null, null, null, null, null, null, null);
    }

    @Test
    void anOperationalSiteHasBeenSoSinceItsLaunchAsPreciselyAsTheLaunchIsKnown() {
        SiteStatusChange byYear = new Site("seattle-lead", launched(SiteStatus.OPERATIONAL, "2011"), "import", NOW, TODAY)
                .getHistory().get(0);
        assertEquals(LocalDate.parse("2011-01-01"), byYear.getEffectiveOn());
        assertEquals("2011", byYear.getSince());

        SiteStatusChange byMonth = new Site("seattle-lead", launched(SiteStatus.LAUNCHING, "2018-04"), "import", NOW, TODAY)
                .getHistory().get(0);
        assertEquals(LocalDate.parse("2018-04-01"), byMonth.getEffectiveOn());
        assertEquals("Apr 2018", byMonth.getSince());

        SiteStatusChange byDay = new Site("seattle-lead", launched(SiteStatus.OPERATIONAL, "2016-04-01"), "import", NOW, TODAY)
                .getHistory().get(0);
        assertEquals("1 Apr 2016", byDay.getSince());
    }

    @Test
    void aStatusThatDidNotBeginAtTheLaunchStartsTheDayItIsRecorded() {
        SiteStatusChange ended = new Site("seattle-lead", launched(SiteStatus.ENDED, "2014"), "import", NOW, TODAY)
                .getHistory().get(0);
        assertEquals(TODAY, ended.getEffectiveOn());
        assertEquals("1 Mar 2026", ended.getSince());

        String nextYear = Integer.toString(TODAY.getYear() + 1);
        SiteStatusChange planned = new Site("seattle-lead", launched(SiteStatus.LAUNCHING, nextYear), "import", NOW, TODAY)
                .getHistory().get(0);
        assertEquals(TODAY, planned.getEffectiveOn());
    }

    @Test
    void applyingTheSameFactsChangesNothingAndAddsNoHistory() {
        Site site = new Site("albany-lead", facts("Albany LEAD", SiteStatus.OPERATIONAL), "import", NOW, TODAY);

        assertFalse(site.apply(site.facts(), "ana@example.org", NOW, TODAY));
        assertEquals(1, site.getHistory().size());
    }

    @Test
    void retiringKeepsTheSiteAndSaysSoInTheHistoryOnce() {
        Site site = new Site("albany-lead", facts("Albany LEAD", SiteStatus.OPERATIONAL), "import", NOW, TODAY);

        site.retire("Entered twice", "ana@example.org", NOW, TODAY);
        site.retire("again", "ana@example.org", NOW, TODAY);

        assertTrue(site.isRetired());
        assertEquals(2, site.getHistory().size());
        assertEquals("Retired from the directory: Entered twice", site.getHistory().get(1).getNote());
        site.reinstate("ana@example.org", NOW, TODAY);
        assertFalse(site.isRetired());
    }

    @Test
    void verificationIsOverdueAfterAYearOrWhenNeverVerified() {
        Site site = new Site("albany-lead", facts("Albany LEAD", SiteStatus.OPERATIONAL), "import", NOW, TODAY);
        assertTrue(site.isVerificationOverdue(TODAY));

        site.markVerified(LocalDate.parse("2025-03-01"), NOW);
        assertFalse(site.isVerificationOverdue(TODAY));
        assertTrue(site.isVerificationOverdue(TODAY.plusDays(1)));
    }

    @Test
    void theTimeZoneDefaultsFromTheStateAndSlugsMustBeSlugs() {
        assertEquals(ZoneId.of("America/New_York"), facts("Albany LEAD", SiteStatus.OPERATIONAL).timeZone());
        assertThrows(IllegalArgumentException.class,
                () -> new Site("Albany LEAD", facts("Albany LEAD", SiteStatus.OPERATIONAL), "import", NOW, TODAY));
    }
}
