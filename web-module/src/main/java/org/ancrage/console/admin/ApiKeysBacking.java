package org.ancrage.console.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.ancrage.console.Messages;
import org.ancrage.organisation.OrganisationService;
import org.ancrage.organisation.ServiceUnit;
import org.ancrage.programmes.ProgrammeService;
import org.ancrage.security.ApiKey;
import org.ancrage.security.ApiKeyService;
import org.ancrage.security.Roles;
import org.ancrage.system.AssociationClock;
import org.ancrage.system.DomainException;

/**
 * API keys for the association's other systems: the list with their last use, a new key (name,
 * role, service or funder, expiry) whose secret is shown once on this page, a revocation after a
 * confirmation.
 */
@Named
@ViewScoped
public class ApiKeysBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private ApiKeyService keys;
    @EJB private OrganisationService organisation;
    @EJB private ProgrammeService programmes;
    @Inject private Messages messages;

    private List<ApiKey> list;
    private String name;
    private String role;
    private Long serviceUnitId;
    private String funder;
    private List<String> funders;
    private LocalDate expiresOn = AssociationClock.today().plusYears(1);
    /** The secret of the key just issued: shown once, forgotten at the next action. */
    private String issuedSecret;

    public List<ApiKey> getKeys() {
        if (list == null) {
            list = keys.list();
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

    /** The funders of the programmes, one of which a funder key is tied to. */
    public List<String> getFunders() {
        if (funders == null) {
            funders = programmes.funders();
        }
        return funders;
    }

    public List<String> getAllRoles() {
        return Arrays.asList(Roles.ALL);
    }

    /** The key's state as a bundle key: active, expired or revoked. */
    public String state(ApiKey key) {
        return key.getRevokedAt() != null ? "apikeys.revoked"
                : key.isUsable(AssociationClock.instant()) ? "apikeys.active" : "apikeys.expired";
    }

    public void issue() {
        issuedSecret = null;
        messages.actShowingAt(ApiKeysBacking::fieldOf, () -> {
            ApiKeyService.IssuedKey issued = keys.issue(name, role, serviceUnitId, funder, expiresOn);
            issuedSecret = issued.secret();
            messages.info(null, "apikeys.issued", issued.key().getName());
            name = null;
            list = null;
        });
    }

    /** The field a refusal asks to change, so that it is read where it is typed. */
    private static String fieldOf(DomainException refusal) {
        return switch (refusal.messageKey()) {
            case "apikey.name" -> "apiKeyForm:name";
            case "apikey.serviceNeeded" -> "apiKeyForm:service";
            case "apikey.funderNeeded", "apikey.funderOnlyForFunders", "account.unknownFunder" -> "apiKeyForm:funder";
            case "apikey.expiry" -> "apiKeyForm:expiresOn";
            default -> null;
        };
    }

    public void revoke(ApiKey key) {
        issuedSecret = null;
        messages.act("apiKeys:messages", () -> {
            keys.revoke(key.getId(), key.getVersion());
            messages.info("apiKeys:messages", "apikeys.revokedNow", key.getName());
        });
        list = null;
    }

    public String getIssuedSecret() {
        return issuedSecret;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public Long getServiceUnitId() {
        return serviceUnitId;
    }

    public void setServiceUnitId(Long serviceUnitId) {
        this.serviceUnitId = serviceUnitId;
    }

    public String getFunder() {
        return funder;
    }

    public void setFunder(String funder) {
        this.funder = funder;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }
}
