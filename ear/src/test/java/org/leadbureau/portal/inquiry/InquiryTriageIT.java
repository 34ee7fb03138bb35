package org.leadbureau.portal.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.StaffAccounts;
import org.leadbureau.portal.it.StaffSession;

/** Staff triage of inquiries on the pages: the timeline, turning one into a site, escaping, and who sees which. */
class InquiryTriageIT extends InquiryTest {

    @Test
    void statusChangesNotesRepliesAndAssignmentGoOnTheTimeline() throws Exception {
        String email = email();
        String reference = InquiryApi.submit(email, body -> { });
        StaffSession staff = StaffSession.signedIn(StaffAccounts.staff());
        String path = "/staff/inquiries/" + reference;

        post(staff, path, "statusForm", "statusForm:change", Map.of("statusForm:status", "TRIAGED"));
        post(staff, path, "noteForm", "noteForm:addNote", Map.of("noteForm:note", "Called the chief; wants a visit in spring."));
        post(staff, path, "assign", "assign:assignButton", Map.of("assign:assignee", StaffAccounts.ADMIN.email()));
        post(staff, path, "replyForm", "replyForm:send", Map.of("replyForm:reply", "Thank you, we will call you next week."));

        assertEquals(List.of("RESPONDED"), Database.strings("select status from inquiry where reference = ?", reference));
        assertEquals(List.of(StaffAccounts.ADMIN.email()),
                Database.strings("select assignee from inquiry where reference = ?", reference));
        assertEquals(1, Database.count("select count(*) from inquiry where reference = ? and first_response_at is not null",
                reference));
        assertEquals(List.of("RECEIVED", "STATUS", "NOTE", "ASSIGNED", "EMAIL", "STATUS"), Database.strings(
                "select e.kind from inquiry_event e join inquiry i on i.id = e.inquiry_id where i.reference = ?"
                        + " order by e.occurred_at, e.id", reference));
        assertEquals(1, Database.count("select count(*) from outbox_message where recipient = ? and body_text like ?",
                email, "%we will call you next week%"), "the reply went through the outbox");
        assertEquals(List.of("INQUIRY_STATUS_CHANGED", "INQUIRY_NOTE_ADDED", "INQUIRY_ASSIGNED", "INQUIRY_REPLIED"), Database.strings(
                "select action from audit_event where subject = ? order by occurred_at, id", reference), "every change is in the audit log");
        assertEquals(1, Database.count("select count(*) from outbox_message where recipient = ? and subject like ?",
                StaffAccounts.ADMIN.email(), "Assigned to you: inquiry " + reference), "the assignee is emailed");

        String detail = staff.get(path).body();
        assertTrue(detail.contains("Called the chief; wants a visit in spring."), "the note is on the timeline");
        assertTrue(detail.contains("Triaged"));
        assertTrue(detail.contains(StaffAccounts.STAFF.email()), "who did it");
        String inbox = Http.page(staff.get("/staff/inquiries?status=RESPONDED"), "Inquiries");
        assertTrue(inbox.contains(reference), "the filtered inbox lists it");
        assertFalse(Http.page(staff.get("/staff/inquiries?status=NEW"), "Inquiries").contains(reference), "and other statuses do not");
    }

    @Test
    void anInquiryBecomesASiteWithTheStatusItsStageMapsToAndTheLinkGoesBothWays() throws Exception {
        String town = "Inquirytown " + UUID.randomUUID().toString().substring(0, 8);
        String reference = InquiryApi.submit(email(), body -> body.add("jurisdiction", town).add("stage", "IMPROVING"));
        StaffSession staff = StaffSession.signedIn(StaffAccounts.staff());
        String path = "/staff/inquiries/" + reference;
        try {
            post(staff, path, "more", "more:linkSite", Map.of());

            List<String> slug = Database.strings("select s.slug from site s join inquiry i on i.site_id = s.id"
                    + " where i.reference = ?", reference);
            assertEquals(1, slug.size());
            assertEquals(List.of("OPERATIONAL"), Database.strings("select status from site where slug = ?", slug.get(0)));
            assertEquals(List.of(town + " LEAD"), Database.strings("select name from site where slug = ?", slug.get(0)));
            assertTrue(staff.get("/staff/sites/" + slug.get(0)).body().contains(reference), "the site lists the inquiry");
            assertTrue(staff.get(path).body().contains("/sites/" + slug.get(0)), "the inquiry links the site");
            // A draft with public fields only, in no public page, format, count or chooser until staff publish it.
            assertEquals(1, Database.count("select count(*) from site where slug = ? and published = false"
                    + " and notes is null and organisation is null", slug.get(0)));
            // Located, so that the map and GeoJSON would show it if it were listed.
            Database.update("update site set latitude = 43.0, longitude = -108.5 where slug = ?", slug.get(0));
            assertPublic(town, slug.get(0), false);
            assertFalse(Http.page(staff.get("/staff/visits"), "Site visits").contains(town), "no chooser offers a draft");
            post(staff, "/staff/sites/" + slug.get(0), "publish", "publish:publishSite", Map.of());
            assertPublic(town, slug.get(0), true);
            // Scripts publish through the API (again: no change); each publishing is in the audit log.
            assertEquals(404, publishByApi("no-such-site").statusCode());
            HttpResponse<String> published = publishByApi(slug.get(0));
            assertEquals(200, published.statusCode(), published.body());
            assertEquals(slug.get(0), Http.json(published).getString("slug"));
            assertEquals(2, Database.count("select count(*) from audit_event where action = 'SITE_PUBLISHED' and subject = ?",
                    "site " + slug.get(0)));
            String page = Http.page(Http.get("/sites/" + slug.get(0)), town + " LEAD");
            assertFalse(page.contains("From inquiry") || page.contains(reference), "no internal note on the public page");
            assertFalse(page.contains("Riverton Police Department"), "nor the inquirer's organisation");

            // A second inquiry from the same community links the same site instead of creating another.
            String second = InquiryApi.submit(email(), body -> body.add("jurisdiction", town));
            post(staff, "/staff/inquiries/" + second, "more", "more:linkSite", Map.of());
            assertEquals(slug, Database.strings("select s.slug from site s join inquiry i on i.site_id = s.id"
                    + " where i.reference = ?", second));
        } finally {
            // Leave the directory as the other tests expect it.
            Database.update("update inquiry set site_id = null where jurisdiction = ?", town);
            Database.update("delete from site_status_change where site_id in (select id from site where jurisdiction = ?)", town);
            Database.update("delete from site where jurisdiction = ?", town);
        }
    }

    /** Whether the site is in the directory's page, count, API formats and its own page (as it should be or not). */
    private static HttpResponse<String> publishByApi(String slug) {
        return Http.send(HttpRequest.newBuilder(Http.uri("/api/staff/sites/" + slug + "/publish"))
                .header("Authorization", StaffAccounts.staff().basic())
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private static void assertPublic(String town, String slug, boolean listed) {
        String q = java.net.URLEncoder.encode(town, java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(listed, Http.main(Http.get("/sites?q=" + q).body()).contains("/sites/" + slug), "the directory page");
        assertEquals(listed ? 1 : 0, Http.json(Http.get("/api/sites?q=" + q + "&page=1&size=10")).getInt("total"), "the count");
        assertEquals(listed ? 1 : 0, Http.jsonArray(Http.get("/api/sites?q=" + q)).size(), "JSON");
        assertEquals(listed ? 2 : 1, Http.get("/api/sites?format=csv&q=" + q).body().lines().count(), "CSV");
        assertEquals(listed, Http.get("/api/sites?q=" + q, "Accept", "application/geo+json").body().contains(town), "GeoJSON");
        assertEquals(listed ? 200 : 404, Http.get("/api/sites/" + slug).statusCode(), "the API's site");
        assertEquals(listed ? 200 : 404, Http.get("/sites/" + slug).statusCode(), "the public page");
    }

    @Test
    void whatThePublicTypedIsShownEscapedInTheInboxAndOnTheDetailPage() throws Exception {
        String payload = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        String reference = InquiryApi.submit(email(), body -> body.add("name", payload).add("organisation", payload)
                .add("jurisdiction", "<b>Town</b>").add("message", payload));
        StaffSession staff = StaffSession.signedIn(StaffAccounts.staff());
        for (String page : List.of(Http.page(staff.get("/staff/inquiries"), "Inquiries"),
                Http.page(staff.get("/staff/inquiries/" + reference), "Inquiry " + reference))) {
            assertFalse(page.contains(payload), "raw markup");
            assertFalse(page.contains("<b>Town</b>"), "raw markup");
            assertTrue(page.contains("&lt;script&gt;alert("), "escaped");
        }
        List<String> mails = Database.strings("select body_html from outbox_message where subject like ?",
                "New inquiry " + reference + "%");
        assertFalse(mails.isEmpty());
        for (String html : mails) {
            assertFalse(html.contains("<script>"), "raw markup in the staff email");
            assertTrue(html.contains("&lt;script&gt;"), "escaped in the staff email");
        }
    }

    @Test
    void aTrainerSeesOnlyTheInquiriesAssignedToThem() throws Exception {
        String reference = InquiryApi.submit(email(), body -> { });
        StaffSession trainer = StaffSession.signedIn(StaffAccounts.trainer());
        assertFalse(Http.page(trainer.get("/staff/inquiries"), "Inquiries").contains(reference));
        assertEquals(404, trainer.get("/staff/inquiries/" + reference).statusCode());

        StaffSession staff = StaffSession.signedIn(StaffAccounts.staff());
        post(staff, "/staff/inquiries/" + reference, "assign", "assign:assignButton",
                Map.of("assign:assignee", StaffAccounts.TRAINER.email()));
        assertTrue(Http.page(trainer.get("/staff/inquiries"), "Inquiries").contains(reference));
        String detail = Http.page(trainer.get("/staff/inquiries/" + reference), "Inquiry " + reference);
        assertFalse(detail.contains("Change status"), "a trainer reads, and changes nothing");
    }
}
