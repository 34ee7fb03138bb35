package org.leadbureau.portal.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.FormCounts;
import org.leadbureau.portal.it.StaffAccounts;

/** The contact form cannot be abused: bots cannot use up everyone's limit, and the confirmation carries nobody's text. */
class InquiryAbuseIT extends InquiryTest {

    @Test
    void botsAndRefusedPostsDoNotUseUpTheOverallLimit() throws Exception {
        // 99 accepted inquiries from elsewhere within the hour: one more may come.
        FormCounts.fill(InquiryApi.INTAKE, "192.0.2.10", 99);
        String bot = email();
        assertTrue(InquiryIT.SHOWN_REFERENCE.matcher(InquiryIT.formPost(bot, "https://cheap-pills.example", true)).find());
        assertEquals(List.of("SUSPECTED"), Database.strings("select status from inquiry where email = ?", bot),
                "kept as suspected spam");

        String person = email();
        HttpResponse<String> hundredth = InquiryApi.post(InquiryApi.inquiry(person, body -> { }));
        assertEquals(201, hundredth.statusCode(), "the bot took nothing from the overall limit: " + hundredth.body());

        HttpResponse<String> over = InquiryApi.post(InquiryApi.inquiry(email(), body -> { }));
        assertEquals(429, over.statusCode(), over.body());
        assertEquals(429, InquiryApi.post(InquiryApi.inquiry(email(), body -> { })).statusCode(),
                "and stays refused");
    }

    @Test
    void aSuspectedPostCountsAgainstItsOwnAddress() throws Exception {
        // Four inquiries from this address within the hour: a fifth may come, and the suspected one is it.
        FormCounts.fill(InquiryApi.INTAKE, "127.0.0.1", 4);
        String bot = email();
        assertTrue(InquiryIT.SHOWN_REFERENCE.matcher(InquiryIT.formPost(bot, "https://cheap-pills.example", true)).find());

        HttpResponse<String> sixth = InquiryApi.post(InquiryApi.inquiry(email(), body -> { }));
        assertEquals(429, sixth.statusCode(), "the suspected post took the address's fifth: " + sixth.body());
    }

    @Test
    void theInquirersConfirmationQuotesNothingTheyTyped() throws Exception {
        String email = email();
        String reference = InquiryApi.submit(email, body -> body.add("name", "Cheap Pills Name")
                .add("organisation", "Pills Org").add("role", "Pills Role").add("jurisdiction", "Pillsville")
                .add("message", "Buy now at https://pills.example"));

        List<String> confirmation = Database.strings("select concat(subject, body_text, body_html) from outbox_message"
                + " where recipient = ?", email);
        assertEquals(1, confirmation.size());
        assertTrue(confirmation.get(0).contains(reference), "the reference is what they need");
        for (String typed : List.of("Cheap Pills Name", "Pills Org", "Pills Role", "Pillsville", "pills.example")) {
            assertFalse(confirmation.get(0).contains(typed), typed + " quoted in: " + confirmation.get(0));
        }
        assertEquals(1, Database.count("select count(*) from outbox_message where recipient = ? and body_text like ?",
                StaffAccounts.STAFF.email(), "%https://pills.example%"), "staff still read the whole inquiry");
    }
}
