package org.leadbureau.portal.visits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadbureau.portal.visits.VisitApi.SANTA_FE;
import static org.leadbureau.portal.visits.VisitApi.YEAR;
import static org.leadbureau.portal.visits.VisitApi.create;
import static org.leadbureau.portal.visits.VisitApi.newTrainer;
import static org.leadbureau.portal.visits.VisitApi.visit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.FormCounts;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.SharedPortal;
import org.leadbureau.portal.it.StaffAccounts;
import org.leadbureau.portal.it.StaffAccounts.Account;
import org.leadbureau.portal.it.StaffSession;

/** A visit booked for a contact-us inquiry: linked both ways, and only to an inquiry the caller may see. */
@SharedPortal
class VisitInquiryLinkIT {

    @Test
    void aVisitBookedForAnInquiryIsLinkedBothWays() throws Exception {
        FormCounts.clear("inquiry-intake");
        HttpResponse<String> posted = Http.post("/api/inquiries", Json.createObjectBuilder()
                .add("name", "Dana Diaz").add("email", "dana@eastport.example").add("organisation", "Eastport PD")
                .add("role", "Captain").add("jurisdiction", "Eastport").add("state", "ME").add("stage", "PLANNING")
                .add("interests", Json.createArrayBuilder().add("SITE_VISIT"))
                .add("message", "Could a trainer visit us this spring?").add("consent", true)
                .build().toString());
        assertEquals(201, posted.statusCode(), posted.body());
        String reference = Http.json(posted).getString("reference");
        FormCounts.clear("inquiry-intake");

        Account trainer = newTrainer("Ines Iqbal");
        String visit = visit(SANTA_FE, "Stakeholder workshop", "ON_SITE", YEAR + "-05-04T09:00", YEAR + "-05-05T17:00", trainer);
        HttpResponse<String> unknown = create(withInquiry(visit, "LEAD-1999-99999"), StaffAccounts.ADMIN);
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("There is no inquiry LEAD-1999-99999"), unknown.body());

        // A trainer sees only the inquiries assigned to them: another one is answered as if it did not exist.
        String own = visit(SANTA_FE, "Trainer's own booking", "VIRTUAL", YEAR + "-06-01T09:00", YEAR + "-06-01T10:00", trainer);
        HttpResponse<String> unknownToTrainer = create(withInquiry(own, "LEAD-1999-99999"), trainer);
        HttpResponse<String> invisible = create(withInquiry(own, reference), trainer);
        assertEquals(400, invisible.statusCode(), invisible.body());
        assertEquals(Http.json(unknownToTrainer).toString().replace("LEAD-1999-99999", reference),
                Http.json(invisible).toString(), "an invisible inquiry gets the same answer as an unknown one");
        Database.update("update inquiry set assignee = ? where reference = ?", trainer.email(), reference);
        assertEquals(201, create(withInquiry(own, reference), trainer).statusCode(), "once assigned to them it is linked");

        HttpResponse<String> created = create(withInquiry(visit, reference), StaffAccounts.ADMIN);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject booked = Http.json(created);
        assertEquals(reference, booked.getString("inquiry"));
        long id = booked.getJsonNumber("id").longValue();
        assertEquals(2, Database.count("select count(*) from inquiry_event e join inquiry i on i.id = e.inquiry_id"
                + " where i.reference = ? and e.kind = 'VISIT'", reference), "the inquiry's timeline has both requests");

        var staff = StaffSession.signedIn(StaffAccounts.staff());
        assertTrue(staff.get("/staff/inquiries/" + reference).body().contains("href=\"/staff/visits/" + id + "\""),
                "the inquiry links its visit");
        assertTrue(staff.get("/staff/visits/" + id).body().contains("href=\"/staff/inquiries/" + reference + "\""),
                "the visit links its inquiry");
        String form = staff.get("/staff/visits?inquiry=" + reference).body();
        assertTrue(form.contains("value=\"" + reference + "\"") && form.contains("value=\"dana@eastport.example\""),
                "booking from the inquiry starts with its reference and contact");
    }

    private static String withInquiry(String visit, String reference) {
        try (var reader = Json.createReader(new java.io.StringReader(visit))) {
            return Json.createObjectBuilder(reader.readObject()).add("inquiry", reference).build().toString();
        }
    }
}
