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
        LOCKED,
        /** The password is right, and the account also needs its authenticator code. */
        SECOND_FACTOR_REQUIRED,
        /** The password is right but the authenticator or recovery code is not. */
        INVALID_CODE
    }

    static SignInResult success(String email, Set<Role> roles) {
        return new SignInResult(Outcome.SUCCESS, email, Set.copyOf(roles), null);
    }

    static SignInResult invalid() {
        return new SignInResult(Outcome.INVALID, null, Set.of(), null);
    }

    static SignInResult secondFactorRequired() {
        return new SignInResult(Outcome.SECOND_FACTOR_REQUIRED, null, Set.of(), null);
    }

    static SignInResult invalidCode() {
        return new SignInResult(Outcome.INVALID_CODE, null, Set.of(), null);
    }

    static SignInResult locked(Instant until) {
        return new SignInResult(Outcome.LOCKED, null, Set.of(), until);
    }
}
