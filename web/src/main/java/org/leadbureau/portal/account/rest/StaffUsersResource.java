package org.leadbureau.portal.account.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.leadbureau.portal.account.boundary.Accounts;
import org.leadbureau.portal.account.boundary.NewStaffUser;
import org.leadbureau.portal.account.boundary.PasswordLinks;
import org.leadbureau.portal.account.boundary.SecondFactor;
import org.leadbureau.portal.account.entity.Role;
import org.leadbureau.portal.account.entity.StaffUser;

/** {@code /api/staff/admin/users}: accounts for scripted set-up (ADMIN). */
@Path("staff/admin/users")
@Produces(MediaType.APPLICATION_JSON)
public class StaffUsersResource {

    @Inject
    Accounts accounts;

    @Inject
    PasswordLinks passwordLinks;

    @Inject
    SecondFactor secondFactor;

    @GET
    public List<UserJson> all() {
        return accounts.all().stream().map(UserJson::of).toList();
    }

    /** JSON {email, name, roles: [...], password} → 201 with the account. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull(message = "Send the account as JSON.") @Valid UserRequest request) {
        StaffUser created = accounts.create(new NewStaffUser(request.email, request.name, request.roles, request.password));
        return Response.status(Response.Status.CREATED).entity(UserJson.of(created)).build();
    }

    /** Forces a password reset: the old password stops working, the user is emailed a link. 202 with the account. */
    @POST
    @Path("{id}/password-reset")
    public Response forcePasswordReset(@PathParam("id") long id) {
        return Response.accepted(UserJson.of(passwordLinks.forceReset(id))).build();
    }

    /** JSON {roles: [...]} → 200 with the account (the last active administrator keeps ADMIN). */
    @PUT
    @Path("{id}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserJson changeRoles(@PathParam("id") long id, @NotNull(message = "Send the roles as JSON.") RolesRequest request) {
        return UserJson.of(accounts.changeRoles(id, request.roles));
    }

    /** Makes a deactivated account active again → 200 with the account. */
    @POST
    @Path("{id}/activate")
    public UserJson activate(@PathParam("id") long id) {
        return UserJson.of(accounts.activate(id));
    }

    /** Lifts the sign-in throttles on the account (its failed sign-ins, from every address). 200 with the account. */
    @POST
    @Path("{id}/unlock")
    public UserJson unlock(@PathParam("id") long id) {
        return UserJson.of(accounts.unlock(id));
    }

    /** Turns off the account's two-step sign-in (a lost phone); it sets it up again. 200 with the account. */
    @POST
    @Path("{id}/second-factor/reset")
    public UserJson resetSecondFactor(@PathParam("id") long id) {
        return UserJson.of(secondFactor.reset(id));
    }

    /** The request body; a class (not a record) so that JSON-B can bind it. */
    public static class UserRequest {
        public String email;
        public String name;
        public Set<Role> roles;
        public String password;
    }

    /** The body of a change of roles. */
    public static class RolesRequest {
        public Set<Role> roles;
    }
}
