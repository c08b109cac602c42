package org.ancrage.console.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ancrage.console.Messages;
import org.ancrage.organisation.OrganisationService;
import org.ancrage.organisation.ServiceUnit;
import org.ancrage.security.AccountService;
import org.ancrage.security.PasswordPolicy;
import org.ancrage.security.Roles;
import org.ancrage.security.UserAccount;
import org.ancrage.system.DomainException;

/** Staff accounts: the list, a new account with its roles and service, closing an account. */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private AccountService accounts;
    @EJB private OrganisationService organisation;
    @Inject private Messages messages;

    private List<UserAccount> list;
    private String username;
    private String displayName;
    private String password;
    private List<String> roles = List.of();
    private Long serviceUnitId;

    public List<UserAccount> getAccounts() {
        if (list == null) {
            list = accounts.listAccounts();
        }
        return list;
    }

    public List<ServiceUnit> getServiceUnits() {
        return organisation.listServiceUnits();
    }

    public String serviceName(Long id) {
        return id == null ? "" : getServiceUnits().stream().filter(s -> s.getId().equals(id)).map(ServiceUnit::getName)
                .findFirst().orElse("");
    }

    public List<String> getAllRoles() {
        return Arrays.asList(Roles.ALL);
    }

    public int getMinPasswordLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    public void create() {
        try {
            Set<String> granted = new HashSet<>(roles);
            accounts.createAccount(username, displayName, password == null ? null : password.toCharArray(), granted,
                    serviceUnitId);
            messages.info(null, "accounts.created", username);
            username = null;
            displayName = null;
            password = null;
            roles = List.of();
            list = null;
        } catch (DomainException e) {
            messages.refused("accountForm:messages", e);
        } finally {
            password = null; // never kept in the view
        }
    }

    public void deactivate(UserAccount account) {
        try {
            accounts.deactivateAccount(account.getId(), account.getVersion());
            messages.info(null, "accounts.deactivated", account.getUsername());
        } catch (DomainException e) {
            messages.refused(null, e);
        }
        list = null;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public Long getServiceUnitId() {
        return serviceUnitId;
    }

    public void setServiceUnitId(Long serviceUnitId) {
        this.serviceUnitId = serviceUnitId;
    }
}
