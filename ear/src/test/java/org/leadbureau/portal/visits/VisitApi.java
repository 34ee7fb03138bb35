package org.leadbureau.portal.visits;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.leadbureau.portal.it.Dates;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.StaffAccounts;
import org.leadbureau.portal.it.StaffAccounts.Account;

/** The site-visit API as the tests call it, with HTTP Basic. */
public final class VisitApi {

    /** Seeded sites: Santa Fe (America/Denver) and Burien (America/Los_Angeles). */
    public static final String SANTA_FE = "santa-fe-lead";
    public static final String BURIEN = "lead-burien";
    /** Visits are booked next year: always ahead, and in the same season (daylight saving or not) every run. */
    public static final int YEAR = Dates.nextYear();

    private VisitApi() {
    }

    /** A trainer of one's own, so tests do not share anyone's calendar. */
    public static Account newTrainer(String name) {
        String email = name.toLowerCase().replace(' ', '.') + "-" + UUID.randomUUID().toString().substring(0, 8)
                + "@trainers.test";
        return StaffAccounts.ensure(new Account(email, "a trainer's own test password"), name, "TRAINER");
    }

    public static String visit(String site, String purpose, String format, String start, String end, Account... trainers) {
        JsonArrayBuilder emails = Json.createArrayBuilder();
        for (Account trainer : trainers) {
            emails.add(trainer.email());
        }
        return Json.createObjectBuilder()
                .add("site", site)
                .add("purpose", purpose)
                .add("topics", "Referral pathways")
                .add("format", format)
                .add("start", start)
                .add("end", end)
                .add("trainers", emails)
                .add("contactName", "Casey Contact")
                .add("contactEmail", "casey@" + site + ".example")
                .build().toString();
    }

    static HttpResponse<String> send(String method, String path, String json, Account as) {
        return Http.send(method, path, json, as);
    }

    public static HttpResponse<String> create(String json, Account as) {
        return send("POST", "/api/staff/visits", json, as);
    }

    static HttpResponse<String> status(long id, String status, String reason, Account as) {
        var body = Json.createObjectBuilder().add("status", status);
        if (reason != null) {
            body.add("reason", reason);
        }
        return send("POST", "/api/staff/visits/" + id + "/status", body.build().toString(), as);
    }
}
