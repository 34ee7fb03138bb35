package org.leadbureau.portal.inquiry.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import org.leadbureau.portal.inquiry.boundary.Inquiries;
import org.leadbureau.portal.inquiry.boundary.InquiryForm;
import org.leadbureau.portal.inquiry.boundary.InquiryReceipt;
import org.leadbureau.portal.inquiry.entity.Interest;
import org.leadbureau.portal.inquiry.entity.Stage;
import org.leadbureau.portal.inquiry.entity.Stakeholder;
import org.leadbureau.portal.platform.i18n.Texts;
import org.leadbureau.portal.platform.i18n.VisitorLanguage;
import org.leadbureau.portal.platform.view.FormStamp;
import org.leadbureau.portal.platform.view.Refusals;
import org.leadbureau.portal.sites.entity.UsState;

/**
 * {@code /contact}: the inquiry form and its confirmation. A stateless page: when the form was shown travels with
 * it, signed ({@link FormStamp}), so the minimum-time rule cannot be fooled by the client and no session is needed.
 */
@Named
@RequestScoped
public class ContactView {

    @Inject
    Inquiries inquiries;

    @Inject
    VisitorLanguage language;

    @Inject
    FormStamp stamp;

    private final InquiryForm form = new InquiryForm();
    private String website;
    private InquiryReceipt receipt;

    public void submit() {
        Instant shownAt = stamp.shownAt();
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
