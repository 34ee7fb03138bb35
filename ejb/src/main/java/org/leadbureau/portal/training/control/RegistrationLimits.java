package org.leadbureau.portal.training.control;

import org.leadbureau.portal.platform.config.PortalConfig;
import org.leadbureau.portal.platform.config.Setting;
import org.leadbureau.portal.platform.limits.FormLimits;

/**
 * How many registrations the portal takes, per client address and overall, for the form and the API alike:
 * {@code PORTAL_REGISTRATION_LIMITS}, by default 30 from one address (a team registering from one office) and
 * 600 in all within any hour. Benchmarks and tests raise them.
 */
public final class RegistrationLimits {

    /** The form's name in the counts, and its job lock. */
    public static final String FORM = "registration-intake";
    static final String SETTING = "PORTAL_REGISTRATION_LIMITS";
    static final String DEFAULT = "30/PT1H,600/PT1H";

    private RegistrationLimits() {
    }

    /** @throws IllegalStateException when the setting is malformed, saying how it should look */
    public static FormLimits fromEnvironment() {
        return FormLimits.parse(SETTING, PortalConfig.value(Setting.REGISTRATION_LIMITS).orElse(DEFAULT));
    }
}
