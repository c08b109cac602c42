package org.ancrage.console.privacy;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.ancrage.console.Messages;
import org.ancrage.privacy.SubjectAccess;
import org.ancrage.privacy.SubjectAccessPdf;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Subject access from the console: everything held on a household, as JSON or PDF. The export is
 * made before the download starts, so that an unknown household is said on the page.
 */
@Named
@RequestScoped
public class SubjectAccessBacking {

    @EJB
    private SubjectAccess subjectAccess;

    @Inject
    private Messages messages;

    private Long householdId;

    public StreamedContent getJson() {
        JsonObject export = export();
        return export == null ? null : DefaultStreamedContent.builder().name("acces-" + householdId + ".json")
                .contentType("application/json").stream(() -> new ByteArrayInputStream(
                        export.toString().getBytes(StandardCharsets.UTF_8))).build();
    }

    public StreamedContent getPdf() {
        JsonObject export = export();
        if (export == null) {
            return null;
        }
        byte[] pdf = SubjectAccessPdf.render(export, FacesContext.getCurrentInstance().getViewRoot().getLocale());
        return DefaultStreamedContent.builder().name("acces-" + householdId + ".pdf").contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(pdf)).build();
    }

    private JsonObject export() {
        return messages.actFor("subjectAccess:householdId",
                () -> subjectAccess.export(householdId, includeConfidentialNotes)).orElse(null);
    }

    /** Whether the association releases the confidential notes to the person (default no). */
    private boolean includeConfidentialNotes;

    public boolean isIncludeConfidentialNotes() {
        return includeConfidentialNotes;
    }

    public void setIncludeConfidentialNotes(boolean includeConfidentialNotes) {
        this.includeConfidentialNotes = includeConfidentialNotes;
    }

    public Long getHouseholdId() {
        return householdId;
    }

    public void setHouseholdId(Long householdId) {
        this.householdId = householdId;
    }
}
