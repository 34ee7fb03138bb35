package org.leadbureau.portal.inquiry.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.platform.i18n.Language;
import org.leadbureau.portal.inquiry.entity.InquiryFacts;
import org.leadbureau.portal.inquiry.entity.Interest;
import org.leadbureau.portal.inquiry.entity.Stage;
import org.leadbureau.portal.platform.rules.InvalidInputException;
import org.leadbureau.portal.sites.entity.UsState;

class InquiryFormTest {

    static InquiryForm valid() {
        InquiryForm form = new InquiryForm();
        form.setName("Alex Rivera");
        form.setEmail("Alex@Example.org");
        form.setOrganisation("City of Springfield");
        form.setRole("Deputy chief");
        form.setJurisdiction("Springfield");
        form.setState("il");
        form.setStage("improving");
        form.setInterests(List.of("TRAINING", "SITE_VISIT"));
        form.setStakeholders(List.of("POLICE"));
        form.setMessage("We would like to improve our program.");
        form.setConsent(true);
        return form;
    }

    @Test
    void aCompleteFormGivesItsFacts() {
        InquiryFacts facts = valid().facts();
        assertEquals("alex@example.org", facts.email());
        assertEquals(UsState.IL, facts.state());
        assertEquals(Stage.IMPROVING, facts.stage());
        assertEquals(Set.of(Interest.TRAINING, Interest.SITE_VISIT), facts.interests());
    }

    @Test
    void anEmptyFormNamesEveryRequiredFieldInFormOrder() {
        InvalidInputException refusal = assertThrows(InvalidInputException.class, () -> new InquiryForm().facts());
        assertEquals(List.of("name", "email", "organisation", "role", "jurisdiction", "state", "stage", "interests",
                "message", "consent"), List.copyOf(refusal.getFieldErrors().keySet()));
    }

    @Test
    void unknownChoicesAndOverlongTextAreRefusedByField() {
        InquiryForm form = valid();
        form.setState("XX");
        form.setStage("DREAMING");
        form.setStakeholders(List.of("ASTRONAUTS"));
        form.setPhone("call me maybe");
        form.setMessage("x".repeat(5001));
        InvalidInputException refusal = assertThrows(InvalidInputException.class, form::facts);
        assertEquals(Set.of("state", "stage", "stakeholders", "phone", "message"), refusal.getFieldErrors().keySet());
    }

    @Test
    void eachRefusedFieldIsSaidInTheVisitorsLanguage() {
        InvalidInputException refusal = assertThrows(InvalidInputException.class, () -> new InquiryForm().facts());

        assertEquals("Please enter your name.", refusal.getFieldErrors().get("name"));
        assertEquals("Escriba su nombre.", refusal.getFieldErrors(Language.ES).get("name"));
        assertEquals("Algunos campos necesitan corrección.", refusal.getMessage(Language.ES));
    }
}
