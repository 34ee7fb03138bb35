package org.leadbureau.portal.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.a11y.PortalPages.Scan;
import org.leadbureau.portal.a11y.PortalPages.Who;
import org.leadbureau.portal.it.Browser;
import org.leadbureau.portal.it.BrowserJourney;

/**
 * axe-core (WCAG 2.1 A and AA) on every page of the portal, as {@link PortalPages} lists them: public pages as a
 * visitor in English and in Spanish, staff pages signed in with a role that may see them, forms also in their error
 * state, the visits calendar in month and week views, the error pages. A view of the sources without a scan fails
 * {@link #everyViewHasAScan()}, so that a new page cannot go unscanned.
 */
class EveryPageAxeIT extends BrowserJourney {

    /** Parts of pages whose markup is a third party's, left out: Swagger UI (ApiDocsJourneyIT reports it). */
    private static final Map<String, String[]> THIRD_PARTY = Map.of("/api-docs", new String[] {"#swagger-ui"});

    @Test
    void everyViewHasAScan() {
        Set<String> scanned = PortalPages.all().stream().map(Scan::view).collect(Collectors.toCollection(TreeSet::new));
        scanned.addAll(PortalPages.SCANNED_ELSEWHERE.keySet());
        List<String> views = PortalPages.views();
        Set<String> unscanned = new TreeSet<>(views);
        unscanned.removeAll(scanned);
        Set<String> gone = new TreeSet<>(scanned);
        views.forEach(gone::remove);
        assertEquals(Set.of(), unscanned, "views without a scan in PortalPages");
        assertEquals(Set.of(), gone, "scans in PortalPages of views that no longer exist");
    }

    /** Every page is scanned, and every failure reported together, so that one run shows all there is to fix. */
    @Test
    void everyPageHasNoWcagViolations() {
        List<String> failures = new ArrayList<>();
        for (Who who : Who.values()) {
            PortalPages.lookAs(browser, who);
            for (Scan scan : PortalPages.all()) {
                if (scan.who() != who) {
                    continue;
                }
                for (String address : scan.addresses()) {
                    String wrongPage = scan.open(browser, address);
                    String violations = wrongPage != null ? wrongPage : Browser.violations(browser,
                            THIRD_PARTY.getOrDefault(scan.view(), new String[0]));
                    if (!violations.isEmpty()) {
                        failures.add(scan.describe(address) + ":\n" + violations);
                    }
                }
            }
        }
        PortalPages.lookAs(browser, Who.VISITOR);
        if (!failures.isEmpty()) {
            fail(failures.size() + " pages fail:\n\n" + String.join("\n\n", failures));
        }
    }
}
