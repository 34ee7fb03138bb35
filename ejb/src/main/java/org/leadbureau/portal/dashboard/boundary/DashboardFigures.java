package org.leadbureau.portal.dashboard.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.leadbureau.portal.dashboard.control.DashboardQueries.TermCount;
import org.leadbureau.portal.dashboard.control.DashboardQueries.VisitCounts;
import org.leadbureau.portal.dashboard.control.MonthlyCounts;
import org.leadbureau.portal.dashboard.control.Quarter;
import org.leadbureau.portal.dashboard.control.ReportingPeriod;
import org.leadbureau.portal.inquiry.entity.Stage;
import org.leadbureau.portal.sites.entity.SiteStatus;

/**
 * Everything the dashboard shows for a period. A trainer (without STAFF or ADMIN) sees their own work only: the
 * visits they are booked for; trainings have no trainers in the portal, so for them every other figure is null.
 */
public record DashboardFigures(ReportingPeriod period, boolean ownWorkOnly, MonthlyCounts<Stage> inquiriesByMonth,
                               Double medianHoursToFirstResponse, TrainingFigures trainings, VisitCounts visitsByMonth,
                               Map<Quarter, Map<SiteStatus, Long>> sitesByStatus, Map<Quarter, Long> newSitesByQuarter,
                               List<TermCount> zeroResultSearches) implements Serializable {
}
