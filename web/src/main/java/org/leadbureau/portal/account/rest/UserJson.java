package org.leadbureau.portal.account.rest;

import java.time.Instant;
import java.util.List;
import org.leadbureau.portal.account.entity.StaffUser;

/**
 * A staff account as the API answers it, roles in name order. {@code sessionEndsAt} (when a signed-in session ends,
 * however busy it is) comes only from {@code /api/staff/me} with a session, and is otherwise left out.
 */
public record UserJson(long id, String email, String name, List<String> roles, boolean active,
                       boolean awaitingPassword, boolean secondFactor, Instant sessionEndsAt) {

    static UserJson of(StaffUser user) {
        return of(user, null);
    }

    static UserJson of(StaffUser user, Instant sessionEndsAt) {
        return new UserJson(user.getId(), user.getEmail(), user.getDisplayName(),
                user.getRoles().stream().map(Enum::name).sorted().toList(), user.isActive(), user.isAwaitingPassword(),
                user.isTotpEnabled(), sessionEndsAt);
    }
}
