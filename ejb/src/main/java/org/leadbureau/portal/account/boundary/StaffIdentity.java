package org.leadbureau.portal.account.boundary;

import java.util.Set;
import java.util.stream.Collectors;
import org.leadbureau.portal.account.entity.Role;

/** Who a signed-in request belongs to, re-read on every request so that deactivation and role changes apply at once. */
public record StaffIdentity(String email, String name, Set<Role> roles) {

    public Set<String> roleNames() {
        return roles.stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
    }
}
