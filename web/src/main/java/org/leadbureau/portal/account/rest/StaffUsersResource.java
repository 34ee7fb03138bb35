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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leadbureau.portal.account.boundary.Accounts;
import org.leadbureau.portal.account.boundary.NewStaffUser;
import org.leadbureau.portal.account.boundary.PasswordLinks;
import org.leadbureau.portal.account.boundary.SecondFactor;
import org.leadbureau.portal.account.entity.Role;
import org.leadbureau.portal.account.entity.StaffUser;
import org.leadbureau.portal.platform.paging.PageRequest;
import org.leadbureau.portal.platform.rest.PageJson;

/** {@code /api/staff/admin/users}: accounts for scripted set-up (ADMIN). */
@Tag(name = "Accounts")
@Path("staff/admin/users")
@Produces(MediaType.APPLICATION_JSON)
public class StaffUsersResource {

    @Inject
    Accounts accounts;

    @Inject
    PasswordLinks passwordLinks;

    @Inject
    SecondFactor secondFactor;

    /** A page of the accounts by name: {@code ?page=} from 1, {@code ?size=} up to 100. */
    @Operation(summary = "Staff accounts by name, a page at a time (ADMIN)")
    @GET
    public PageJson<UserJson> page(@QueryParam("page") String page, @QueryParam("size") String size) {
        return PageJson.of(accounts.page(PageRequest.parse(page, size)), UserJson::of);
    }

    /** JSON {email, name, roles: [...], password} → 201 with the account. */
    @Operation(summary = "Create a staff account (ADMIN)", description = "409 when the email has an account.")
    @APIResponse(responseCode = "201", description = "The account.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserJson.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull(message = "Send the account as JSON.") @Valid UserRequest request) {
        StaffUser created = accounts.create(new NewStaffUser(request.email, request.name, request.roles, request.password));
        return Response.status(Response.Status.CREATED).entity(UserJson.of(created)).build();
    }

    /** Forces a password reset: the old password stops working, the user is emailed a link. 202 with the account. */
    @Operation(summary = "Force a password reset (ADMIN)", description = "The old password stops working; the user is mailed a link.")
    @APIResponse(responseCode = "202", description = "The account.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserJson.class)))
    @POST
    @Path("{id}/password-reset")
    public Response forcePasswordReset(@PathParam("id") long id) {
        return Response.accepted(UserJson.of(passwordLinks.forceReset(id))).build();
    }

    /** JSON {roles: [...]} → 200 with the account (the last active administrator keeps ADMIN). */
    @Operation(summary = "Change an account's roles (ADMIN)", description = "The last active administrator keeps ADMIN.")
    @PUT
    @Path("{id}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserJson changeRoles(@PathParam("id") long id, @NotNull(message = "Send the roles as JSON.") RolesRequest request) {
        return UserJson.of(accounts.changeRoles(id, request.roles));
    }

    /** Makes a deactivated account active again → 200 with the account. */
    @Operation(summary = "Make a deactivated account active again (ADMIN)")
    @POST
    @Path("{id}/activate")
    public UserJson activate(@PathParam("id") long id) {
        return UserJson.of(accounts.activate(id));
    }

    /** Lifts the sign-in throttles on the account (its failed sign-ins, from every address). 200 with the account. */
    @Operation(summary = "Lift the sign-in throttles on an account (ADMIN)")
    @POST
    @Path("{id}/unlock")
    public UserJson unlock(@PathParam("id") long id) {
        return UserJson.of(accounts.unlock(id));
    }

    /** Turns off the account's two-step sign-in (a lost phone); it sets it up again. 200 with the account. */
    @Operation(summary = "Turn off an account's two-step sign-in, e.g. after a lost phone (ADMIN)")
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
