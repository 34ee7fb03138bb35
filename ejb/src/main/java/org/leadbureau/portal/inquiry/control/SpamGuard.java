package org.leadbureau.portal.inquiry.control;

import java.time.Duration;
import java.time.Instant;

/**
 * The contact form's guards against bots, without a third-party CAPTCHA: a honeypot field people never see
 * (assistive technology skips it too), and a minimum time between showing the form and posting it.
 */
public final class SpamGuard {

    /** Nobody reads the form and types a real inquiry faster than this. */
    public static final Duration MINIMUM_TIME = Duration.ofSeconds(3);

    private SpamGuard() {
    }

    /**
     * @param honeypot what the hidden field holds (empty for people)
     * @param shownAt  when the server showed the form; null when there was no form (the API)
     */
    public static boolean looksLikeABot(String honeypot, Instant shownAt, Instant postedAt) {
        if (honeypot != null && !honeypot.isEmpty()) {
            return true;
        }
        return shownAt != null && Duration.between(shownAt, postedAt).compareTo(MINIMUM_TIME) < 0;
    }
}
