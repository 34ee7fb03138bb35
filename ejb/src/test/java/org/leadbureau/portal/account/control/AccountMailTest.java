package org.leadbureau.portal.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.account.entity.Role;
import org.leadbureau.portal.account.entity.StaffUser;
import org.leadbureau.portal.mail.control.MailMessage;

class AccountMailTest {

    private final AccountMail mail = new AccountMail("https://portal.example/");
    private final StaffUser user = new StaffUser("new@bureau.example", "Ana <b>Ruiz</b>", EnumSet.of(Role.STAFF),
            Instant.parse("2026-11-26T10:00:00Z"));

    @Test
    void theInvitationCarriesTheOneTimeLinkAndSaysHowLongItWorks() {
        MailMessage message = mail.invitation(user, "secret-token", Duration.ofDays(7));
        assertEquals("new@bureau.example", message.to());
        assertTrue(message.text().contains("https://portal.example/set-password?token=secret-token"), message.text());
        assertTrue(message.text().contains("expires in 7 days"), message.text());
        assertTrue(message.html().contains("href=\"https://portal.example/set-password?token=secret-token\""));
    }

    @Test
    void aNameWithMarkupIsEscapedInTheHtmlBody() {
        MailMessage message = mail.passwordReset(user, "t", Duration.ofHours(1), false);
        assertTrue(message.html().contains("Ana &lt;b&gt;Ruiz&lt;/b&gt;"), message.html());
        assertFalse(message.html().contains("<b>Ruiz"));
    }

    @Test
    void aForcedResetSaysTheOldPasswordNoLongerWorks() {
        assertTrue(mail.passwordReset(user, "t", Duration.ofHours(1), true).text().contains("no longer works"));
        assertTrue(mail.passwordReset(user, "t", Duration.ofHours(1), false).text().contains("ignore this message"));
    }

    @Test
    void validityInWords() {
        assertEquals("one hour", AccountMail.describe(Duration.ofHours(1)));
        assertEquals("7 days", AccountMail.describe(Duration.ofDays(7)));
        assertEquals("one day", AccountMail.describe(Duration.ofDays(1)));
        assertEquals("30 hours", AccountMail.describe(Duration.ofHours(30)));
        assertEquals("90 minutes", AccountMail.describe(Duration.ofMinutes(90)));
    }
}
