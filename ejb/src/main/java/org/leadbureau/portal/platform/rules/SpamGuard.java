package org.leadbureau.portal.platform.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.leadbureau.portal.platform.config.PortalConfig;

/**
 * The public forms' guards against bots (contact us, training registration), without a third-party CAPTCHA: a
 * honeypot field people never see (assistive technology skips it too), and a minimum time between showing the
 * form and posting it.
 */
public final class SpamGuard {

    /** Nobody reads the form and types a real inquiry or registration faster than this. */
    static final Duration DEFAULT_MINIMUM_TIME = Duration.ofSeconds(3);
    static final String SETTING = "PORTAL_FORM_MIN_FILL";

    private SpamGuard() {
    }

    /** {@code PORTAL_FORM_MIN_FILL} (an ISO-8601 duration, for tests that should not wait 3 s), or 3 seconds. */
    public static Duration minimumTime() {
        return PortalConfig.env(SETTING).map(SpamGuard::minimumTime).orElse(DEFAULT_MINIMUM_TIME);
    }

    static Duration minimumTime(String setting) {
        try {
            Duration minimum = Duration.parse(setting);
            if (!minimum.isNegative()) {
                return minimum;
            }
        } catch (DateTimeParseException e) {
            // refused below
        }
        throw new IllegalStateException(SETTING + " must be an ISO-8601 duration like PT3S; it is '" + setting + "'.");
    }

    /**
     * @param honeypot what the hidden field holds (empty for people)
     * @param shownAt  when the server showed the form; null when there was no form (the API)
     */
    public static boolean looksLikeABot(String honeypot, Instant shownAt, Instant postedAt) {
        if (honeypot != null && !honeypot.isEmpty()) {
            return true;
        }
        return shownAt != null && Duration.between(shownAt, postedAt).compareTo(minimumTime()) < 0;
    }
}
