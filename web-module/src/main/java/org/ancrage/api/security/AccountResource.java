package org.ancrage.api.security;

import jakarta.ejb.EJB;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ancrage.api.Page;
import org.ancrage.api.Paging;
import org.ancrage.api.QueryValues;
import org.ancrage.security.AccountService;
import org.ancrage.security.UserAccount;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Staff accounts, for administrators only (the service says so): the list with each account's lock,
 * creation, roles, service and e-mail, a temporary password, unlocking, closing. Every change is
 * audited with the account (the hash masked).
 */
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
public class AccountResource {

    /** The columns the accounts may be sorted on. */
    static final Map<String, Comparator<UserAccount>> SORTS = sorts();

    private static Map<String, Comparator<UserAccount>> sorts() {
        Map<String, Comparator<UserAccount>> sorts = new LinkedHashMap<>();
        sorts.put("username", Comparator.comparing(UserAccount::getUsername));
        sorts.put("displayName", Comparator.comparing(UserAccount::getDisplayName, String.CASE_INSENSITIVE_ORDER));
        return sorts;
    }

    @EJB
    private AccountService accounts;

    @GET
    @Operation(summary = "Staff accounts, with their lock; a page (sort: username, displayName); "
            + "active=true or false narrows to open or closed ones")
    public Page<AccountView> list(@QueryParam("active") String active, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        Paging<Comparator<UserAccount>> paging = Paging.of(page, size, sort, SORTS);
        Boolean open = active == null || active.isBlank() ? null : QueryValues.bool("active", active, true);
        List<UserAccount> all = new ArrayList<>(accounts.listAccounts().stream()
                .filter(a -> open == null || a.isActive() == open).toList());
        all.sort(paging.order());
        if (paging.descending()) {
            Collections.reverse(all);
        }
        return Page.of(all.stream().map(this::view).toList(), paging);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One account")
    public AccountView get(@PathParam("id") long id) {
        return view(accounts.getAccount(id));
    }

    @POST
    @Operation(summary = "Create an account (roles, service, e-mail); the password passes the policy")
    public Response create(AccountBodies.NewAccount body) {
        UserAccount created = accounts.createAccount(body.username, body.password.toCharArray(), body.details());
        return Response.status(Response.Status.CREATED).entity(view(created)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change an account's name, roles, service and e-mail; 409 if changed since read")
    public AccountView edit(@PathParam("id") long id, AccountBodies.Edit body) {
        return view(accounts.editAccount(id, body.version, body.details()));
    }

    @POST
    @Path("{id}/password-reset")
    @Operation(summary = "Give a temporary password, to be changed at the next login; the account is unlocked")
    public AccountView reset(@PathParam("id") long id, AccountBodies.Reset body) {
        return view(accounts.resetPassword(id, body.version, body.temporaryPassword.toCharArray()));
    }

    @POST
    @Path("{id}/unlock")
    @Operation(summary = "Lift the lock that failed logins put on the account")
    public AccountView unlock(@PathParam("id") long id, AccountBodies.Version body) {
        return view(accounts.unlockAccount(id, body.version));
    }

    @POST
    @Path("{id}/closure")
    @Operation(summary = "Close the account: it can no longer log in; its history stays")
    public AccountView close(@PathParam("id") long id, AccountBodies.Version body) {
        return view(accounts.deactivateAccount(id, body.version));
    }

    private AccountView view(UserAccount account) {
        return AccountView.of(account, accounts.lockedUntil(account));
    }
}
