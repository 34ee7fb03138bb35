package org.leadbureau.portal.platform.rules;

import java.time.Duration;
import java.time.Instant;
import org.leadbureau.portal.platform.config.PortalConfig;
import org.leadbureau.portal.platform.config.Setting;

/**
 * The public forms' guards against bots (contact us, training registration), without a third-party CAPTCHA: a
 * honeypot field people never see (assistive technology skips it too), and a minimum time between showing the
 * form and posting it.
 */
public final class SpamGuard {

    /** Nobody reads the form and types a real inquiry or registration faster than this. */
    public static final Duration DEFAULT_MINIMUM_TIME = Duration.ofSeconds(3);

    private final Duration minimumTime;

    public SpamGuard(Duration minimumTime) {
        this.minimumTime = minimumTime;
    }

    /** With the minimum time of {@code PORTAL_FORM_MIN_FILL} (the integration tests shorten it). */
    public static SpamGuard fromEnvironment() {
        return new SpamGuard(PortalConfig.duration(Setting.FORM_MIN_FILL, DEFAULT_MINIMUM_TIME));
    }

    /**
     * @param honeypot what the hidden field holds (empty for people)
     * @param shownAt  when the server showed the form; null when there was no form (the API)
     */
    public boolean looksLikeABot(String honeypot, Instant shownAt, Instant postedAt) {
        if (honeypot != null && !honeypot.isEmpty()) {
            return true;
        }
        return shownAt != null && Duration.between(shownAt, postedAt).compareTo(minimumTime) < 0;
    }
}
