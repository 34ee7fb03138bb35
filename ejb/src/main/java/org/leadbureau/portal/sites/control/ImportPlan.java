package org.leadbureau.portal.sites.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.leadbureau.portal.sites.entity.Site;
import org.leadbureau.portal.sites.entity.SiteFacts;
import org.leadbureau.portal.sites.entity.UsState;

/**
 * What an import does with each row of a sites CSV, decided before anything is written: a row updates the site
 * with its slug; else the site with its name in its state; else, for a row without a slug, the site in its state
 * whose slug its name gives (so a renamed site is still found); else it creates a site. Two rows about one site
 * are a duplicate: the second is rejected.
 */
public record ImportPlan(List<Step> steps, List<Rejection> rejected) {

    /** One good row: what happens, its facts, and the existing site it is about (null when it creates one). */
    public record Step(PlannedRow row, SiteFacts facts, Site site) {
    }

    /** How the plan finds the sites already in the directory. */
    public interface Directory {
        Optional<Site> bySlug(String slug);

        Optional<Site> byNameAndState(String name, UsState state);

        /** Slugs in use that start with the prefix, to make a new one unique. */
        Set<String> slugsStartingWith(String prefix);
    }

    /** @param updateExisting false to leave sites already in the directory alone (the seed never undoes edits) */
    public static ImportPlan of(SiteCsvContent content, Directory directory, boolean updateExisting) {
        List<Step> steps = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>(content.rejected());
        Map<String, Integer> lineOfSite = new HashMap<>();
        Set<String> newSlugs = new HashSet<>();
        for (SiteRow row : content.rows()) {
            Optional<Site> existing = match(row, directory);
            if (existing.isPresent()) {
                Site site = existing.get();
                Integer earlier = lineOfSite.putIfAbsent(site.getSlug(), row.line());
                if (earlier != null) {
                    rejected.add(new Rejection(row.line(), row.facts().name(),
                            "duplicate within the file: the same site as line " + earlier));
                    continue;
                }
                boolean changes = updateExisting && !site.facts().equals(row.facts());
                steps.add(new Step(new PlannedRow(row.line(), row.facts().name(), site.getSlug(),
                        changes ? ImportAction.UPDATE : ImportAction.UNCHANGED), row.facts(), site));
            } else {
                String wanted = row.slug() != null ? row.slug() : Slugs.of(row.facts().name());
                Set<String> taken = new HashSet<>(newSlugs);
                taken.addAll(directory.slugsStartingWith(wanted));
                String slug = Slugs.unique(wanted, taken);
                newSlugs.add(slug);
                steps.add(new Step(new PlannedRow(row.line(), row.facts().name(), slug, ImportAction.CREATE),
                        row.facts(), null));
            }
        }
        rejected.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return new ImportPlan(List.copyOf(steps), List.copyOf(rejected));
    }

    public SiteImportReport report() {
        return SiteImportReport.of(steps.stream().map(Step::row).toList(), rejected);
    }

    private static Optional<Site> match(SiteRow row, Directory directory) {
        if (row.slug() != null) {
            Optional<Site> bySlug = directory.bySlug(row.slug());
            if (bySlug.isPresent()) {
                return bySlug;
            }
        }
        Optional<Site> byName = directory.byNameAndState(row.facts().name(), row.facts().state());
        if (byName.isPresent() || row.slug() != null) {
            return byName;
        }
        return directory.bySlug(Slugs.of(row.facts().name())).filter(site -> site.getState() == row.facts().state());
    }
}
