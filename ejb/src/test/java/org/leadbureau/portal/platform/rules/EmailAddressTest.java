package org.leadbureau.portal.platform.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"pat.visitor@example", "pat@", "@example.org", "pat@example.", "pat@.example.org",
            "pat@example..org", "pat visitor@example.org", "pat@@example.org", "pat@exa mple.org", ""})
    void anAddressWithoutADomainWithADotIsRefused(String value) {
        assertFalse(EmailAddress.Validator.isEmailAddress(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pat.visitor@example.org", "p+tag@mail.example.co.uk", "zoë@exämple.de", "a@b.io"})
    void ordinaryAddressesPass(String value) {
        assertTrue(EmailAddress.Validator.isEmailAddress(value));
    }
}
