package org.leadbureau.portal.account.boundary;

import java.time.Instant;
import java.util.Set;
import org.leadbureau.portal.account.entity.Role;

/** The answer to a sign-in attempt; on success it carries who signed in and their roles. */
public record SignInResult(Outcome outcome, String email, Set<Role> roles, Instant retryAfter) {

    public enum Outcome {
        SUCCESS,
        /** Wrong email or password, said the same way for both. */
        INVALID,
        /** Too many failures recently; attempts resume at {@code retryAfter}. */
        LOCKED
    }

    static SignInResult success(String email, Set<Role> roles) {
        return new SignInResult(Outcome.SUCCESS, email, Set.copyOf(roles), null);
    }

    static SignInResult invalid() {
        return new SignInResult(Outcome.INVALID, null, Set.of(), null);
    }

    static SignInResult locked(Instant until) {
        return new SignInResult(Outcome.LOCKED, null, Set.of(), until);
    }
}
