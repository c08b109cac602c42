package org.ancrage.console.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.ancrage.console.Messages;
import org.ancrage.organisation.Association;
import org.ancrage.organisation.OrganisationService;
import org.ancrage.system.DomainException;
import org.primefaces.event.FileUploadEvent;

/**
 * The association as its papers name it: name, address, SIRET, signatory. Saved on the version the
 * page read, so that another administrator's change in between is refused, never overwritten; a
 * refusal is said at the field it concerns.
 */
@Named
@ViewScoped
public class AssociationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private OrganisationService organisation;
    @Inject private Messages messages;

    private Long readVersion;
    private String name;
    private String address;
    private String siret;
    private String signatory;
    private boolean logoShown;

    @PostConstruct
    void read() {
        organisation.association().ifPresent(this::show);
    }

    private void show(Association association) {
        readVersion = association.getVersion();
        name = association.getName();
        address = association.getAddress();
        siret = association.getSiretAsRead();
        signatory = association.getSignatory();
        logoShown = association.hasLogo();
    }

    public void save() {
        messages.actShowingAt(AssociationBacking::fieldOf, () -> {
            show(organisation.describeAssociation(readVersion, name, address, siret, signatory));
            messages.info(null, "association.saved");
        });
    }

    /** A logo chosen in the upload field: shown at the head of every paper, or refused at the field. */
    public void uploadLogo(FileUploadEvent event) {
        messages.act("association:logo", () -> {
            show(organisation.showLogo(readVersion == null ? -1 : readVersion, event.getFile().getContent()));
            messages.info(null, "association.logo.saved");
        });
    }

    public void removeLogo() {
        messages.act("association:logo", () -> {
            show(organisation.showLogo(readVersion == null ? -1 : readVersion, null));
            messages.info(null, "association.logo.removed");
        });
    }

    public boolean isLogoShown() {
        return logoShown;
    }

    private static String fieldOf(DomainException refusal) {
        return switch (refusal.messageKey()) {
            case "association.nameRequired", "association.nameTooLong" -> "association:name";
            case "association.addressTooLong" -> "association:address";
            case "association.siret" -> "association:siret";
            case "association.signatoryTooLong" -> "association:signatory";
            default -> null;
        };
    }

    public boolean isDescribed() {
        return readVersion != null;
    }

    public int getNameLength() {
        return Association.NAME_LENGTH;
    }

    public int getAddressLength() {
        return Association.ADDRESS_LENGTH;
    }

    public int getSignatoryLength() {
        return Association.SIGNATORY_LENGTH;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getSiret() {
        return siret;
    }

    public void setSiret(String siret) {
        this.siret = siret;
    }

    public String getSignatory() {
        return signatory;
    }

    public void setSignatory(String signatory) {
        this.signatory = signatory;
    }
}
