package org.leadbureau.portal.inquiry.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.leadbureau.portal.inquiry.boundary.Inquiries;
import org.leadbureau.portal.inquiry.boundary.InquiryForm;
import org.leadbureau.portal.inquiry.boundary.InquiryReceipt;
import org.leadbureau.portal.inquiry.entity.Interest;
import org.leadbureau.portal.inquiry.entity.Stage;
import org.leadbureau.portal.inquiry.entity.Stakeholder;
import org.leadbureau.portal.platform.i18n.VisitorLanguage;
import org.leadbureau.portal.platform.view.Refusals;
import org.leadbureau.portal.platform.i18n.Texts;
import org.leadbureau.portal.sites.entity.UsState;

/**
 * {@code /contact}: the inquiry form and its confirmation. When the form was shown is kept here, on the server
 * (view state), so the minimum-time rule cannot be fooled by the client.
 */
@Named
@ViewScoped
public class ContactView implements Serializable {

    private static final long serialVersionUID = 1L;
    @Inject
    Inquiries inquiries;

    @Inject
    Clock clock;

    @Inject
    VisitorLanguage language;

    private final InquiryForm form = new InquiryForm();
    private String website;
    private Instant shownAt;
    private InquiryReceipt receipt;

    @PostConstruct
    void shown() {
        shownAt = clock.instant();
    }

    public void submit() {
        Refusals.attempt(() -> receipt = inquiries.submit(form, language.current(), website, shownAt));
    }

    public boolean isSent() {
        return receipt != null;
    }

    public InquiryReceipt getReceipt() {
        return receipt;
    }

    public InquiryForm getForm() {
        return form;
    }

    /** The honeypot: people never see it, so anything in it came from a bot. */
    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public List<UsState> getStates() {
        return UsState.byName(Texts.language());
    }

    public Stage[] getStages() {
        return Stage.values();
    }

    public List<Interest> getInterests() {
        return List.of(Interest.values());
    }

    public List<Stakeholder> getStakeholders() {
        return List.of(Stakeholder.values());
    }
}
