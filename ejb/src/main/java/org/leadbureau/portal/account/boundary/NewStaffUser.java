package org.leadbureau.portal.account.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.Set;
import org.leadbureau.portal.account.entity.Role;
import org.leadbureau.portal.platform.rules.MaxLength;
import org.leadbureau.portal.platform.rules.SingleLine;

/** A staff account to create, with its first password. */
public record NewStaffUser(
        @NotBlank(message = "Enter the email address.") @MaxLength(254) @SingleLine String email,
        @NotBlank(message = "Enter the name.") @MaxLength(120) @SingleLine String name,
        @NotEmpty(message = "Choose at least one role.") Set<Role> roles,
        String password) {
}
