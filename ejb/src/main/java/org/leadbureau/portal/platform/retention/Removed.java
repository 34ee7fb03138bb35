package org.leadbureau.portal.platform.retention;

/** What a retention job removed: how many of what, e.g. 12 "signInAttempts". */
public record Removed(String what, long count) {
}
