package org.leadbureau.portal.account.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.Set;
import org.leadbureau.portal.account.control.AcceptablePassword;
import org.leadbureau.portal.account.entity.Role;
import org.leadbureau.portal.platform.rules.EmailAddress;
import org.leadbureau.portal.platform.rules.MaxLength;
import org.leadbureau.portal.platform.rules.SingleLine;

/** A staff account to create, with its first password (none: an invitation to choose one). */
public record NewStaffUser(
        // The address's shape is a constraint too, so that it is reported with the name and roles in one round.
        @NotBlank(message = "Enter the email address.") @MaxLength(254) @SingleLine
        @EmailAddress(message = "Enter a valid email address.") String email,
        @NotBlank(message = "Enter the name.") @MaxLength(120) @SingleLine String name,
        @NotEmpty(message = "Choose at least one role.") Set<Role> roles,
        @AcceptablePassword String password) {

    /** Spaces around an address are a slip of the hand, not part of it. */
    public NewStaffUser {
        email = email == null ? null : email.strip();
    }
}
