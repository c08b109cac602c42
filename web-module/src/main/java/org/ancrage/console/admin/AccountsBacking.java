package org.ancrage.console.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ancrage.console.Formats;
import org.ancrage.console.Messages;
import org.ancrage.organisation.OrganisationService;
import org.ancrage.programmes.ProgrammeService;
import org.ancrage.organisation.ServiceUnit;
import org.ancrage.security.AccountService;
import org.ancrage.security.PasswordPolicy;
import org.ancrage.security.Roles;
import org.ancrage.security.UserAccount;

/**
 * Staff accounts: the list with each lock, a new account with its roles, service and e-mail;
 * editing on the version read, a temporary password, unlocking, closing.
 */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private AccountService accounts;
    @EJB private OrganisationService organisation;
    @EJB private ProgrammeService programmes;
    @Inject private Messages messages;
    @Inject private Formats fmt;

    private List<UserAccount> list;
    private List<String> funders;
    private String username;
    private String displayName;
    private String password;
    private List<String> roles = List.of();
    private Long serviceUnitId;
    private String email;
    private boolean emailAlerts;
    private String funder;

    // the account being edited or reset, as read when its dialog opened
    private Long selectedId;
    private long selectedVersion;
    private String selectedUsername;
    private String editDisplayName;
    private List<String> editRoles = List.of();
    private Long editServiceUnitId;
    private String editEmail;
    private boolean editEmailAlerts;
    private String editFunder;
    private String temporaryPassword;
    /** The account a row's button named, by id (never by its row's place in the filtered list). */
    private Long chosenId;

    public List<UserAccount> getAccounts() {
        if (list == null) {
            list = accounts.listAccounts();
        }
        return list;
    }

    public List<ServiceUnit> getServiceUnits() {
        return organisation.listServiceUnits();
    }

    /** The funders of the programmes, one of which a funder account is tied to. */
    public List<String> getFunders() {
        if (funders == null) {
            funders = programmes.funders();
        }
        return funders;
    }

    public String getFunder() {
        return funder;
    }

    public void setFunder(String funder) {
        this.funder = funder;
    }

    public String getEditFunder() {
        return editFunder;
    }

    public void setEditFunder(String editFunder) {
        this.editFunder = editFunder;
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
            messages.act("accountForm:messages", () -> {
                Set<String> granted = new HashSet<>(roles);
                accounts.createAccount(username, password == null ? null : password.toCharArray(),
                        new AccountService.AccountDetails(displayName, granted, serviceUnitId, email, emailAlerts,
                                funder));
                messages.info(null, "accounts.created", username);
                username = null;
                displayName = null;
                password = null;
                roles = List.of();
                email = null;
                emailAlerts = false;
                funder = null;
                list = null;
            });
        } finally {
            password = null; // never kept in the view
        }
    }

    public void deactivate(UserAccount account) {
        messages.act(null, () -> {
            accounts.deactivateAccount(account.getId(), account.getVersion());
            messages.info(null, "accounts.deactivated", account.getUsername());
        });
        list = null;
    }

    /**
     * The script of a row's button: writes its account's id in the form and presses the hidden
     * {@code action} button, whose request names the account by id whatever the filter did meanwhile.
     */
    public String press(UserAccount account, String action) {
        return "document.getElementById('accounts:chosen').value='" + account.getId()
                + "';document.getElementById('accounts:" + action + "').click();return false;";
    }

    /** The account the row's button named, as read now. */
    private UserAccount chosen() {
        return accounts.getAccount(chosenId);
    }

    public void prepareEditChosen() {
        prepareEdit(chosen());
    }

    public void prepareResetChosen() {
        prepareReset(chosen());
    }

    public void unlockChosen() {
        unlock(chosen());
    }

    public void deactivateChosen() {
        deactivate(chosen());
    }

    public Long getChosenId() {
        return chosenId;
    }

    public void setChosenId(Long chosenId) {
        this.chosenId = chosenId;
    }

    /** When the account's lock ends, or null when it is not locked now. */
    public Instant lockedUntil(UserAccount account) {
        return accounts.lockedUntil(account);
    }

    /** The lock's end as the reader writes dates and times (Europe/Paris unless the domain says otherwise). */
    public String lockedUntilText(UserAccount account) {
        Instant until = lockedUntil(account);
        return fmt.instant(until);
    }

    /** Opens the edit dialog on the account as read now. */
    public void prepareEdit(UserAccount account) {
        select(account);
        editDisplayName = account.getDisplayName();
        editRoles = new ArrayList<>(account.getRoles());
        editServiceUnitId = account.getServiceUnitId();
        editEmail = account.getEmail();
        editEmailAlerts = account.isEmailAlerts();
        editFunder = account.getFunder();
    }

    public void edit() {
        messages.act(null, () -> { // shown in the dialog, on the version it was opened with
            accounts.editAccount(selectedId, selectedVersion, new AccountService.AccountDetails(editDisplayName,
                    new HashSet<>(editRoles), editServiceUnitId, editEmail, editEmailAlerts, editFunder));
            messages.info(null, "accounts.edited", selectedUsername);
            list = null;
        });
    }

    /** Opens the reset dialog on the account as read now. */
    public void prepareReset(UserAccount account) {
        select(account);
        temporaryPassword = null;
    }

    public void reset() {
        try {
            messages.act("resetForm:temporaryPassword", () -> {
                accounts.resetPassword(selectedId, selectedVersion,
                        temporaryPassword == null ? new char[0] : temporaryPassword.toCharArray());
                messages.info(null, "accounts.reset.done", selectedUsername);
                list = null;
            });
        } finally {
            temporaryPassword = null; // never kept in the view
        }
    }

    public void unlock(UserAccount account) {
        messages.act(null, () -> {
            accounts.unlockAccount(account.getId(), account.getVersion());
            messages.info(null, "accounts.unlocked", account.getUsername());
        });
        list = null;
    }

    private void select(UserAccount account) {
        selectedId = account.getId();
        selectedVersion = account.getVersion();
        selectedUsername = account.getUsername();
    }

    public String getSelectedUsername() {
        return selectedUsername;
    }

    public String getEditDisplayName() {
        return editDisplayName;
    }

    public void setEditDisplayName(String editDisplayName) {
        this.editDisplayName = editDisplayName;
    }

    public List<String> getEditRoles() {
        return editRoles;
    }

    public void setEditRoles(List<String> editRoles) {
        this.editRoles = editRoles;
    }

    public Long getEditServiceUnitId() {
        return editServiceUnitId;
    }

    public void setEditServiceUnitId(Long editServiceUnitId) {
        this.editServiceUnitId = editServiceUnitId;
    }

    public String getEditEmail() {
        return editEmail;
    }

    public void setEditEmail(String editEmail) {
        this.editEmail = editEmail;
    }

    public boolean isEditEmailAlerts() {
        return editEmailAlerts;
    }

    public void setEditEmailAlerts(boolean editEmailAlerts) {
        this.editEmailAlerts = editEmailAlerts;
    }

    public String getTemporaryPassword() {
        return temporaryPassword;
    }

    public void setTemporaryPassword(String temporaryPassword) {
        this.temporaryPassword = temporaryPassword;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isEmailAlerts() {
        return emailAlerts;
    }

    public void setEmailAlerts(boolean emailAlerts) {
        this.emailAlerts = emailAlerts;
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
