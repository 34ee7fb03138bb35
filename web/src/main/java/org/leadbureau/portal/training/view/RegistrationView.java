package org.leadbureau.portal.training.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import org.leadbureau.portal.platform.i18n.Texts;
import org.leadbureau.portal.platform.i18n.VisitorLanguage;
import org.leadbureau.portal.platform.view.Pages;
import org.leadbureau.portal.platform.view.Refusals;
import org.leadbureau.portal.training.boundary.Registrations;
import org.leadbureau.portal.platform.time.EventTimes;
import org.leadbureau.portal.training.entity.Registration;
import org.leadbureau.portal.training.entity.RegistrationStatus;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * {@code /registrations/<token>}: a registrant's own registration: details, calendar, cancel (asked twice). Request
 * scoped on a stateless view: everything it needs is in the address and the post.
 */
@Named
@RequestScoped
public class RegistrationView {

    @Inject
    Registrations registrations;

    @Inject
    Clock clock;

    @Inject
    VisitorLanguage language;

    @Inject
    @Param(pathIndex = 0)
    String token;

    @Inject
    @Param(pathIndex = 1)
    String extraSegment;

    private Registration registration;
    private boolean confirming;
    private boolean justCancelled;

    /** The confirm step's buttons are only there (and so only act) when the post came from that step. */
    @PostConstruct
    void stepPosted() {
        confirming = "true".equals(Faces.getRequestParameter("confirming"));
    }

    public void load() {
        if (token == null || extraSegment != null || getRegistration() == null) {
            Pages.notFound();
        }
    }

    public Registration getRegistration() {
        if (registration == null && token != null) {
            registration = registrations.findByToken(token).orElse(null);
        }
        return registration;
    }

    public void askToCancel() {
        confirming = true;
    }

    public void keep() {
        confirming = false;
    }

    public void cancel() {
        justCancelled = Refusals.attempt(() -> registrations.cancel(token));
        confirming = false;
        registration = null;
    }

    public boolean isConfirming() {
        return confirming;
    }

    public boolean isJustCancelled() {
        return justCancelled;
    }

    public boolean isSeated() {
        RegistrationStatus status = getRegistration().getStatus();
        return status == RegistrationStatus.CONFIRMED || status == RegistrationStatus.ATTENDED;
    }

    public boolean isCancellable() {
        return getRegistration().getStatus().isLive();
    }

    /** A cancelled registrant may register again while the training takes registrations (seats or waitlist). */
    public boolean isRegisterAgain() {
        return getRegistration().getStatus() == RegistrationStatus.CANCELLED
                && getRegistration().getTraining().registrationRefusal(clock.instant()).isEmpty();
    }

    public int getPosition() {
        return registrations.waitlistPosition(getRegistration());
    }

    public String getWhen() {
        var training = getRegistration().getTraining();
        return EventTimes.range(training.getStartsAt(), training.getEndsAt(), training.getZone(), language.current());
    }

    public String getStatusText() {
        RegistrationStatus status = getRegistration().getStatus();
        return status == RegistrationStatus.WAITLISTED ? Texts.text("registration.status.WAITLISTED", getPosition())
                : Texts.text("registration.status." + status);
    }

    public String getCalendarLink() {
        return "/api/registrations/" + token + "/calendar.ics";
    }
}
