package org.leadbureau.portal.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.leadbureau.portal.it.SharedPortal;
import org.leadbureau.portal.it.StaffAccounts;
import org.leadbureau.portal.it.StaffSession;

/**
 * What the inquiry tests start from: staff to mail, and the rate-limit counts at zero before and after each test
 * (every test posts from 127.0.0.1); and how they post a staff form.
 */
@SharedPortal
abstract class InquiryTest {

    @BeforeAll
    static void staffExist() {
        StaffAccounts.staff();
    }

    @BeforeEach
    @AfterEach
    void resetLimits() throws Exception {
        InquiryApi.resetLimits();
    }

    /** Opens the detail page, posts one of its forms (as a browser without JavaScript does), expects the page back. */
    static void post(StaffSession session, String path, String form, String button, Map<String, String> values) {
        HttpResponse<String> page = session.get(path);
        assertEquals(200, page.statusCode(), path);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(form, form);
        fields.putAll(values);
        fields.put(button, "");
        fields.putAll(StaffSession.hiddenFields(page.body()));
        HttpResponse<String> answer = session.postForm(path, fields);
        assertEquals(200, answer.statusCode(), form + ": " + answer.body());
        assertFalse(answer.body().contains("ui-message-error"), form + " refused: " + answer.body());
    }

    /** An address of its own for each inquirer. */
    static String email() {
        return "inquirer-" + UUID.randomUUID() + "@inquiry.example";
    }
}
