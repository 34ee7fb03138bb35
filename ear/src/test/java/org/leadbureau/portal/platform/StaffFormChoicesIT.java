package org.leadbureau.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leadbureau.portal.it.FormCounts;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.SharedPortal;
import org.leadbureau.portal.it.StaffAccounts;
import org.leadbureau.portal.it.StaffAccounts.Account;
import org.leadbureau.portal.it.StaffSession;

/**
 * Every staff form with a choice (menus, boxes, radios), posted as a browser without JavaScript or a tampered page
 * would post it: each choice left empty, then each set to something not offered. The page comes back with its
 * messages; an empty or unknown choice never reaches the error page.
 */
@SharedPortal
class StaffFormChoicesIT {

    private static final Pattern SELECT = Pattern.compile("<select[^>]*\\bname=\"([^\"]+)\"");
    private static final Pattern BOX = Pattern.compile("<input[^>]*type=\"(?:checkbox|radio)\"[^>]*>");
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]+)\"");
    private static final Pattern OPTION = Pattern.compile("<option[^>]*\\bvalue=\"([^\"]*)\"[^>]*>([^<]*)</option>");
    private static final Pattern BUTTON = Pattern.compile("<button[^>]*\\bname=\"([^\"]+)\"");

    /** A staff member who also trains, so that every form outside administration is open to them. */
    private static final Account CHOOSER = new Account("chooser@leadbureau.test", "a chooser's test password");
    private static final Map<String, String> DETAIL_PAGES = new java.util.HashMap<>();
    /** One signed-in session per account for the whole class: every sign-in pays the full password check. */
    private static final Map<Account, StaffSession> SESSIONS = new java.util.HashMap<>();

    @ParameterizedTest(name = "{0} #{1}")
    @CsvSource({
            "/staff/admin/users, create",
            "/staff/admin/audit, audit",
            "/staff/sites/new, site",
            "/staff/sites/santa-fe-lead, status",
            "/staff/trainings/new, training",
            "/staff/visits, calendarForm",
            "/staff/visits, visitForm",
            "/staff/visits, unavailability",
    })
    void emptyAndUnknownChoicesAreMessagesNotTheErrorPage(String path, String form) {
        postEmptyAndUnknownChoices(path.startsWith("/staff/admin/") ? StaffAccounts.ADMIN : chooser(), path, form);
    }

    /** The same on the detail pages of a visit and an inquiry made for this test. */
    @ParameterizedTest(name = "{0} #{1}")
    @CsvSource({
            "visit, changeForm",
            "inquiry, statusForm",
            "inquiry, assign",
    })
    void detailPagesTooAnswerEmptyAndUnknownChoicesWithMessages(String thing, String form) throws Exception {
        postEmptyAndUnknownChoices(chooser(), detailPage(thing), form);
    }

    private static Account chooser() {
        return SESSIONS.containsKey(CHOOSER) ? CHOOSER : StaffAccounts.ensure(CHOOSER, "Chooser", "STAFF", "TRAINER");
    }

    /** A visit (of the chooser's, on a day no other test books) or an inquiry, made once through the API. */
    private static String detailPage(String thing) throws Exception {
        if (!DETAIL_PAGES.containsKey(thing)) {
            DETAIL_PAGES.put(thing, newDetailPage(thing));
        }
        return DETAIL_PAGES.get(thing);
    }

    private static String newDetailPage(String thing) throws Exception {
        if (thing.equals("visit")) {
            LocalDate day = LocalDate.now().plusYears(4).plusDays(120);
            HttpResponse<String> visit = Http.send(HttpRequest.newBuilder(Http.uri("/api/staff/visits"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", StaffAccounts.ADMIN.basic()).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("site", "santa-fe-lead")
                            .add("purpose", "Choices " + UUID.randomUUID()).add("format", "VIRTUAL")
                            .add("start", day + "T09:00").add("end", day + "T09:30")
                            .add("trainers", Json.createArrayBuilder().add(chooser().email()))
                            .add("contactName", "Casey Contact").add("contactEmail", "casey@choices.example")
                            .build().toString())).build());
            assertEquals(201, visit.statusCode(), visit.body());
            return "/staff/visits/" + Http.json(visit).getJsonNumber("id").longValue();
        }
        FormCounts.clear("inquiry-intake");
        HttpResponse<String> inquiry = Http.post("/api/inquiries", Json.createObjectBuilder()
                .add("name", "Choice Inquirer").add("email", "choices@inquiry.example").add("organisation", "Choice PD")
                .add("role", "Captain").add("jurisdiction", "Choiceville").add("state", "ME").add("stage", "PLANNING")
                .add("interests", Json.createArrayBuilder().add("SITE_VISIT"))
                .add("message", "Which choices can staff make?").add("consent", true).build().toString());
        FormCounts.clear("inquiry-intake");
        assertEquals(201, inquiry.statusCode(), inquiry.body());
        return "/staff/inquiries/" + Http.json(inquiry).getString("reference");
    }

    private static void postEmptyAndUnknownChoices(Account account, String path, String form) {
        StaffSession session = SESSIONS.computeIfAbsent(account, StaffSession::signedIn);
        for (String choice : new String[] {"", "not-a-choice"}) {
            HttpResponse<String> page = session.get(path);
            assertEquals(200, page.statusCode(), path);
            String html = formOf(page.body(), form);
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put(form, form);
            int choices = 0;
            Matcher select = SELECT.matcher(html);
            while (select.find()) {
                fields.put(select.group(1), choice);
                choices++;
            }
            Matcher box = BOX.matcher(html);
            while (box.find()) {
                Matcher name = NAME.matcher(box.group());
                // A box left empty is simply not posted.
                if (name.find() && !choice.isEmpty()) {
                    fields.put(name.group(1), choice);
                }
                choices++;
            }
            assertTrue(choices > 0, "the form " + form + " has choices");
            Matcher button = BUTTON.matcher(html);
            assertTrue(button.find(), "the form " + form + " has a button");
            fields.put(button.group(1), "");
            fields.putAll(StaffSession.hiddenFields(page.body()));

            HttpResponse<String> answer = session.postForm(path, fields);

            String what = path + " #" + form + " with '" + choice + "': ";
            assertTrue(answer.statusCode() == 200 || answer.statusCode() == 302 || answer.statusCode() == 303,
                    what + answer.statusCode() + " " + answer.body());
            assertFalse(answer.body().contains("Something went wrong"), what + answer.body());
        }
    }

    /**
     * Menus read well: at most one empty choice each (a time-zone menu once had two), and states and territories
     * in alphabetical order of their names, on the public contact form and the staff forms alike.
     */
    @Test
    void menusHaveOneEmptyChoiceAndStatesInAlphabeticalOrder() {
        StaffSession staff = SESSIONS.computeIfAbsent(chooser(), StaffSession::signedIn);
        int states = 0;
        for (String path : List.of("/contact", "/staff/account", "/staff/sites/new", "/staff/trainings/new", "/staff/visits",
                "/staff/inquiries")) {
            HttpResponse<String> page = staff.get(path);
            assertEquals(200, page.statusCode(), path);
            Matcher select = Pattern.compile("<select[^>]*\\bname=\"([^\"]+)\"[^>]*>(.*?)</select>", Pattern.DOTALL).matcher(page.body());
            while (select.find()) {
                List<String[]> options = new ArrayList<>();
                Matcher option = OPTION.matcher(select.group(2));
                while (option.find()) {
                    options.add(new String[] {option.group(1), option.group(2).strip()});
                }
                String what = path + " " + select.group(1);
                assertTrue(options.stream().filter(o -> o[0].isEmpty()).count() <= 1, what + " has one empty choice at most");
                List<String> labels = options.stream().filter(o -> !o[0].isEmpty()).map(o -> o[1]).toList();
                if (labels.contains("Washington")) {
                    states++;
                    assertEquals(labels.stream().sorted().toList(), labels, what + " lists the states by name");
                }
            }
        }
        assertTrue(states >= 2, "state menus found: " + states);
    }

    /** The form's own markup, from its opening tag to its end. */
    private static String formOf(String html, String form) {
        int start = html.indexOf("<form id=\"" + form + "\"");
        assertTrue(start >= 0, "the page has the form " + form);
        return html.substring(start, html.indexOf("</form>", start));
    }
}
