package org.ancrage.console.documents;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ancrage.console.Downloads;
import org.ancrage.console.households.HouseholdFileBacking;
import org.ancrage.documents.Document;
import org.ancrage.documents.DocumentService;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.StreamedContent;

/**
 * The Documents tab of the household whose file is open: every document of the file, its referrals'
 * too, with who added it and when; a document added by upload (checked by the service: kind by its
 * bytes, size); each downloadable, the download written to the trail by the service. Read once per
 * request, so that a document just added shows at once.
 */
@Named
@RequestScoped
public class HouseholdDocumentsBacking {

    /** Where a refused upload is said: at the upload field. */
    static final String UPLOAD_FIELD = "file:tabs:upload";

    @EJB private DocumentService documents;
    @Inject private HouseholdFileBacking file;

    private List<Document> list;

    public List<Document> getDocuments() {
        if (list == null) {
            list = documents.documentsOfHousehold(file.getHousehold().getId());
        }
        return list;
    }

    /** One file chosen in the upload field: kept on the file, or refused at the field with the reason. */
    public void upload(FileUploadEvent event) {
        String name = event.getFile().getFileName();
        file.act(UPLOAD_FIELD, () -> {
            documents.attachToHousehold(file.getHousehold().getId(), name, event.getFile().getContent());
            list = null;
            file.done("documents.added", name);
        });
    }

    /**
     * A document of the household, saved by the browser under its own name and type; the service
     * checks need to know and writes the download to the trail. A refusal is said in the file's
     * message area, and nothing is sent.
     */
    public StreamedContent download(long documentId) {
        return file.send(null, () -> {
            DocumentService.Content content = documents.content(documentId);
            return Downloads.of(content.document().getFileName(), content.document().getKind().contentType(),
                    content.bytes());
        });
    }
}
