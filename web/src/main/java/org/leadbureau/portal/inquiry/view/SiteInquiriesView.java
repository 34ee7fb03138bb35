package org.leadbureau.portal.inquiry.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.leadbureau.portal.inquiry.boundary.InquiryTriage;
import org.leadbureau.portal.inquiry.entity.Inquiry;
import org.omnifaces.cdi.Param;

/** On {@code /staff/sites/<slug>}: the inquiries that became (or were linked to) this site. */
@Named
@RequestScoped
public class SiteInquiriesView {

    @Inject
    InquiryTriage triage;

    @Inject
    @Param(pathIndex = 0)
    String slug;

    private List<Inquiry> inquiries;

    public List<Inquiry> getInquiries() {
        if (inquiries == null) {
            inquiries = slug == null ? List.of() : triage.forSite(slug);
        }
        return inquiries;
    }
}
