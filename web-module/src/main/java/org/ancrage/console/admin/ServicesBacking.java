package org.ancrage.console.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.ancrage.console.Messages;
import org.ancrage.organisation.OrganisationService;
import org.ancrage.organisation.ServiceUnit;

/**
 * The association's services: the list, a new service, a rename. A rename is made on the version
 * the page showed, so someone else's change in between is refused, never overwritten.
 */
@Named
@ViewScoped
public class ServicesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private OrganisationService organisation;
    @Inject private Messages messages;

    private List<ServiceUnit> list;
    private String code;
    private String name;
    private Long renamedId;
    private long renamedVersion;
    private String newName;

    public List<ServiceUnit> getServiceUnits() {
        if (list == null) {
            list = organisation.listServiceUnits();
        }
        return list;
    }

    public int getCodeLength() {
        return ServiceUnit.CODE_LENGTH;
    }

    public int getNameLength() {
        return ServiceUnit.NAME_LENGTH;
    }

    public void create() {
        messages.act(null, () -> {
            ServiceUnit created = organisation.createServiceUnit(new ServiceUnit(code, name));
            messages.info(null, "services.created", created.getName());
            code = null;
            name = null;
            list = null;
        });
    }

    /** Opens the rename dialog on the version of the service this page shows. */
    public void prepareRename(ServiceUnit unit) {
        renamedId = unit.getId();
        renamedVersion = unit.getVersion();
        newName = unit.getName();
    }

    public void rename() {
        // The dialog stays open with what was typed; the conflict says to reload.
        messages.act(null, () -> {
            ServiceUnit renamed = organisation.renameServiceUnit(renamedId, renamedVersion, newName);
            messages.info(null, "services.renamed", renamed.getName());
            list = null;
        });
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }
}
