package org.leadbureau.portal.inquiry.entity;

import java.util.Set;
import org.leadbureau.portal.sites.entity.UsState;

/** What an inquirer told us, checked: every required part present and within its length. */
public record InquiryFacts(String name, String email, String phone, String organisation, String role,
                           String jurisdiction, UsState state, Stage stage, Set<Interest> interests,
                           Set<Stakeholder> stakeholders, String message) {

    public InquiryFacts {
        interests = Set.copyOf(interests);
        stakeholders = Set.copyOf(stakeholders);
    }
}
