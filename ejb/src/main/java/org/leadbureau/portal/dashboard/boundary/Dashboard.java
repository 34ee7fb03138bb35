package org.leadbureau.portal.dashboard.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.leadbureau.portal.dashboard.control.DashboardQueries;
import org.leadbureau.portal.dashboard.control.ReportingPeriod;
import org.leadbureau.portal.platform.config.PortalConfig;
import org.leadbureau.portal.platform.security.Roles;
import org.leadbureau.portal.training.entity.RegistrationStatus;

/**
 * What the Bureau learns from its work over a period, for every staff role: inquiries, trainings, site visits, the
 * directory and the library's gaps. A trainer sees only their own visits. Every figure is counted by the database.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.TRAINER})
public class Dashboard {

    /** The most searched terms without results that the dashboard lists. */
    public static final int TOP_TERMS = 20;

    @Inject
    DashboardQueries queries;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /**
     * The period from {@code YYYY-MM-DD} days (both included, either may be missing: the last twelve months) in the
     * Bureau's zone; a malformed date, an end before the start or more than five years is refused naming the field.
     */
    public ReportingPeriod period(String from, String to) {
        return ReportingPeriod.parse(from, to, LocalDate.now(clock.withZone(PortalConfig.bureauZone())),
                PortalConfig.bureauZone());
    }

    public DashboardFigures figures(ReportingPeriod period) {
        if (!session.isCallerInRole(Roles.STAFF) && !session.isCallerInRole(Roles.ADMIN)) {
            return new DashboardFigures(period, true, null, null, null,
                    queries.visitsByMonth(period, session.getCallerPrincipal().getName()), null, null, null);
        }
        Instant now = clock.instant();
        Map<RegistrationStatus, Long> seats = queries.seatsOfDeliveredTrainings(period, now);
        long attended = seats.get(RegistrationStatus.ATTENDED);
        TrainingFigures trainings = TrainingFigures.of(queries.trainingsDelivered(period, now),
                seats.get(RegistrationStatus.CONFIRMED) + attended, attended, null);
        return new DashboardFigures(period, false, queries.inquiriesByMonth(period),
                queries.medianHoursToFirstResponse(period), trainings, queries.visitsByMonth(period, null),
                queries.sitesByStatus(period), queries.newSitesByQuarter(period),
                queries.zeroResultSearches(period, TOP_TERMS));
    }
}
