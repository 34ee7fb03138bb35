package org.leadbureau.portal.training.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.leadbureau.portal.platform.i18n.Texts;
import org.leadbureau.portal.platform.i18n.VisitorLanguage;
import org.leadbureau.portal.platform.rules.SpamGuard;
import org.leadbureau.portal.platform.view.FormStamp;
import org.leadbureau.portal.platform.view.Pages;
import org.leadbureau.portal.platform.view.Refusals;
import org.leadbureau.portal.sites.boundary.SiteChoice;
import org.leadbureau.portal.training.boundary.RegistrationForm;
import org.leadbureau.portal.training.boundary.RegistrationOutcome;
import org.leadbureau.portal.training.boundary.Registrations;
import org.leadbureau.portal.training.boundary.TrainingSummary;
import org.leadbureau.portal.training.boundary.Trainings;
import org.leadbureau.portal.platform.time.EventTimes;
import org.leadbureau.portal.platform.time.Zones;
import org.leadbureau.portal.training.entity.RegistrationStatus;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Messages;

/**
 * {@code /trainings/<slug>}: one training, its registration form and the outcome of registering. A stateless page:
 * the form carries when it was shown, signed ({@link FormStamp}), and the training is read from the address.
 */
@Named
@RequestScoped
public class TrainingView {

    private static final SpamGuard SPAM_GUARD = SpamGuard.fromEnvironment();

    @Inject
    Trainings trainings;

    @Inject
    Registrations registrations;

    @Inject
    Clock clock;

    @Inject
    FormStamp stamp;

    @Inject
    VisitorLanguage language;

    @Inject
    @Param(pathIndex = 0)
    String slug;

    @Inject
    @Param(pathIndex = 1)
    String extraSegment;

    private TrainingSummary training;
    private final RegistrationForm form = new RegistrationForm();
    private SiteChoice site;
    private String outcomeStatus;
    private Integer outcomePosition;
    private String outcomeToken;
    private String outcomeEmail;
    private String viewerZone;
    private String website;

    public void load() {
        if (slug == null) {
            return;
        }
        if (extraSegment != null || getTraining() == null) {
            Pages.notFound();
        }
    }

    public boolean isDetail() {
        return slug != null;
    }

    public TrainingSummary getTraining() {
        if (training == null && slug != null) {
            training = trainings.find(slug).orElse(null);
        }
        return training;
    }

    /**
     * Registers, unless the post looks like a bot's (honeypot filled, or sent faster than anyone reads the form):
     * then nothing is stored and the person is asked to send it once more, so a hasty human loses nothing.
     */
    public void register() {
        if (SPAM_GUARD.looksLikeABot(website, stamp.shownAt(), clock.instant())) {
            Messages.addGlobalWarn(Texts.text("registration.notSentYet"));
            return;
        }
        form.setSite(site == null ? null : site.slug());
        Refusals.attempt(() -> {
            RegistrationOutcome outcome = registrations.register(slug, form, language.current());
            outcomeStatus = outcome.status().name();
            outcomePosition = outcome.position();
            outcomeToken = outcome.manageToken();
            outcomeEmail = outcome.email();
            training = null;
        });
    }

    public SiteChoice getSite() {
        return site;
    }

    public void setSite(SiteChoice site) {
        this.site = site;
    }

    public boolean isRegistered() {
        return outcomeStatus != null;
    }

    public boolean isConfirmed() {
        return RegistrationStatus.CONFIRMED.name().equals(outcomeStatus);
    }

    public Integer getOutcomePosition() {
        return outcomePosition;
    }

    /** The address the confirmation went to, repeated so that a mistyped one shows. */
    public String getOutcomeEmail() {
        return outcomeEmail;
    }

    public String getManageLink() {
        return "/registrations/" + outcomeToken;
    }

    /** The honeypot: people never see it, so anything in it came from a bot. */
    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public RegistrationForm getForm() {
        return form;
    }

    public List<String> getViewerZones() {
        return Zones.VIEWER_ZONES;
    }

    /** A zone of the list in words, in the visitor's language: "Hora oriental (America/New_York)". */
    public String zoneLabel(String zone) {
        return EventTimes.zoneName(ZoneId.of(zone), language.current());
    }

    public String getViewerZone() {
        return viewerZone;
    }

    public void setViewerZone(String viewerZone) {
        this.viewerZone = Zones.VIEWER_ZONES.contains(viewerZone) ? viewerZone : null;
    }

    /** The times in the zone the viewer chose, or null. */
    public String getConvertedWhen() {
        TrainingSummary shown = getTraining();
        if (viewerZone == null || shown == null) {
            return null;
        }
        return EventTimes.range(shown.getStart(), shown.getEnd(), ZoneId.of(viewerZone), language.current());
    }

    public String getZoneName() {
        TrainingSummary shown = getTraining();
        return shown == null ? null : EventTimes.zoneName(shown.training().getZone(), language.current());
    }
}
